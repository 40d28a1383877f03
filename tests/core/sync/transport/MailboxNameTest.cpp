#include "core/sync/transport/MailboxName.h"

#include "tests/core/sync/transport/TransportTestSupport.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace vigil::test::mailbox;

TEST_CASE("MailboxName: the protocol's names pass, anything else does not", "[transport]")
{
    const QString id = deviceId('f');
    CHECK(MailboxName::isDeviceId(QStringLiteral("0123456789abcdef0123456789abcdef")));
    CHECK(MailboxName::isFileName(bundleName(id, 1)));
    CHECK(MailboxName::isFileName(id + QStringLiteral("-0000000012-1-18446744073709551615.vgb")));
    CHECK(MailboxName::isFileName(QStringLiteral("enrol-") + id + QStringLiteral(".vge")));

    for (const QString& bad :
         {QString(), id.toUpper(), id.left(31), id + QLatin1Char('0'), QStringLiteral(".."),
          id + QLatin1Char('\n'), QStringLiteral("%1/..").arg(id)}) {
        INFO(bad.toStdString());
        CHECK_FALSE(MailboxName::isDeviceId(bad));
        CHECK_KIND(MailboxName::checkDeviceId(bad), ErrorKind::Usage);
    }
    for (const QString& bad :
         {QString(), QStringLiteral(".."), bundleName(id, 1) + QStringLiteral(".part"),
          QStringLiteral("../") + bundleName(id, 1), QStringLiteral("x/") + bundleName(id, 1),
          bundleName(id, 1) + QLatin1Char('\n'), id + QStringLiteral("-12-1-2.vgb"),
          QStringLiteral("enrol-") + id + QStringLiteral(".vgb"), QStringLiteral("readme.txt"),
          bundleName(id, 1).toUpper(), QStringLiteral("enrol-%1.vge\\..").arg(id)}) {
        INFO(bad.toStdString());
        CHECK_FALSE(MailboxName::isFileName(bad));
        CHECK_KIND(MailboxName::checkFileName(bad), ErrorKind::Usage);
    }
    CHECK(MailboxName::folderOf(id) == QStringLiteral("to-") + id);
    CHECK(MailboxName::partOf(QStringLiteral("x.vgb")) == QStringLiteral("x.vgb.part"));
}
