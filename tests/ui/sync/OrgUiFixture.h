#pragma once

// Shared by the [orgui] tests: real vaults for the organisation and conflict
// screens — a coordinator that creates an organisation and writes
// invitation files, members that join it, ops exchanged between vaults as a
// sync would merge them, and the answers a user gives to confirmation boxes.

#include "core/model/Finding.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/merge/MergeEngine.h"
#include "core/sync/merge/OpLog.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/org/Roster.h"
#include "tests/support/VaultFixture.h"
#include "ui/UiContext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>
#include <limits>
#include <memory>

namespace vigil::test::org {

template <typename T> T mustHave(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().message.toStdString() + " [" + result.error().detail.toStdString() +
             "]");
    return std::move(result).value();
}

inline void mustDo(const Status& status)
{
    if (!status.ok())
        FAIL(status.error().message.toStdString() + " [" + status.error().detail.toStdString() +
             "]");
}

// One device's vault with the context its screens share.
struct DeviceVault : VaultFixture
{
    UiContext ctx{*vault};

    DeviceIdentity identity() { return mustHave(DeviceIdentity::ensure(db())); }
    QString id() { return identity().id(); }
    QString fingerprint() { return DeviceIdentity::fingerprint(identity().signPublicKey()); }
    std::optional<OrgState> org() { return mustHave(Organisation::state(*vault)); }
    std::optional<RosterEntry> entry(const QString& deviceId)
    {
        return mustHave(Roster(db()).find(deviceId));
    }
    QString tempFile(const char* name) const { return dir->filePath(QString::fromUtf8(name)); }

    QString addPlace(const QString& name)
    {
        Place p;
        p.name = name;
        p.type = QStringLiteral("prison");
        return mustHave(PlaceRepository(records()).create(p));
    }
    QString addFinding(const QString& placeId, const QString& title, const QString& facts)
    {
        Visit v;
        v.placeId = placeId;
        v.plannedStart = 1'704'067'200'000LL;
        const QString visit = mustHave(VisitRepository(records()).create(v));
        Finding f;
        f.visitId = visit;
        f.category = QStringLiteral("treatment");
        f.title = title;
        f.facts = facts;
        return mustHave(FindingRepository(records()).create(f));
    }
    void writeFacts(const QString& findingId, const QString& facts)
    {
        FindingRepository repo(records());
        Finding f = mustHave(repo.get(findingId));
        f.facts = facts;
        mustDo(repo.update(f));
    }
};

// A coordinator's vault: creates the organisation and issues invitations.
struct CoordinatorVault : DeviceVault
{
    explicit CoordinatorVault(const char* orgName = "National Preventive Mechanism")
    {
        mustDo(Organisation(*vault).create(QString::fromUtf8(orgName),
                                           QStringLiteral("Secretariat desktop")));
    }

    // An invitation file for a monitor, written next to the vault;
    // `issuedAt` (Unix ms) back-dates it.
    QString invite(const char* fileName, const char* label = "Amina Haddad",
                   const QString& personId = {}, qint64 issuedAt = 0)
    {
        Organisation::InvitationRequest request;
        request.role = QStringLiteral("monitor");
        request.label = QString::fromUtf8(label);
        request.personId = personId;
        Organisation org =
            issuedAt ? Organisation(*vault, [issuedAt] { return issuedAt; }) : Organisation(*vault);
        const QByteArray bytes = mustHave(org.invite(request));
        const QString path = tempFile(fileName);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        return path;
    }
};

// Every op of `from`'s change log, merged into `to` in one transaction, as
// a bundle import would.
inline void deliverAll(DeviceVault& from, DeviceVault& to)
{
    auto devices = from.db().prepare("SELECT DISTINCT device_id FROM change_op");
    REQUIRE(devices.ok());
    std::vector<Op> ops;
    while (*devices->step()) {
        auto some =
            OpLog::read(from.db(), devices->columnText(0), 1, std::numeric_limits<qint64>::max());
        REQUIRE(some.ok());
        ops.insert(ops.end(), some->begin(), some->end());
    }
    auto tx = to.records().beginWrite();
    REQUIRE(tx.ok());
    mustHave(MergeEngine::apply(*tx, ops));
    mustDo(tx->commit());
}

inline void exchange(DeviceVault& a, DeviceVault& b)
{
    deliverAll(a, b);
    deliverAll(b, a);
}

// Answers the next message box (on the event loop, while it runs modally)
// with its accept button, or with Cancel; its texts are kept in `*shown`.
inline void answerNextBox(bool accept, QString* shown = nullptr)
{
    QTimer::singleShot(0, qApp, [accept, shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        if (shown)
            *shown = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            const bool isAccept = box->buttonRole(button) == QMessageBox::AcceptRole;
            if (isAccept == accept) {
                button->click();
                return;
            }
        }
        FAIL("the message box has no such button");
    });
}

} // namespace vigil::test::org
