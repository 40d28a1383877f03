// Screenshots of the organisation screens, left to right and right to left:
// the join dialog (the invitation, then the request made), the devices page
// of a coordinator (a request waiting, a device enrolled) and of a member
// waiting for approval, and the conflicts page with two crossed edits.
// Runs only when VIGIL_SCREENSHOT_DIR names a folder:
//   VIGIL_SCREENSHOT_DIR=/tmp/shots vigil_ui_tests "[screenshot]"
#include "core/model/Person.h"
#include "core/repo/PersonRepository.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/sync/OrgUiFixture.h"
#include "ui/sync/ConflictView.h"
#include "ui/sync/ConflictsPage.h"
#include "ui/sync/CoordinatorPanel.h"
#include "ui/sync/DevicesPage.h"
#include "ui/sync/EnrolmentModel.h"
#include "ui/sync/JoinOrganisationDialog.h"
#include "ui/sync/ListTable.h"

#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace vigil::test::org;

namespace {

constexpr QSize kPage(1100, 760);

void save(QWidget& widget, const QString& dir, const QString& name)
{
    QTest::qWait(60);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    REQUIRE(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// What the screens show, in the language of the shot.
struct Words
{
    const char* org;
    const char* amina;
    const char* aminaDevice;
    const char* youssef;
    const char* youssefDevice;
    const char* finding;
    const char* factsOne;
    const char* factsTwo;
};

constexpr Words kEnglish{"National Preventive Mechanism",
                         "Amina Haddad",
                         "Amina's laptop",
                         "Youssef Benali",
                         "Youssef's laptop",
                         "Use of restraints",
                         "Restraints seen in cells 4 and 5; the officer on duty said they are "
                         "used at night only.",
                         "Restraints seen in cell 4, used for several hours according to two "
                         "detainees interviewed separately."};
constexpr Words kArabic{"الآلية الوطنية للوقاية",
                        "أمينة حداد",
                        "حاسوب أمينة",
                        "يوسف بن علي",
                        "حاسوب يوسف",
                        "استخدام القيود",
                        "شوهدت القيود في الزنزانتين ٤ و٥؛ وقال الضابط المناوب إنها لا تستخدم إلا "
                        "ليلاً.",
                        "شوهدت القيود في الزنزانة ٤، واستخدمت لعدة ساعات بحسب محتجزَين تمت "
                        "مقابلتهما كل على حدة."};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

void shoot(const QString& out, const QString& suffix, const Words& w)
{
    CoordinatorVault coordinator(w.org);
    Person amina;
    amina.name = text(w.amina);
    const QString aminaId = mustHave(PersonRepository(coordinator.records()).create(amina));
    Person youssef;
    youssef.name = text(w.youssef);
    const QString youssefId = mustHave(PersonRepository(coordinator.records()).create(youssef));

    // The join dialog, on Amina's laptop.
    DeviceVault member;
    QString request;
    {
        JoinOrganisationDialog dialog(member.ctx);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        REQUIRE(dialog.openInvitation(coordinator.invite("amina.vgi", w.amina, aminaId)));
        dialog.deviceNameEdit()->setText(text(w.aminaDevice));
        dialog.adjustSize();
        save(dialog, out, QStringLiteral("sync-join") + suffix);
        REQUIRE(dialog.join());
        dialog.adjustSize();
        save(dialog, out, QStringLiteral("sync-join-done") + suffix);
        request = dialog.requestPath();
    }
    {
        DevicesPage page(member.ctx);
        page.resize(kPage);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        save(page, out, QStringLiteral("sync-devices-member") + suffix);
    }

    // The coordinator: Amina's laptop approved, Youssef's waiting.
    mustHave(Organisation(*coordinator.vault).receiveEnrolment([&] {
        QFile file(request);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }()));
    mustHave(Organisation(*coordinator.vault).approve(member.id()));
    DeviceVault second;
    const QByteArray secondRequest =
        mustHave(Organisation(*second.vault)
                     .join(
                         [&] {
                             QFile file(coordinator.invite("youssef.vgi", w.youssef, youssefId));
                             REQUIRE(file.open(QIODevice::ReadOnly));
                             return file.readAll();
                         }(),
                         text(w.youssefDevice)));
    mustHave(Organisation(*coordinator.vault).receiveEnrolment(secondRequest));
    {
        DevicesPage page(coordinator.ctx);
        page.resize(kPage);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        selectListRow(page.coordinator()->requestsView(), 0);
        save(page, out, QStringLiteral("sync-devices") + suffix);
        // The confirmation that shows the digits, then cancelled.
        QTimer::singleShot(0, qApp, [&out, &suffix] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box);
            save(*box, out, QStringLiteral("sync-approve") + suffix);
            box->button(QMessageBox::Cancel)->click();
        });
        click(page.coordinator()->approveButton());
        REQUIRE(page.coordinator()->requests()->rowCount() == 1);
    }

    // Crossed edits of a finding's facts.
    const QString finding =
        coordinator.addFinding(coordinator.addPlace(QStringLiteral("Harbour Prison")),
                               text(w.finding), QStringLiteral("Restraints seen."));
    exchange(coordinator, member);
    coordinator.writeFacts(finding, text(w.factsOne));
    member.writeFacts(finding, text(w.factsTwo));
    exchange(coordinator, member);
    {
        ConflictsPage page(coordinator.ctx);
        page.resize(kPage);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.openCount() == 1);
        save(page, out, QStringLiteral("sync-conflicts") + suffix);
        page.view()->startMerge();
        save(page, out, QStringLiteral("sync-conflicts-merge") + suffix);
    }
}

} // namespace

TEST_CASE("Screenshots of joining, devices and conflicts", "[screenshot][orgui]")
{
    const QString out = qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
    if (out.isEmpty())
        SKIP("VIGIL_SCREENSHOT_DIR is not set");
    REQUIRE(QDir().mkpath(out));

    shoot(out, QString(), kEnglish);
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    shoot(out, QStringLiteral("-rtl"), kArabic);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}
