#include "core/crypto/RecoveryKey.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/vault/Vault.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <string>

using namespace vigil;
using vigil::test::fastKdf;
using vigil::test::hashTree;
using vigil::test::secret;

namespace {

std::string describe(const Error& e)
{
    return std::string(errorKindName(e.kind)) + ": " + e.message.toStdString() + " [" +
           e.detail.toStdString() + "]";
}

#define REQUIRE_OK(result)                                                                         \
    do {                                                                                           \
        if (!(result).ok())                                                                        \
            FAIL("expected success, got " << describe((result).error()));                         \
    } while (false)

#define REQUIRE_ERROR(result, expectedKind)                                                        \
    do {                                                                                           \
        REQUIRE_FALSE((result).ok());                                                              \
        INFO(describe((result).error()));                                                          \
        REQUIRE(std::string(errorKindName((result).error().kind)) ==                              \
                errorKindName(expectedKind));                                                      \
    } while (false)

constexpr const char* kPass = "correct horse battery staple 7&Q";
constexpr const char* kNewPass = "tangerine submarine elbow quartz 93!";
constexpr const char* kThirdPass = "violet lantern gravel orbit 58?";

QByteArray bytesOf(const SecretBuffer& b)
{
    return QByteArray(b.chars(), qsizetype(b.size()));
}

SecretBuffer bufferOf(const QByteArray& b)
{
    return SecretBuffer::copyOf(b.constData(), std::size_t(b.size()));
}

struct Fixture
{
    std::unique_ptr<QTemporaryDir> tmp = vigil::test::tempDir();
    QString dir = tmp->filePath(QStringLiteral("vault"));
    QByteArray recoveryText; // as shown to the user

    std::unique_ptr<Vault> create(const QString& name = QStringLiteral("Test vault"))
    {
        auto created = Vault::create(dir, secret(kPass), fastKdf(), name);
        REQUIRE_OK(created);
        recoveryText = bytesOf(created->recoveryKey);
        REQUIRE(created->vault);
        return std::move(created->vault);
    }

    std::unique_ptr<Vault> open(const char* pass)
    {
        auto opened = Vault::open(dir, secret(pass));
        REQUIRE_OK(opened);
        return std::move(opened).value();
    }
};

void addNotes(Vault& v, const QStringList& notes)
{
    Database& db = v.database();
    REQUIRE_OK(db.exec("CREATE TABLE IF NOT EXISTS test_notes(id INTEGER PRIMARY KEY, body TEXT)"));
    auto tx = db.beginWrite();
    REQUIRE_OK(tx);
    for (const QString& note : notes) {
        auto st = db.prepare("INSERT INTO test_notes(body) VALUES (?)");
        REQUIRE_OK(st);
        st->bind(1, note);
        REQUIRE_OK(st->run());
    }
    REQUIRE_OK(tx->commit());
}

QStringList readNotes(Vault& v)
{
    auto st = v.database().prepare("SELECT body FROM test_notes ORDER BY id");
    REQUIRE_OK(st);
    QStringList notes;
    for (;;) {
        auto row = st->step();
        REQUIRE_OK(row);
        if (!*row)
            break;
        notes.append(st->columnText(0));
    }
    return notes;
}

const QStringList kNotes = {QStringLiteral("Cell 4: 12 detainees, capacity 6"),
                            QStringLiteral("Interview with R. \u2014 no access to a lawyer")};

// The formatted recovery key typed sloppily: lower case, blanks for dashes.
QByteArray sloppy(const QByteArray& formatted)
{
    return QByteArray(formatted).toLower().replace('-', ' ');
}

} // namespace

TEST_CASE("Vault::create lays out the folder and returns a formatted recovery key", "[vault]")
{
    Fixture f;
    CHECK_FALSE(Vault::existsAt(f.dir));
    auto vault = f.create();
    CHECK(vault->isOpen());
    CHECK(QFileInfo(f.dir + QStringLiteral("/vault.key")).isFile());
    CHECK(QFileInfo(f.dir + QStringLiteral("/vigil.db")).isFile());
    CHECK(QFileInfo(f.dir + QStringLiteral("/attachments")).isDir());
    CHECK(QFileInfo(vault->attachmentsPath()) == QFileInfo(f.dir + QStringLiteral("/attachments")));
    CHECK(Vault::existsAt(f.dir));
    CHECK(QDir(vault->path()) == QDir(f.dir));

    INFO("recovery key: " << f.recoveryText.toStdString());
    CHECK(f.recoveryText.size() == 71);
    auto parsed = RecoveryKey::parse(bufferOf(f.recoveryText));
    REQUIRE_OK(parsed);
    CHECK(parsed->size() == RecoveryKey::kBytes);

    // The key file is private to the user.
    const QFileDevice::Permissions perms = QFileInfo(f.dir + QStringLiteral("/vault.key")).permissions();
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
}

TEST_CASE("Vault::create refuses a non-empty folder or an existing vault", "[vault]")
{
    Fixture f;
    SECTION("existing vault")
    {
        f.create()->lock();
        const auto before = hashTree(f.dir);
        auto again = Vault::create(f.dir, secret(kNewPass), fastKdf());
        REQUIRE_ERROR(again, ErrorKind::AlreadyExists);
        CHECK(hashTree(f.dir) == before);
        f.open(kPass); // the original still opens
    }
    SECTION("a folder holding something else")
    {
        REQUIRE(QDir().mkpath(f.dir));
        QFile other(f.dir + QStringLiteral("/notes.txt"));
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("mine");
        other.close();
        auto created = Vault::create(f.dir, secret(kPass), fastKdf());
        REQUIRE_ERROR(created, ErrorKind::AlreadyExists);
        CHECK(QDir(f.dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
              QStringList{QStringLiteral("notes.txt")});
    }
    SECTION("an empty existing folder is fine")
    {
        REQUIRE(QDir().mkpath(f.dir));
        f.create();
        CHECK(Vault::existsAt(f.dir));
    }
}

TEST_CASE("Vault: data survives lock and reopen", "[vault]")
{
    Fixture f;
    {
        auto vault = f.create();
        addNotes(*vault, kNotes);
        vault->lock();
        CHECK_FALSE(vault->isOpen());
    }
    auto vault = f.open(kPass);
    CHECK(vault->isOpen());
    CHECK(readNotes(*vault) == kNotes);
    auto problems = vault->verify();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("Vault: a wrong passphrase is WrongPassphrase and changes nothing on disk", "[vault]")
{
    Fixture f;
    {
        auto vault = f.create();
        addNotes(*vault, kNotes);
    }
    const auto before = hashTree(f.dir);
    REQUIRE(before.contains(QStringLiteral("vault.key")));
    for (const char* wrong : {"correct horse battery staple 7&q", "", kNewPass, "x"}) {
        INFO("passphrase: '" << wrong << "'");
        auto opened = Vault::open(f.dir, secret(wrong));
        REQUIRE_ERROR(opened, ErrorKind::WrongPassphrase);
        CHECK_FALSE(opened.error().message.isEmpty());
        CHECK(hashTree(f.dir) == before);
    }
    auto vault = f.open(kPass);
    CHECK(readNotes(*vault) == kNotes);
}

TEST_CASE("Vault: a wrong passphrase leaves a crashed vault's WAL alone", "[vault]")
{
    Fixture f;
    auto vault = f.create();
    addNotes(*vault, kNotes);
    REQUIRE(QFileInfo(f.dir + QStringLiteral("/vigil.db-wal")).size() > 0);
    // A copy taken while the vault is open looks like a vault after a crash.
    auto copyTmp = vigil::test::tempDir();
    const QString copy = copyTmp->filePath(QStringLiteral("vault"));
    REQUIRE(QDir().mkpath(copy));
    for (const QString& name : QDir(f.dir).entryList(QDir::Files | QDir::Hidden))
        REQUIRE(QFile::copy(f.dir + QLatin1Char('/') + name, copy + QLatin1Char('/') + name));
    vault.reset();

    const auto before = hashTree(copy);
    REQUIRE(before.contains(QStringLiteral("vigil.db-wal")));
    auto wrong = Vault::open(copy, secret(kNewPass));
    REQUIRE_ERROR(wrong, ErrorKind::WrongPassphrase);
    CHECK(hashTree(copy) == before);

    // The right passphrase recovers the committed rows from the WAL.
    auto opened = Vault::open(copy, secret(kPass));
    REQUIRE_OK(opened);
    CHECK(readNotes(**opened) == kNotes);
}

TEST_CASE("Vault::info describes the vault", "[vault]")
{
    Fixture f;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    auto vault = f.create(QStringLiteral("Monitoring team \u00c9st"));
    auto info = vault->info();
    REQUIRE_OK(info);
    CHECK(QDir(info->path) == QDir(f.dir));
    CHECK(info->name == QStringLiteral("Monitoring team \u00c9st"));
    CHECK(info->vaultId.size() == 32);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(info->vaultId).hasMatch());
    CHECK(info->schemaVersion == Migrations::vaultSchema().back().version);
    CHECK(info->createdAt.isValid());
    CHECK(info->createdAt >= before);
    CHECK(info->createdAt <= QDateTime::currentDateTimeUtc().addSecs(5));
    CHECK(info->kdf == fastKdf());
    CHECK(info->databaseBytes > 0);
    CHECK(info->sqlcipherVersion.startsWith(QStringLiteral("4.")));

    // Stable across unlocks.
    vault->lock();
    auto reopened = f.open(kPass);
    auto again = reopened->info();
    REQUIRE_OK(again);
    CHECK(again->vaultId == info->vaultId);
    CHECK(again->name == info->name);
    CHECK(again->createdAt == info->createdAt);

    // Two vaults never share an id.
    auto otherTmp = vigil::test::tempDir();
    auto other = Vault::create(otherTmp->filePath(QStringLiteral("v")), secret(kPass), fastKdf());
    REQUIRE_OK(other);
    auto otherInfo = other->vault->info();
    REQUIRE_OK(otherInfo);
    CHECK(otherInfo->vaultId != info->vaultId);
}

TEST_CASE("Vault: sub-keys are distinct and stable; lock wipes them", "[vault]")
{
    Fixture f;
    auto vault = f.create();
    REQUIRE(vault->attachmentKey().size() == 32);
    REQUIRE(vault->localIdentityKey().size() == 32);
    CHECK_FALSE(vault->attachmentKey().equals(vault->localIdentityKey()));
    const QByteArray attachment = bytesOf(vault->attachmentKey());
    const QByteArray identity = bytesOf(vault->localIdentityKey());
    const QByteArray dbHex = bytesOf(vault->databaseKeyHex());
    CHECK(dbHex != attachment.toHex());
    CHECK(dbHex != identity.toHex());

    vault->lock();
    CHECK_FALSE(vault->isOpen());
    CHECK(vault->attachmentKey().isEmpty());
    CHECK(vault->localIdentityKey().isEmpty());

    auto reopened = f.open(kPass);
    CHECK(bytesOf(reopened->attachmentKey()) == attachment);
    CHECK(bytesOf(reopened->localIdentityKey()) == identity);
    CHECK(bytesOf(reopened->databaseKeyHex()) == dbHex);
}

TEST_CASE("Vault::databaseKeyHex opens vigil.db without Vigil", "[vault]")
{
    Fixture f;
    QByteArray hex;
    {
        auto vault = f.create();
        addNotes(*vault, kNotes);
        hex = bytesOf(vault->databaseKeyHex());
    }
    REQUIRE(hex.size() == 64);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(hex)).hasMatch());
    const QByteArray raw = QByteArray::fromHex(hex);
    auto db = Database::open(f.dir + QStringLiteral("/vigil.db"), bufferOf(raw));
    REQUIRE_OK(db);
    auto n = (*db)->scalarInt("SELECT count(*) FROM test_notes");
    REQUIRE_OK(n);
    CHECK(*n == kNotes.size());
}

TEST_CASE("Vault::changePassphrase: the old one stops working, data and recovery key stay",
          "[vault]")
{
    Fixture f;
    {
        auto vault = f.create();
        addNotes(*vault, kNotes);
        REQUIRE_OK(vault->changePassphrase(secret(kNewPass), fastKdf()));
        // Still usable after the change.
        CHECK(readNotes(*vault) == kNotes);
    }
    REQUIRE_ERROR(Vault::open(f.dir, secret(kPass)), ErrorKind::WrongPassphrase);
    {
        auto vault = f.open(kNewPass);
        CHECK(readNotes(*vault) == kNotes);
        auto problems = vault->verify();
        REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
    }
    // The recovery key from creation still works.
    auto recovered = Vault::recover(f.dir, bufferOf(f.recoveryText), secret(kThirdPass), fastKdf());
    REQUIRE_OK(recovered);
    CHECK(readNotes(**recovered) == kNotes);
}

TEST_CASE("Vault::recover: typed loosely, sets a new passphrase", "[vault]")
{
    Fixture f;
    {
        auto vault = f.create();
        addNotes(*vault, kNotes);
    }
    {
        auto recovered = Vault::recover(f.dir, bufferOf(sloppy(f.recoveryText)), secret(kNewPass), fastKdf());
        REQUIRE_OK(recovered);
        CHECK((*recovered)->isOpen());
        CHECK(readNotes(**recovered) == kNotes);
    }
    REQUIRE_ERROR(Vault::open(f.dir, secret(kPass)), ErrorKind::WrongPassphrase);
    {
        auto vault = f.open(kNewPass);
        CHECK(readNotes(*vault) == kNotes);
    }
    // The recovery slot is kept: the same key works again.
    auto again = Vault::recover(f.dir, bufferOf(f.recoveryText), secret(kThirdPass), fastKdf());
    REQUIRE_OK(again);
    again->reset();
    f.open(kThirdPass);
    REQUIRE_ERROR(Vault::open(f.dir, secret(kNewPass)), ErrorKind::WrongPassphrase);
}

TEST_CASE("Vault::recover: a mistyped group is named, and nothing changes", "[vault]")
{
    Fixture f;
    f.create()->lock();
    const auto before = hashTree(f.dir);
    for (int group = 0; group < RecoveryKey::kGroups; ++group) {
        QByteArray typed = f.recoveryText;
        const int at = group * 9 + 5;
        typed[at] = (typed.at(at) == 'Q') ? 'R' : 'Q';
        INFO("typed: " << typed.toStdString());
        auto recovered = Vault::recover(f.dir, bufferOf(typed), secret(kNewPass), fastKdf());
        REQUIRE_ERROR(recovered, ErrorKind::Validation);
        CHECK(recovered.error().message.contains(QString::number(group + 1)));
        CHECK(hashTree(f.dir) == before);
    }
    f.open(kPass);
}

TEST_CASE("Vault::recover: another vault's key is WrongPassphrase, and nothing changes", "[vault]")
{
    Fixture f;
    f.create()->lock();
    Fixture other;
    other.create()->lock();
    const auto before = hashTree(f.dir);
    auto recovered = Vault::recover(f.dir, bufferOf(other.recoveryText), secret(kNewPass), fastKdf());
    REQUIRE_ERROR(recovered, ErrorKind::WrongPassphrase);
    CHECK(hashTree(f.dir) == before);
    REQUIRE_ERROR(Vault::open(f.dir, secret(kNewPass)), ErrorKind::WrongPassphrase);
    f.open(kPass);
}

TEST_CASE("Vault::defaultLocation is under the user's data folder", "[vault]")
{
    const QString location = Vault::defaultLocation();
    CHECK_FALSE(location.isEmpty());
    CHECK(QFileInfo(location).isAbsolute());
    CHECK(location.endsWith(QStringLiteral("/vault")));
}

TEST_CASE("Vault: a worker opens its own connection with a copy of the key", "[vault]")
{
    Fixture f;
    auto vault = f.create();
    SecretBuffer key = vault->databaseKeyCopy();
    REQUIRE(key.size() == 32);
    CHECK(bytesOf(key).toHex() == bytesOf(vault->databaseKeyHex()));
    {
        // As an attachment job or the sync engine would, on its own thread.
        auto db = Database::open(vault->databaseFile(), key, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        auto stmt = (*db)->prepare("SELECT count(*) FROM vault_meta");
        REQUIRE(stmt.ok());
        auto row = stmt->step();
        REQUIRE(row.ok());
        REQUIRE(*row);
        CHECK(stmt->columnInt(0) >= 1);
    }
    // The copy is the job's: locking the vault wipes the vault's key, not it.
    vault->lock();
    CHECK(key.size() == 32);
    CHECK(vault->databaseKeyCopy().size() == 0);
}
