// WebDavTransport against a real server (Apache mod_dav over TLS on
// 127.0.0.1, tests/support/WebDavServer), with faults injected on the server.
#include "core/sync/transport/WebDavTransport.h"

#include "tests/core/sync/transport/TransportTestSupport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WebDavServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace vigil::test::mailbox;

namespace {

const QString kMe = deviceId('a');
const QString kPeer = deviceId('b');

// A started server and a scratch folder; the test SKIPs where Apache is missing.
struct Fixture
{
    WebDavServer server;
    std::unique_ptr<QTemporaryDir> tmp = tempDir();

    Fixture()
    {
        const QString missing = WebDavServer::unavailableReason();
        if (!missing.isEmpty())
            SKIP(missing.toStdString());
        const bool started = server.start();
        INFO(server.lastError().toStdString());
        REQUIRE(started);
    }

    WebDavSettings settings(const char* password = WebDavServer::password()) const
    {
        WebDavSettings s;
        s.url = server.url();
        s.username = server.username();
        s.password = secret(password);
        s.extraCaCertificates = {server.caCertificate()};
        s.inactivityTimeoutMs = 10'000;
        return s;
    }

    std::unique_ptr<WebDavTransport> transport(WebDavSettings s)
    {
        auto created = WebDavTransport::create(std::move(s));
        REQUIRE_OK(created);
        return std::move(created).value();
    }
    std::unique_ptr<WebDavTransport> transport() { return transport(settings()); }

    QString mailbox(const QString& id) const
    {
        return server.storagePath() + QStringLiteral("/to-") + id;
    }
    QStringList stored(const QString& id) const
    {
        return QDir(mailbox(id)).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    QString file(const char* name) const { return tmp->filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("WebDavTransport: put, list, fetch and remove a multi-megabyte file", "[transport]")
{
    Fixture f;
    auto transport = f.transport();
    REQUIRE_OK(transport->prepare(kMe));
    CHECK(QFileInfo(f.mailbox(kMe)).isDir());
    REQUIRE_OK(transport->prepare(kMe)); // again: the collections exist (405) and that is fine
    CHECK(transport->describe().contains(QStringLiteral("https://127.0.0.1")));
    CHECK_FALSE(transport->describe().contains(QString::fromLatin1(WebDavServer::password())));

    const QString name = bundleName(kMe, 7);
    const QByteArray bytes = writeRandomFile(f.file("out.vgb"), 4'200'000);
    REQUIRE(bytes.size() == 4'200'000);
    REQUIRE_OK(transport->put(kPeer, name, f.file("out.vgb")));
    CHECK(f.stored(kPeer) == QStringList{name});
    CHECK(readFile(f.mailbox(kPeer) + QLatin1Char('/') + name) == bytes);
    // Uploaded under .part, then renamed: a reader never saw the name half written.
    const QString path = QStringLiteral("/vigil/to-%1/%2").arg(kPeer, name);
    const QStringList log = f.server.requestLogWith(QStringLiteral("MOVE %1.part 201").arg(path));
    const auto putAt = log.indexOf(QStringLiteral("PUT %1.part 201").arg(path));
    const auto moveAt = log.indexOf(QStringLiteral("MOVE %1.part 201").arg(path));
    INFO(log.join(QLatin1Char('\n')).toStdString());
    CHECK(putAt >= 0);
    CHECK(moveAt > putAt);
    CHECK_FALSE(log.filter(QStringLiteral("PUT %1 ").arg(path)).size() > 0);

    const auto listed = transport->list(kPeer);
    REQUIRE_OK(listed);
    CHECK(*listed == QStringList{name});
    const auto none = transport->list(deviceId('c')); // never created: empty, not an error
    REQUIRE_OK(none);
    CHECK(none->isEmpty());

    REQUIRE_OK(transport->fetch(kPeer, name, f.file("in.vgb")));
    CHECK(readFile(f.file("in.vgb")) == bytes);

    // The same name again replaces the file (a bundle sent again).
    const QByteArray again = writeRandomFile(f.file("out.vgb"), 5000);
    REQUIRE_OK(transport->put(kPeer, name, f.file("out.vgb")));
    CHECK(readFile(f.mailbox(kPeer) + QLatin1Char('/') + name) == again);

    // A full local disk: no file, not even a partial one, and the mailbox keeps its copy.
    {
        FileSizeLimit limit(2000);
        CHECK_KIND(transport->fetch(kPeer, name, f.file("full.vgb")), ErrorKind::DiskFull);
    }
    CHECK_FALSE(QFileInfo::exists(f.file("full.vgb")));

    REQUIRE_OK(transport->remove(kPeer, name));
    CHECK(f.stored(kPeer).isEmpty());
    REQUIRE_OK(transport->remove(kPeer, name)); // already gone is fine
    CHECK_KIND(transport->fetch(kPeer, name, f.file("missing.vgb")), ErrorKind::NotFound);
    CHECK_FALSE(QFileInfo::exists(f.file("missing.vgb")));
    CHECK(QDir(f.tmp->path()).entryList(QDir::Files).size() == 2); // no temporary left
}

TEST_CASE("WebDavTransport: only finished mailbox files are listed", "[transport]")
{
    Fixture f;
    auto transport = f.transport();
    REQUIRE_OK(transport->prepare(kMe));
    const QString first = bundleName(kPeer, 1);
    const QString second = bundleName(kPeer, 2);
    const QString enrol = QStringLiteral("enrol-") + kPeer + QStringLiteral(".vge");
    REQUIRE(!writeRandomFile(f.file("b"), 100).isNull());
    REQUIRE_OK(transport->put(kMe, second, f.file("b")));
    REQUIRE_OK(transport->put(kMe, first, f.file("b")));
    REQUIRE_OK(transport->put(kMe, enrol, f.file("b")));
    // What else may lie on a server: a half upload, strays, a collection.
    for (const QString& stray : {bundleName(kPeer, 3) + QStringLiteral(".part"),
                                 QStringLiteral("notes.txt"), QStringLiteral("a b%2F.vgb")})
        REQUIRE(!writeRandomFile(f.mailbox(kMe) + QLatin1Char('/') + stray, 10).isNull());
    REQUIRE(QDir(f.mailbox(kMe)).mkdir(bundleName(kPeer, 4)));

    const auto listed = transport->list(kMe);
    REQUIRE_OK(listed);
    CHECK(*listed == (QStringList{first, second, enrol}));
}

TEST_CASE("WebDavTransport: settings and names are checked before anything is sent", "[transport]")
{
    Fixture f;
    SECTION("http, user info, query and a bad pin are refused")
    {
        for (const char* url :
             {"http://127.0.0.1/vigil/", "ftp://127.0.0.1/", "https:///vigil/",
              "https://user:pw@127.0.0.1/vigil/", "https://127.0.0.1/v?x=1", "not a url"}) {
            INFO(url);
            WebDavSettings s = f.settings();
            s.url = QUrl(QString::fromLatin1(url));
            CHECK_KIND(WebDavTransport::create(std::move(s)), ErrorKind::Usage);
        }
        WebDavSettings pin = f.settings();
        pin.pinSha256 = QByteArray(20, 'x');
        CHECK_KIND(WebDavTransport::create(std::move(pin)), ErrorKind::Usage);
        WebDavSettings colon = f.settings();
        colon.username = QStringLiteral("a:b");
        CHECK_KIND(WebDavTransport::create(std::move(colon)), ErrorKind::Usage);
    }
    SECTION("crafted names and ids")
    {
        auto transport = f.transport();
        REQUIRE(!writeRandomFile(f.file("out"), 10).isNull());
        for (const QString& name :
             {QStringLiteral("../x.vgb"), QStringLiteral("%2e%2e"), QStringLiteral("a/b.vgb"),
              bundleName(kMe, 1) + QStringLiteral(".part"), QStringLiteral("?.vgb"), QString()}) {
            INFO(name.toStdString());
            CHECK_KIND(transport->put(kPeer, name, f.file("out")), ErrorKind::Usage);
            CHECK_KIND(transport->fetch(kPeer, name, f.file("in")), ErrorKind::Usage);
            CHECK_KIND(transport->remove(kPeer, name), ErrorKind::Usage);
        }
        for (const QString& id :
             {QStringLiteral(".."), kPeer + QStringLiteral("/.."), kPeer.toUpper()}) {
            CHECK_KIND(transport->prepare(id), ErrorKind::Usage);
            CHECK_KIND(transport->list(id), ErrorKind::Usage);
        }
    }
    CHECK(f.server.requestLog().isEmpty());
}

TEST_CASE("WebDavTransport: a wrong password is WrongPassphrase", "[transport]")
{
    Fixture f;
    auto transport = f.transport(f.settings("not the password"));
    REQUIRE(!writeRandomFile(f.file("out"), 300'000).isNull());
    const auto prepared = transport->prepare(kMe);
    CHECK_KIND(prepared, ErrorKind::WrongPassphrase);
    REQUIRE_FALSE(prepared.ok());
    CHECK(prepared.error().message ==
          QStringLiteral("The server refused the user name or password."));
    CHECK_KIND(transport->list(kMe), ErrorKind::WrongPassphrase);
    CHECK_KIND(transport->put(kPeer, bundleName(kMe, 1), f.file("out")),
               ErrorKind::WrongPassphrase);
    CHECK_FALSE(QFileInfo::exists(f.server.storagePath()));
}

TEST_CASE("WebDavTransport: an untrusted certificate is Integrity and nothing is sent",
          "[transport]")
{
    Fixture f;
    WebDavSettings s = f.settings();
    s.extraCaCertificates.clear(); // the test authority is in no system store
    auto transport = f.transport(std::move(s));
    REQUIRE(!writeRandomFile(f.file("out"), 100'000).isNull());
    const auto put = transport->put(kPeer, bundleName(kMe, 1), f.file("out"));
    CHECK_KIND(put, ErrorKind::Integrity);
    CHECK_KIND(transport->list(kMe), ErrorKind::Integrity);
    CHECK(f.server.requestLog().isEmpty()); // no request got past the handshake
    CHECK_FALSE(QFileInfo::exists(f.server.storagePath()));
}

TEST_CASE("WebDavTransport: the certificate pin is checked", "[transport]")
{
    Fixture f;
    REQUIRE(f.server.publicKeyPin().size() == 32);
    SECTION("a matching pin works")
    {
        WebDavSettings s = f.settings();
        s.pinSha256 = f.server.publicKeyPin(); // computed by openssl, not by Qt
        auto transport = f.transport(std::move(s));
        REQUIRE_OK(transport->prepare(kMe));
        REQUIRE(!writeRandomFile(f.file("out"), 1000).isNull());
        REQUIRE_OK(transport->put(kMe, bundleName(kPeer, 1), f.file("out")));
        REQUIRE_OK(transport->list(kMe));
    }
    SECTION("another key's pin is Integrity and nothing is sent")
    {
        WebDavSettings s = f.settings();
        s.pinSha256 = f.server.publicKeyPin();
        s.pinSha256[0] = char(s.pinSha256[0] ^ 0x01);
        auto transport = f.transport(std::move(s));
        const auto prepared = transport->prepare(kMe);
        CHECK_KIND(prepared, ErrorKind::Integrity);
        CHECK(f.server.requestLog().isEmpty());
        CHECK_FALSE(QFileInfo::exists(f.server.storagePath()));
    }
}

TEST_CASE("WebDavTransport: server errors leave no file under its final name", "[transport]")
{
    Fixture f;
    auto transport = f.transport();
    REQUIRE_OK(transport->prepare(kMe));
    const QString name = bundleName(kMe, 1);
    REQUIRE(!writeRandomFile(f.file("out"), 2'000'000).isNull());

    SECTION("500 on every request is Io")
    {
        REQUIRE(f.server.failRequests(QStringLiteral("*"), 500));
        const auto put = transport->put(kMe, name, f.file("out"));
        CHECK_KIND(put, ErrorKind::Io);
        REQUIRE_FALSE(put.ok());
        CHECK(put.error().message.contains(QStringLiteral("500")));
        CHECK_KIND(transport->list(kMe), ErrorKind::Io);
        CHECK_KIND(transport->prepare(kMe), ErrorKind::Io);
    }
    SECTION("500 on the rename is Io and the part is removed")
    {
        REQUIRE(f.server.failRequests(QStringLiteral("MOVE"), 500));
        CHECK_KIND(transport->put(kMe, name, f.file("out")), ErrorKind::Io);
    }
    SECTION("507 on the upload is DiskFull")
    {
        REQUIRE(f.server.failRequests(QStringLiteral("PUT"), 507));
        const auto put = transport->put(kMe, name, f.file("out"));
        CHECK_KIND(put, ErrorKind::DiskFull);
        REQUIRE_FALSE(put.ok());
        CHECK(put.error().message.startsWith(QStringLiteral("The sync server is out of space.")));
    }
    CHECK(f.stored(kMe).isEmpty());
    f.server.clearFaults();
    REQUIRE_OK(transport->put(kMe, name, f.file("out"))); // and a retry works
    CHECK(f.stored(kMe) == QStringList{name});
}

TEST_CASE("WebDavTransport: a server stopped mid-upload leaves no file, and a retry succeeds",
          "[transport]")
{
    Fixture f;
    auto transport = f.transport();
    REQUIRE_OK(transport->prepare(kMe));
    const QString name = bundleName(kMe, 1);
    const QByteArray bytes = writeRandomFile(f.file("out"), 3'000'000);
    REQUIRE(bytes.size() == 3'000'000);

    f.server.setSlow(true); // the upload takes several seconds
    QObject context;
    QTimer::singleShot(1200, &context, [&f] { f.server.stop(); });
    QElapsedTimer clock;
    clock.start();
    const auto put = transport->put(kMe, name, f.file("out"));
    CHECK_KIND(put, ErrorKind::Io);
    CHECK(clock.elapsed() < 5000); // the stop ended it, not a timeout
    CHECK_FALSE(f.server.isRunning());
    CHECK_FALSE(QFileInfo::exists(f.mailbox(kMe) + QLatin1Char('/') + name));

    // While it is down: cannot be reached.
    const auto down = transport->list(kMe);
    CHECK_KIND(down, ErrorKind::Io);
    REQUIRE_FALSE(down.ok());
    CHECK(down.error().message.contains(QStringLiteral("cannot be reached")));

    f.server.setSlow(false);
    const bool restarted = f.server.start();
    INFO(f.server.lastError().toStdString());
    REQUIRE(restarted);
    REQUIRE_OK(transport->put(kMe, name, f.file("out")));
    const auto listed = transport->list(kMe);
    REQUIRE_OK(listed);
    CHECK(*listed == QStringList{name});
    CHECK(readFile(f.mailbox(kMe) + QLatin1Char('/') + name) == bytes);
}

TEST_CASE("WebDavTransport: a slow link completes; a silent server times out", "[transport]")
{
    Fixture f;
    WebDavSettings s = f.settings();
    s.inactivityTimeoutMs = 1000; // shorter than each transfer: only silence counts
    auto transport = f.transport(std::move(s));
    REQUIRE_OK(transport->prepare(kMe));
    const QString name = bundleName(kPeer, 1);
    const QByteArray bytes = writeRandomFile(f.file("out"), 1'200'000);

    f.server.setSlow(true);
    QElapsedTimer clock;
    clock.start();
    REQUIRE_OK(transport->put(kMe, name, f.file("out")));
    CHECK(clock.elapsed() > 1000);
    clock.restart();
    REQUIRE_OK(transport->fetch(kMe, name, f.file("in")));
    CHECK(clock.elapsed() > 1000);
    CHECK(readFile(f.file("in")) == bytes);
    f.server.setSlow(false);

    f.server.pause();
    clock.restart();
    const auto silent = transport->list(kMe);
    f.server.resume();
    CHECK_KIND(silent, ErrorKind::Io);
    CHECK(clock.elapsed() < 5000);
    REQUIRE_OK(transport->list(kMe));
}
