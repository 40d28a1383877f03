// The quarantine folder on its own: files are moved (never copied and left,
// never overwritten), each with a reason file a person can read, and every
// reason code has its own plain sentence.
#include "core/sync/exchange/Quarantine.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

QString makeFile(const QString& dir, const char* name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(QLatin1StringView(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QString readText(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("a quarantined file is moved beside its reason", "[import]")
{
    auto vaultDir = tempDir();
    auto inbox = tempDir();
    const Quarantine quarantine(vaultDir->path());
    CHECK(quarantine.folder() == QDir(vaultDir->path()).filePath(QStringLiteral("quarantine")));

    const QString path = makeFile(inbox->path(), "a-0000000001-1-3.vgb", "sealed bytes");
    auto moved = quarantine.put(path, QStringLiteral("revoked-sender"), QStringLiteral("ab12"),
                                QStringLiteral("bundle/revoked-sender: sender ab12"));
    REQUIRE(moved.ok());
    CHECK(*moved == QDir(quarantine.folder()).filePath(QStringLiteral("a-0000000001-1-3.vgb")));
    CHECK(!QFile::exists(path));
    QFile kept(*moved);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArrayLiteral("sealed bytes"));

    const QString reason = readText(*moved + QStringLiteral(".reason.txt"));
    CHECK(reason.startsWith(QStringLiteral("reason: revoked-sender\n")));
    CHECK(reason.contains(Quarantine::reasonText(QStringLiteral("revoked-sender"))));
    CHECK(reason.contains(QStringLiteral("ab12")));

    // The same name again goes beside it, not over it.
    const QString again = makeFile(inbox->path(), "a-0000000001-1-3.vgb", "other bytes");
    auto second = quarantine.put(again, QStringLiteral("damaged"), QString(), QString());
    REQUIRE(second.ok());
    CHECK(*second == QDir(quarantine.folder()).filePath(QStringLiteral("a-0000000001-1-3-2.vgb")));
    CHECK(QFile::exists(*second + QStringLiteral(".reason.txt")));
    CHECK(readText(*moved + QStringLiteral(".reason.txt")) == reason);
}

TEST_CASE("a file that cannot be quarantined leaves no reason file", "[import]")
{
    auto vaultDir = tempDir();
    const Quarantine quarantine(vaultDir->path());
    auto moved = quarantine.put(QDir(vaultDir->path()).filePath(QStringLiteral("missing.vgb")),
                                QStringLiteral("damaged"), QString(), QString());
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().kind == ErrorKind::NotFound);
    CHECK(QDir(quarantine.folder()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("every reason code has its own plain sentence", "[import]")
{
    const QStringList codes = {
        QStringLiteral("not-a-bundle"),     QStringLiteral("unsupported-version"),
        QStringLiteral("too-large"),        QStringLiteral("truncated"),
        QStringLiteral("damaged"),          QStringLiteral("unknown-sender"),
        QStringLiteral("revoked-sender"),   QStringLiteral("not-addressed"),
        QStringLiteral("over-limit"),       QStringLiteral("gap"),
        QStringLiteral("already-imported"), QStringLiteral("invalid-changes"),
        QStringLiteral("newer-version")};
    QSet<QString> sentences;
    for (const QString& code : codes) {
        const QString text = Quarantine::reasonText(code);
        CAPTURE(code);
        CHECK(!text.isEmpty());
        CHECK(text.endsWith(u'.')); // a sentence, not a code
        sentences.insert(text);
    }
    CHECK(sentences.size() == codes.size());
    CHECK(!Quarantine::reasonText(QStringLiteral("from-the-future")).isEmpty());
}
