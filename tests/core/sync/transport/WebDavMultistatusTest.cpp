#include "core/sync/transport/WebDavMultistatus.h"

#include "tests/core/sync/transport/TransportTestSupport.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace vigil::test::mailbox;

namespace {

QByteArray response(const char* href, bool collection)
{
    return QByteArrayLiteral("<D:response><D:href>") + href +
           QByteArrayLiteral("</D:href><D:propstat><D:prop><D:resourcetype>") +
           (collection ? QByteArrayLiteral("<D:collection/>") : QByteArray()) +
           QByteArrayLiteral("</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status>"
                             "</D:propstat></D:response>");
}

QByteArray multistatus(const QByteArray& responses)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<D:multistatus xmlns:D=\"DAV:\">") +
           responses + QByteArrayLiteral("</D:multistatus>");
}

} // namespace

TEST_CASE("WebDavMultistatus: member names are decoded, collections skipped", "[transport]")
{
    const QByteArray xml = multistatus(
        response("/dav/to-x/", true) + response("/dav/to-x/a%20b.vgb", false) +
        response("https://cloud.example.org/remote.php/dav/files/u/to-x/enrol-1.vge", false) +
        response("/dav/to-x/sub/", true) + response("/dav/to-x/x%2F..%2Fy.vgb", false) +
        response("/dav/to-x/caf%C3%A9", false));
    const auto names = WebDavMultistatus::memberNames(xml);
    REQUIRE_OK(names);
    CHECK(*names == (QStringList{QStringLiteral("a b.vgb"), QStringLiteral("enrol-1.vge"),
                                 QStringLiteral("x/../y.vgb"), QStringLiteral("café")}));
}

TEST_CASE("WebDavMultistatus: other prefixes and Nextcloud's lower case namespace", "[transport]")
{
    const QByteArray xml =
        "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\" "
        "xmlns:oc=\"http://owncloud.org/ns\">"
        "<d:response><d:href>/remote.php/dav/files/u/vigil/to-x/</d:href><d:propstat><d:prop>"
        "<d:resourcetype><d:collection/></d:resourcetype></d:prop></d:propstat></d:response>"
        "<d:response><d:href>/remote.php/dav/files/u/vigil/to-x/f.vgb</d:href><d:propstat>"
        "<d:prop><d:resourcetype/><oc:href>/not/this.vgb</oc:href></d:prop></d:propstat>"
        "</d:response></d:multistatus>";
    const auto names = WebDavMultistatus::memberNames(xml);
    REQUIRE_OK(names);
    CHECK(*names == QStringList{QStringLiteral("f.vgb")});
}

TEST_CASE("WebDavMultistatus: a malformed reply is an error", "[transport]")
{
    for (const QByteArray& bad :
         {QByteArray(), QByteArrayLiteral("<html><body>Login</body></html>"),
          multistatus(response("/a.vgb", false)).chopped(5),
          QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY e \"x\">]>"
                            "<D:multistatus xmlns:D=\"DAV:\"/>"),
          QByteArrayLiteral(
              "<multistatus><response><href>/a.vgb</href></response></multistatus>")}) {
        INFO(bad.toStdString());
        CHECK_KIND(WebDavMultistatus::memberNames(bad), ErrorKind::Io);
    }
}
