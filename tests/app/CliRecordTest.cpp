// vigil-cli over a filled vault: the demo, search, and the audit chain.
#include "tests/app/CliSandbox.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>

using namespace vigil::test;

namespace {

constexpr const char* kPass = "correct horse battery staple 7&Q";

QByteArray hexKeyIn(const QString& out)
{
    const auto m = QRegularExpression(QStringLiteral("\\b([0-9a-f]{64})\\b")).match(out);
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

TEST_CASE("vigil-cli demo fills a vault that search and verify work on", "[cli][demo]")
{
    Sandbox box;
    const QString pass = box.secretFile(QStringLiteral("pass"), kPass);
    const Run demo = box.cli(box.withVault(pass, QStringList{QStringLiteral("demo")} + kFastKdf));
    INFO(demo);
    REQUIRE(demo.code == Ok);
    CHECK(demo.out.contains(QStringLiteral("40 visits")));
    // A passphrase the user supplied is never echoed back.
    CHECK_FALSE(demo.out.contains(QString::fromUtf8(kPass)));

    const Run found = box.cli(box.withVault(pass, {QStringLiteral("search"), QStringLiteral("overcrowding")}));
    INFO(found);
    CHECK(found.code == Ok);
    CHECK(found.out.contains(QStringLiteral("[")));
    const Run byCategory = box.cli(box.withVault(
        pass, {QStringLiteral("search"), QStringLiteral("cell"), QStringLiteral("--category"),
               QStringLiteral("treatment"), QStringLiteral("--from"), QStringLiteral("2025-01-01")}));
    CHECK(byCategory.code == Ok);
    const Run badDate = box.cli(box.withVault(
        pass, {QStringLiteral("search"), QStringLiteral("cell"), QStringLiteral("--from"),
               QStringLiteral("last year")}));
    CHECK(badDate.code == Usage);

    const Run verify = box.cli(box.withVault(pass, {QStringLiteral("verify")}));
    INFO(verify);
    CHECK(verify.code == Ok);
    CHECK(verify.out.contains(QStringLiteral("audit chain")));
}

TEST_CASE("an audit event edited outside Vigil is named by verify", "[cli][audit]")
{
    Sandbox box;
    const QString pass = box.secretFile(QStringLiteral("pass"), kPass);
    REQUIRE(box.cli(box.withVault(pass, QStringList{QStringLiteral("demo")} + kFastKdf)).code == Ok);
    const Run key = box.cli(box.withVault(pass, {QStringLiteral("db-key")}));
    REQUIRE(key.code == Ok);
    const QByteArray hex = hexKeyIn(key.out);
    REQUIRE(hex.size() == 64);

    // Someone with the key rewrites history in the stock sqlcipher shell.
    const QByteArray script = "PRAGMA key = \"x'" + hex + "'\";\n"
                              "UPDATE audit_event SET detail = 'notes' WHERE seq = 42;\n";
    const Run shell = box.run(QStringLiteral("sqlcipher"),
                              {box.vault + QStringLiteral("/vigil.db")}, script);
    INFO(shell);
    REQUIRE(shell.code == 0);

    const Run verify = box.cli(box.withVault(pass, {QStringLiteral("verify")}));
    INFO(verify);
    CHECK(verify.code == Damaged);
    CHECK(verify.err.contains(QStringLiteral("audit event 42")));
}
