// vigil-cli org / sync / bundle: an organisation set up and used entirely
// from the command line, as a secretariat's script or a monitor without the
// window would: create, invite, join, deliver the request, approve, sync.
#include "tests/app/CliSandbox.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace vigil::test;

namespace {

constexpr const char* kPass = "correct horse battery staple 7&Q";

struct Device
{
    const Sandbox& sandbox;
    QString vault;
    QString pass;

    Run run(const QStringList& args) const
    {
        return sandbox.cli(QStringList{QStringLiteral("--vault"), vault,
                                       QStringLiteral("--passphrase-file"), pass}
                           + args);
    }
};

Device makeDevice(const Sandbox& sandbox, const QString& pass, const char* name)
{
    Device d{sandbox, sandbox.env + QLatin1Char('/') + QLatin1String(name), pass};
    const Run r = sandbox.cli(QStringList{QStringLiteral("--vault"), d.vault,
                                          QStringLiteral("--new-passphrase-file"), pass,
                                          QStringLiteral("init")}
                              + kFastKdf);
    INFO(r);
    REQUIRE(r.code == Ok);
    return d;
}

QString fingerprintLine(const QString& out, const QString& prefix)
{
    for (const QString& line : out.split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    return {};
}

} // namespace

TEST_CASE("an organisation is created, joined and synced from the command line", "[cli][sync]")
{
    Sandbox sandbox;
    const QString pass = sandbox.secretFile(QStringLiteral("pass"), kPass);
    const Device coordinator = makeDevice(sandbox, pass, "coordinator");
    const Device monitor = makeDevice(sandbox, pass, "monitor");
    const QString mailbox = sandbox.env + QStringLiteral("/stick");
    REQUIRE(QDir().mkpath(mailbox));

    Run r = coordinator.run({QStringLiteral("org"), QStringLiteral("create"),
                             QStringLiteral("--name"), QStringLiteral("Test NPM")});
    INFO(r);
    REQUIRE(r.code == Ok);
    r = coordinator.run({QStringLiteral("org"), QStringLiteral("transport"),
                         QStringLiteral("--folder"), mailbox});
    REQUIRE(r.code == Ok);
    const QString invitation = sandbox.env + QStringLiteral("/amina.vgi");
    r = coordinator.run({QStringLiteral("org"), QStringLiteral("invite"), QStringLiteral("--role"),
                         QStringLiteral("monitor"), QStringLiteral("--label"),
                         QStringLiteral("Amina"), QStringLiteral("--out"), invitation});
    INFO(r);
    REQUIRE(r.code == Ok);
    REQUIRE(QFileInfo::exists(invitation));

    // A damaged invitation is refused with a plain message and exit 4.
    {
        QFile file(invitation);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        QFile damaged(sandbox.env + QStringLiteral("/damaged.vgi"));
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write(bytes);
    }
    r = monitor.run({QStringLiteral("org"), QStringLiteral("join"),
                     sandbox.env + QStringLiteral("/damaged.vgi")});
    CHECK(r.code == Damaged);
    CHECK_FALSE(r.err.isEmpty());

    r = monitor.run({QStringLiteral("org"), QStringLiteral("join"), invitation,
                     QStringLiteral("--name"), QStringLiteral("Amina's laptop")});
    INFO(r);
    REQUIRE(r.code == Ok);
    const QString monitorPrint = fingerprintLine(r.out, QStringLiteral("This device's fingerprint:"));
    REQUIRE(monitorPrint.count(QLatin1Char(' ')) == 11);

    // The monitor's first sync delivers the request; the coordinator's
    // receives it and shows the same fingerprint the monitor read out.
    r = monitor.run({QStringLiteral("sync")});
    INFO(r);
    REQUIRE(r.code == Ok);
    r = coordinator.run({QStringLiteral("sync")});
    INFO(r);
    REQUIRE(r.code == Ok);
    REQUIRE(r.out.contains(monitorPrint));
    const QRegularExpression approve(QStringLiteral("org approve ([0-9a-f]{32})"));
    const QString device = approve.match(r.out).captured(1);
    REQUIRE_FALSE(device.isEmpty());
    r = coordinator.run({QStringLiteral("org"), QStringLiteral("approve"), device});
    INFO(r);
    REQUIRE(r.code == Ok);
    // The approval travels by hand: the coordinator exports to a folder (a
    // USB stick), the monitor imports the files; a second import changes
    // nothing.
    const QString carried = sandbox.env + QStringLiteral("/carried");
    r = coordinator.run({QStringLiteral("bundle"), QStringLiteral("export"),
                         QStringLiteral("--out"), carried});
    INFO(r);
    REQUIRE(r.code == Ok);
    const QDir inbox(carried + QStringLiteral("/to-") + device);
    QStringList paths;
    for (const QString& f : inbox.entryList({QStringLiteral("*.vgb")}, QDir::Files, QDir::Name))
        paths << inbox.filePath(f);
    REQUIRE_FALSE(paths.isEmpty());
    r = monitor.run(QStringList{QStringLiteral("bundle"), QStringLiteral("import")} + paths);
    INFO(r);
    REQUIRE(r.code == Ok);
    CHECK(r.out.contains(QStringLiteral("imported")));
    // The files given stay where they were; the copies the vault's inbox
    // took in are gone once imported.
    for (const QString& path : std::as_const(paths))
        CHECK(QFileInfo::exists(path));
    CHECK(QDir(monitor.vault + QStringLiteral("/sync/inbox"))
              .entryList({QStringLiteral("*.vgb")}, QDir::Files)
              .isEmpty());
    r = monitor.run({QStringLiteral("org"), QStringLiteral("show")});
    CHECK(r.out.contains(QStringLiteral("Enrolled.")));
    // Named twice, each file is taken once.
    r = monitor.run(QStringList{QStringLiteral("bundle"), QStringLiteral("import")} + paths +
                    paths);
    CHECK(r.code == Ok);
    CHECK(r.out.count(QStringLiteral("already imported")) == paths.size());

    // From now on the mailbox folder carries both ways.
    r = monitor.run({QStringLiteral("sync")});
    INFO(r);
    REQUIRE(r.code == Ok);
    r = coordinator.run({QStringLiteral("sync")});
    INFO(r);
    REQUIRE(r.code == Ok);
    CHECK(r.out.contains(QStringLiteral(": imported")));

    // A file from nobody in the organisation is refused: exit 4, quarantined.
    const QString stranger = sandbox.env + QStringLiteral("/stranger.vgb");
    {
        QFile file(stranger);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("VIGILBND this is not a bundle from anyone");
    }
    r = coordinator.run({QStringLiteral("bundle"), QStringLiteral("import"), stranger});
    CHECK(r.code == Damaged);
    CHECK(r.out.contains(QStringLiteral("quarantine")));
    CHECK(QFileInfo::exists(stranger));
    // A name that is not a file is a usage problem, and nothing is imported.
    r = coordinator.run({QStringLiteral("bundle"), QStringLiteral("import"),
                         sandbox.env + QStringLiteral("/no-such.vgb")});
    CHECK(r.code != Ok);
    CHECK(r.err.contains(QStringLiteral("not a file")));
}
