// vigil-cli end to end: the contract scripts rely on (arguments, output lines,
// exit codes), and what a session leaves on disk.
//
// Exit codes: 0 success, 1 other error, 2 usage, 3 wrong passphrase or recovery
// key, 4 integrity failure, 5 vault not found, 6 storage error, 7 already exists.
#include "core/Version.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SecretBuffer.h"

#include "tests/support/CanaryScan.h"
#include "tests/app/CliSandbox.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstring>
#include <string>

using namespace vigil;
using vigil::test::makeCanary;
using vigil::test::scanForCanaries;

using namespace vigil::test;

namespace {

constexpr const char* kPass = "correct horse battery staple 7&Q";
constexpr const char* kNewPass = "tangerine submarine elbow quartz 93!";
constexpr const char* kWrongPass = "correct horse battery staple 7&q";

void flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(char(c ^ 0x04)));
}

QByteArray hexKeyIn(const QString& out)
{
    const auto m = QRegularExpression(QStringLiteral("\\b([0-9A-Fa-f]{64})\\b")).match(out);
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

TEST_CASE("vigil-cli: --help and --version", "[cli]")
{
    Sandbox s;
    const Run help = s.cli({QStringLiteral("--help")});
    INFO(help);
    CHECK(help.code == Ok);
    for (const char* word : {"init", "demo", "info", "verify", "passwd", "recover", "db-key",
                             "--vault", "--passphrase-file"})
        CHECK(help.out.contains(QString::fromUtf8(word)));

    const Run version = s.cli({QStringLiteral("--version")});
    INFO(version);
    CHECK(version.code == Ok);
    CHECK(version.out.contains(QStringLiteral(VIGIL_VERSION_STRING)));
}

TEST_CASE("vigil-cli: usage errors exit 2", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    const QList<QStringList> bad = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--no-such-option"), QStringLiteral("info")},
        {QStringLiteral("--vault")},
        {QStringLiteral("--vault"), s.vault, QStringLiteral("--passphrase-file"), pass,
         QStringLiteral("init"), QStringLiteral("--kdf-opslimit"), QStringLiteral("lots")},
        {QStringLiteral("--vault"), s.vault, QStringLiteral("--passphrase-file"), pass,
         QStringLiteral("init"), QStringLiteral("unexpected-argument")},
    };
    for (const QStringList& args : bad) {
        const Run r = s.cli(args);
        INFO("args: " << args.join(QLatin1Char(' ')).toStdString() << "\n" << r);
        CHECK(r.code == Usage);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(s.vault + QStringLiteral("/vault.key")));
}

TEST_CASE("vigil-cli: init then info", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    const QByteArray recovery = s.init(pass, QStringLiteral("Team North"));
    INFO("recovery key: " << recovery.toStdString());
    auto parsed = RecoveryKey::parse(SecretBuffer::copyOf(recovery.constData(), std::size_t(recovery.size())));
    CHECK(parsed.ok());
    CHECK(QFileInfo(s.vault + QStringLiteral("/vault.key")).isFile());
    CHECK(QFileInfo(s.vault + QStringLiteral("/vigil.db")).isFile());

    const Run info = s.cli(s.withVault(pass, {QStringLiteral("info")}));
    INFO(info);
    CHECK(info.code == Ok);
    CHECK(info.out.contains(QStringLiteral("Team North")));
    // The vault id is shown as 32 hex digits.
    CHECK(QRegularExpression(QStringLiteral("\\b[0-9a-f]{32}\\b")).match(info.out).hasMatch());
}

TEST_CASE("vigil-cli: a wrong passphrase exits 3 and changes nothing", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    const QString wrong = s.secretFile(QStringLiteral("wrong"), kWrongPass);
    s.init(pass);
    const auto before = s.vaultHashes();
    for (const char* command : {"info", "verify", "db-key", "passwd"}) {
        QStringList args = s.withVault(wrong, {QString::fromUtf8(command)});
        if (QByteArray(command) == "passwd")
            args = QStringList{QStringLiteral("--new-passphrase-file"),
                               s.secretFile(QStringLiteral("new"), kNewPass)} + args;
        const Run r = s.cli(args);
        INFO(command << ": " << r);
        CHECK(r.code == WrongKey);
        CHECK(r.out.indexOf(QRegularExpression(QStringLiteral("[0-9a-f]{64}"))) < 0);
        CHECK(s.vaultHashes() == before);
    }
}

TEST_CASE("vigil-cli: verify exits 0 when healthy and 4 when damaged", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    s.init(pass);
    const Run healthy = s.cli(s.withVault(pass, {QStringLiteral("verify")}));
    INFO(healthy);
    REQUIRE(healthy.code == Ok);

    SECTION("a flipped byte in vigil.db")
    {
        const QString db = s.vault + QStringLiteral("/vigil.db");
        const qint64 size = QFileInfo(db).size();
        REQUIRE(size > 4096);
        for (qint64 offset : {size / 2, qint64(4096 + 200), qint64(20)}) {
            auto copy = vigil::test::tempDir();
            // Work on a fresh copy each time so one flip does not mask another.
            const QString saved = copy->filePath(QStringLiteral("vigil.db"));
            REQUIRE(QFile::copy(db, saved));
            flipByte(db, offset);
            const Run r = s.cli(s.withVault(pass, {QStringLiteral("verify")}));
            INFO("offset " << offset << ": " << r);
            CHECK(r.code == Damaged);
            REQUIRE(QFile::remove(db));
            REQUIRE(QFile::copy(saved, db));
        }
    }
    SECTION("a flipped byte in vault.key")
    {
        const QString key = s.vault + QStringLiteral("/vault.key");
        flipByte(key, QFileInfo(key).size() / 2);
        const Run r = s.cli(s.withVault(pass, {QStringLiteral("verify")}));
        INFO(r);
        CHECK(r.code == Damaged);
        const Run info = s.cli(s.withVault(pass, {QStringLiteral("info")}));
        INFO(info);
        CHECK(info.code == Damaged);
    }
}

TEST_CASE("vigil-cli: passwd round trip", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    const QString fresh = s.secretFile(QStringLiteral("new"), kNewPass);
    s.init(pass);
    const Run r = s.cli({QStringLiteral("--vault"), s.vault, QStringLiteral("--passphrase-file"), pass,
                         QStringLiteral("--new-passphrase-file"), fresh, QStringLiteral("passwd")});
    INFO(r);
    REQUIRE(r.code == Ok);
    const Run oldPass = s.cli(s.withVault(pass, {QStringLiteral("info")}));
    INFO(oldPass);
    CHECK(oldPass.code == WrongKey);
    const Run newPass = s.cli(s.withVault(fresh, {QStringLiteral("verify")}));
    INFO(newPass);
    CHECK(newPass.code == Ok);
}

TEST_CASE("vigil-cli: recover round trip", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    const QString fresh = s.secretFile(QStringLiteral("new"), kNewPass);
    const QByteArray recovery = s.init(pass);

    SECTION("the right key, typed loosely")
    {
        const QString keyFile =
            s.secretFile(QStringLiteral("recovery"), QByteArray(recovery).toLower().replace('-', ' '));
        const Run r = s.cli({QStringLiteral("--vault"), s.vault, QStringLiteral("--recovery-key-file"),
                             keyFile, QStringLiteral("--new-passphrase-file"), fresh,
                             QStringLiteral("recover")});
        INFO(r);
        REQUIRE(r.code == Ok);
        const Run oldPass = s.cli(s.withVault(pass, {QStringLiteral("info")}));
        INFO(oldPass);
        CHECK(oldPass.code == WrongKey);
        const Run newPass = s.cli(s.withVault(fresh, {QStringLiteral("verify")}));
        INFO(newPass);
        CHECK(newPass.code == Ok);
    }
    SECTION("another vault's key exits 3 and changes nothing")
    {
        const SecretBuffer other = RecoveryKey::format(RecoveryKey::generate());
        const QByteArray otherKey(other.chars(), qsizetype(other.size()));
        const QString keyFile = s.secretFile(QStringLiteral("recovery"), otherKey);
        const auto before = s.vaultHashes();
        const Run r = s.cli({QStringLiteral("--vault"), s.vault, QStringLiteral("--recovery-key-file"),
                             keyFile, QStringLiteral("--new-passphrase-file"), fresh,
                             QStringLiteral("recover")});
        INFO(r);
        CHECK(r.code == WrongKey);
        CHECK(s.vaultHashes() == before);
    }
    SECTION("a mistyped group is named")
    {
        QByteArray typo = recovery;
        typo[9 * 2 + 4] = typo.at(9 * 2 + 4) == 'Z' ? 'Y' : 'Z'; // group 3
        const QString keyFile = s.secretFile(QStringLiteral("recovery"), typo);
        const auto before = s.vaultHashes();
        const Run r = s.cli({QStringLiteral("--vault"), s.vault, QStringLiteral("--recovery-key-file"),
                             keyFile, QStringLiteral("--new-passphrase-file"), fresh,
                             QStringLiteral("recover")});
        INFO(r);
        CHECK(r.code != Ok);
        CHECK(r.code != WrongKey);
        CHECK((r.err + r.out).contains(QLatin1Char('3')));
        CHECK(s.vaultHashes() == before);
    }
}

TEST_CASE("vigil-cli: db-key opens vigil.db in the stock sqlcipher shell", "[cli]")
{
    const QString sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (sqlcipher.isEmpty())
        SKIP("sqlcipher shell not installed");
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    s.init(pass);
    const Run key = s.cli(s.withVault(pass, {QStringLiteral("db-key")}));
    INFO(key);
    REQUIRE(key.code == Ok);
    const QByteArray hex = hexKeyIn(key.out);
    REQUIRE(hex.size() == 64);

    const QString db = s.vault + QStringLiteral("/vigil.db");
    const QByteArray script = "PRAGMA key = \"x'" + hex +
                              "'\";\nSELECT 'tables:' || count(*) FROM sqlite_master;\n";
    const Run shell = s.run(sqlcipher, {db}, script);
    INFO(shell);
    CHECK(shell.code == 0);
    CHECK_FALSE(shell.err.contains(QStringLiteral("rror")));
    const auto m = QRegularExpression(QStringLiteral("tables:(\\d+)")).match(shell.out);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() > 0);

    // The check above would notice a wrong key: one changed digit fails.
    QByteArray wrongHex = hex;
    wrongHex[10] = wrongHex.at(10) == '0' ? '1' : '0';
    const Run wrong = s.run(sqlcipher, {db},
                            "PRAGMA key = \"x'" + wrongHex +
                                "'\";\nSELECT 'tables:' || count(*) FROM sqlite_master;\n");
    INFO(wrong);
    CHECK_FALSE(QRegularExpression(QStringLiteral("tables:\\d+")).match(wrong.out).hasMatch());
}

TEST_CASE("vigil-cli: a missing vault exits 5", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    for (const char* command : {"info", "verify", "db-key"}) {
        const Run r = s.cli({QStringLiteral("--vault"), s.env + QStringLiteral("/nowhere"),
                             QStringLiteral("--passphrase-file"), pass, QString::fromUtf8(command)});
        INFO(command << ": " << r);
        CHECK(r.code == NoVault);
    }
    CHECK_FALSE(QFileInfo::exists(s.env + QStringLiteral("/nowhere")));
}

TEST_CASE("vigil-cli: init into an existing vault exits 7", "[cli]")
{
    Sandbox s;
    const QString pass = s.secretFile(QStringLiteral("pass"), kPass);
    const QString other = s.secretFile(QStringLiteral("other"), kNewPass);
    s.init(pass);
    const auto before = s.vaultHashes();
    const Run r = s.cli(s.withVault(other, QStringList{QStringLiteral("init")} + kFastKdf));
    INFO(r);
    CHECK(r.code == Exists);
    CHECK(s.vaultHashes() == before);
    const Run info = s.cli(s.withVault(pass, {QStringLiteral("info")}));
    CHECK(info.code == Ok);
}

TEST_CASE("vigil-cli: demo prints a passphrase and a recovery key that work", "[cli]")
{
    Sandbox s;
    const Run demo = s.cli(QStringList{QStringLiteral("--vault"), s.vault, QStringLiteral("demo")} + kFastKdf);
    INFO(demo);
    REQUIRE(demo.code == Ok);
    const QByteArray passphrase = Sandbox::lineValue(demo.out, "Passphrase: ");
    const QByteArray recovery = Sandbox::lineValue(demo.out, "Recovery key: ");
    REQUIRE_FALSE(passphrase.isEmpty());
    REQUIRE_FALSE(recovery.isEmpty());

    const QString pass = s.secretFile(QStringLiteral("demo-pass"), passphrase);
    const Run verify = s.cli(s.withVault(pass, {QStringLiteral("verify")}));
    INFO(verify);
    CHECK(verify.code == Ok);

    const Run again = s.cli(QStringList{QStringLiteral("--vault"), s.vault, QStringLiteral("demo")} + kFastKdf);
    INFO(again);
    CHECK(again.code == Exists);
    const Run verifyAgain = s.cli(s.withVault(pass, {QStringLiteral("verify")}));
    CHECK(verifyAgain.code == Ok);

    const Run forced = s.cli(QStringList{QStringLiteral("--vault"), s.vault, QStringLiteral("demo"),
                                          QStringLiteral("--force")} + kFastKdf);
    INFO(forced);
    CHECK(forced.code == Ok);
    const QByteArray newPassphrase = Sandbox::lineValue(forced.out, "Passphrase: ");
    const QString newPass = s.secretFile(QStringLiteral("demo-pass-2"), newPassphrase);
    const Run verifyForced = s.cli(s.withVault(newPass, {QStringLiteral("verify")}));
    INFO(verifyForced);
    CHECK(verifyForced.code == Ok);
}

TEST_CASE("vigil-cli: a session leaves no plaintext in the vault, home, temp or config folders",
          "[cli]")
{
    Sandbox s;
    const QByteArray passphrase = makeCanary("cli-passphrase");
    const QByteArray newPassphrase = makeCanary("cli-new-passphrase");
    const QByteArray name = makeCanary("cli-vault-name");
    const QString pass = s.secretFile(QStringLiteral("pass"), passphrase);
    const QString fresh = s.secretFile(QStringLiteral("new"), newPassphrase);

    const QByteArray recovery = s.init(pass, QString::fromUtf8(name));
    const Run info = s.cli(s.withVault(pass, {QStringLiteral("info")}));
    INFO(info);
    CHECK(info.code == Ok);
    CHECK(s.cli(s.withVault(pass, {QStringLiteral("verify")})).code == Ok);
    const Run key = s.cli(s.withVault(pass, {QStringLiteral("db-key")}));
    CHECK(key.code == Ok);
    const QByteArray hex = hexKeyIn(key.out);
    REQUIRE(hex.size() == 64);
    const Run passwd = s.cli({QStringLiteral("--vault"), s.vault, QStringLiteral("--passphrase-file"),
                              pass, QStringLiteral("--new-passphrase-file"), fresh,
                              QStringLiteral("passwd")});
    INFO(passwd);
    CHECK(passwd.code == Ok);
    // A failed attempt too: error paths must not dump what they were given.
    CHECK(s.cli(s.withVault(pass, {QStringLiteral("info")})).code == WrongKey);

    const QList<QByteArray> canaries = {passphrase, newPassphrase, name, recovery,
                                        recovery.toLower(), hex.toLower(), hex.toUpper()};
    QStringList everything;
    QDirIterator it(s.env, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        everything.append(QDir(s.env).relativeFilePath(it.next()));
    INFO("files written: " << everything.join(QStringLiteral(", ")).toStdString());
    CHECK(scanForCanaries({s.env}, canaries) == QStringList());

    // The raw database key does not appear in binary either.
    const QByteArray raw = QByteArray::fromHex(hex);
    QStringList rawHits;
    QDirIterator files(s.env, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(raw))
            rawHits.append(f.fileName());
    }
    CHECK(rawHits == QStringList());
}
