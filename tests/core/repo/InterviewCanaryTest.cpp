// No plaintext at rest for the most sensitive data: interview notes, allegations,
// reprisal allegations and identity entries written with canaries must not
// appear in any file of the locked vault, in the process's temporary folder,
// nor in files changed elsewhere in the system temporary folder meanwhile;
// and identity canaries must not appear anywhere inside the database either
// (change log and audit log included), even while it is unlocked.
#include "core/repo/AllegationRepository.h"
#include "core/repo/IdentityRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/vault/Vault.h"
#include "tests/core/repo/InterviewFixture.h"
#include "tests/support/CanaryScan.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using test::makeCanary;
using test::scanForCanaries;

namespace {

// Points TMPDIR (and so QDir::tempPath() and SQLite) at a private folder for
// one test, so everything the process writes "to temp" can be scanned.
struct PrivateTempDir
{
    QByteArray saved = qgetenv("TMPDIR");
    bool hadSaved = qEnvironmentVariableIsSet("TMPDIR");
    QString systemTemp = QDir::tempPath();
    std::unique_ptr<QTemporaryDir> dir = test::tempDir();

    PrivateTempDir() { qputenv("TMPDIR", QFile::encodeName(dir->path())); }
    ~PrivateTempDir()
    {
        if (hadSaved)
            qputenv("TMPDIR", saved);
        else
            qunsetenv("TMPDIR");
    }
};

QByteArray utf16(const QByteArray& utf8, bool bigEndian)
{
    QByteArray out;
    for (QChar c : QString::fromUtf8(utf8)) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xff);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

// Files below `root` modified since `since` that hold a canary (UTF-8/16).
QStringList scanChangedSince(const QString& root, const QDateTime& since,
                             const QList<QByteArray>& canaries)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.lastModified() < since || info.size() > (qint64(256) << 20))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray& c : canaries) {
            if (bytes.contains(c) || bytes.contains(utf16(c, false)) ||
                bytes.contains(utf16(c, true)))
                hits.append(path);
        }
    }
    return hits;
}

// Every value of every table, as the bytes SQLite holds.
QStringList tablesHolding(Database& db, const QList<QByteArray>& canaries)
{
    QStringList hits;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    REQUIRE(tables.ok());
    while (*tables->step()) {
        const QString table = tables->columnText(0);
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        auto rows = db.prepare(sql.constData());
        REQUIRE(rows.ok());
        while (*rows->step()) {
            for (int c = 0; c < rows->columnCount(); ++c) {
                const QByteArray value =
                    rows->columnType(c) == 4 ? rows->columnBlob(c) : rows->columnText(c).toUtf8();
                for (const QByteArray& canary : canaries) {
                    if (value.contains(canary))
                        hits.append(table);
                }
            }
        }
    }
    hits.removeDuplicates();
    return hits;
}

SecretBuffer bufferOf(const QByteArray& b)
{
    return SecretBuffer::copyOf(b.constData(), std::size_t(b.size()));
}

} // namespace

TEST_CASE("interview canaries: no notes or identity in any file, no identity in the database",
          "[interview][identity]")
{
    const QDateTime start = QDateTime::currentDateTime().addSecs(-2);
    PrivateTempDir temp;
    REQUIRE(QDir::tempPath() == temp.dir->path());

    const QByteArray notes = makeCanary("interview-notes");
    const QByteArray summary = makeCanary("allegation");
    const QByteArray reprisalText = makeCanary("reprisal");
    const QByteArray name = makeCanary("real-name");
    const QByteArray number = makeCanary("cell-number");
    const QByteArray other = makeCanary("identity-other");
    const QList<QByteArray> identity{name, number, other};
    const QList<QByteArray> all{notes, summary, reprisalText, name, number, other};

    auto f = std::make_unique<test::InterviewFixture>();
    const QString vaultDir = f->vaultPath();
    {
        Interview i = f->sample();
        const QString id = f->create(i);
        REQUIRE_OK(f->interviews.recordConsent(
            id, {QStringLiteral("use_name"), QStringLiteral("refer_case")}));
        REQUIRE_OK(
            f->interviews.setNotes(id, QStringLiteral("He said: ") + QString::fromUtf8(notes)));
        IdentityRepository identities(*f->vault);
        IdentityFields fields;
        fields.realName = bufferOf(name);
        fields.idNumber = bufferOf(number);
        fields.other = bufferOf(other);
        auto entry = identities.add(id, fields);
        REQUIRE_OK(entry);
        auto read = identities.read(*entry, test::secret("pass"));
        REQUIRE_OK(read);
        CHECK(QByteArray(read->realName.chars(), qsizetype(read->realName.size())) == name);

        AllegationRepository allegations(f->records());
        Allegation a;
        a.visitId = f->visit;
        a.interviewId = id;
        a.summary = QString::fromUtf8(summary);
        a.consentToAct = true;
        REQUIRE_OK(allegations.create(a));
        ReprisalAllegation r;
        r.visitId = f->visit;
        r.pseudonym = f->interviews.get(id)->pseudonym;
        r.what = QString::fromUtf8(reprisalText);
        REQUIRE_OK(allegations.createReprisal(r));

        // Unlocked: identity plaintext is nowhere in the database (change log,
        // audit log, search index included), while the notes are where expected.
        CHECK(tablesHolding(f->db(), identity) == QStringList());
        const QStringList notesTables = tablesHolding(f->db(), {notes});
        CHECK(notesTables.contains(QStringLiteral("interview")));
        CHECK(notesTables.contains(QStringLiteral("change_op")));
        CHECK(f->count("SELECT count(*) FROM change_op WHERE entity = 'identity_entry' "
                       "AND field = 'sealed' AND typeof(value) = 'blob'") == 1);
        // Live WAL: nothing readable either.
        CHECK(scanForCanaries({vaultDir}, all) == QStringList());
    }
    f->vault->lock();

    INFO("vault files: "
         << QDir(vaultDir).entryList(QDir::Files).join(QStringLiteral(", ")).toStdString());
    CHECK(scanForCanaries({vaultDir, temp.dir->path()}, all) == QStringList());
    CHECK(scanChangedSince(temp.systemTemp, start, all) == QStringList());

    // The scanners do find a planted canary.
    QFile planted(temp.dir->filePath(QStringLiteral("planted.txt")));
    REQUIRE(planted.open(QIODevice::WriteOnly));
    planted.write(name);
    planted.close();
    CHECK(scanForCanaries({temp.dir->path()}, {name}).size() == 1);
    CHECK(scanChangedSince(temp.systemTemp, start, {name}).size() == 1);
    f.reset();
}
