#include "tests/core/sync/SyncTeam.h"

#include "core/model/Person.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PersonRepository.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

namespace vigil::test {

namespace {

std::unique_ptr<OrgDevice> newVault(const QString& name)
{
    auto device = std::make_unique<OrgDevice>();
    device->dir = tempDir();
    auto created =
        Vault::create(device->dir->filePath(QStringLiteral("vault")), secret("pass"), fastKdf());
    REQUIRE(created.ok());
    device->vault = std::move(created->vault);
    auto identity = DeviceIdentity::ensure(device->db());
    REQUIRE(identity.ok());
    device->entry.deviceId = identity->id();
    device->entry.name = name;
    return device;
}

void refreshEntry(OrgDevice& device, OrgDevice& coordinator)
{
    auto entry = Roster(coordinator.db()).find(device.id());
    REQUIRE(entry.ok());
    REQUIRE(entry->has_value());
    device.entry = **entry;
}

} // namespace

qint64 countRows(Database& db, const char* sql)
{
    auto n = db.scalarInt(sql);
    REQUIRE(n.ok());
    return *n;
}

SyncTeam::SyncTeam(TransportMaker makeTransport) : m_makeTransport(std::move(makeTransport))
{
    devices.push_back(newVault(QStringLiteral("Secretariat")));
    devices.push_back(newVault(QStringLiteral("Lead's laptop")));
    devices.push_back(newVault(QStringLiteral("Monitor one's laptop")));
    devices.push_back(newVault(QStringLiteral("Monitor two's laptop")));
    enrol();
}

void SyncTeam::enrol()
{
    Organisation coordinatorOrg(*coordinator().vault);
    REQUIRE(coordinatorOrg.create(QStringLiteral("National Preventive Mechanism"),
                                  QStringLiteral("Secretariat"))
                .ok());
    refreshEntry(coordinator(), coordinator());

    auto place = coordinator().records().insertOne(
        catalog::kPlace, {{"name", QStringLiteral("North Ridge Remand Centre")},
                          {"type", QStringLiteral("remand_centre")},
                          {"operator", QStringLiteral("public")}});
    REQUIRE(place.ok());
    placeId = *place;

    const QStringList roles = {QStringLiteral("lead"), QStringLiteral("monitor"),
                               QStringLiteral("monitor")};
    for (int i = 1; i < int(devices.size()); ++i) {
        OrgDevice& device = *devices[std::size_t(i)];
        Person person;
        person.name = QStringLiteral("Person %1").arg(i);
        person.role = roles.at(i - 1);
        auto personId = PersonRepository(coordinator().records()).create(person);
        REQUIRE(personId.ok());
        Organisation::InvitationRequest request;
        request.role = roles.at(i - 1);
        request.personId = *personId;
        request.label = person.name;
        auto invitation = coordinatorOrg.invite(request);
        REQUIRE(invitation.ok());
        auto enrolment = Organisation(*device.vault).join(*invitation, device.entry.name);
        REQUIRE(enrolment.ok());
        const QString path = SyncSession::enrolmentRequestPath(device.vault->path(), device.id());
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(*enrolment);
        file.close();
        // The request travels through the mailbox.
        auto sent = sync(device);
        if (!sent)
            FAIL(sent.error().message.toStdString() + " / " + sent.error().detail.toStdString());
        CHECK(sent->enrolmentRequestSent);
    }
    auto received = sync(coordinator());
    REQUIRE(received.ok());
    REQUIRE(received->enrolmentRequests.size() == 3);
    for (int i = 1; i < int(devices.size()); ++i) {
        auto approved = coordinatorOrg.approve(devices[std::size_t(i)]->id());
        REQUIRE(approved.ok());
        refreshEntry(*devices[std::size_t(i)], coordinator());
    }
    syncAll(1);
    for (auto& device : devices) {
        auto state = Organisation::state(*device->vault);
        REQUIRE(state.ok());
        REQUIRE(state->has_value());
        CHECK((*state)->state == QStringLiteral("enrolled"));
    }
}

Result<SyncOutcome> SyncTeam::sync(OrgDevice& device)
{
    std::unique_ptr<Transport> transport = m_makeTransport();
    SyncSession session(device.records(), device.vault->path(), *transport);
    auto outcome = session.run();
    if (!outcome)
        return outcome;
    if (&device == devices.front().get()) {
        Organisation org(*device.vault);
        for (const QString& path : std::as_const(outcome->enrolmentRequests)) {
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            auto pending = org.receiveEnrolment(file.readAll());
            REQUIRE(pending.ok());
            file.close();
            QFile::remove(path);
        }
    }
    return outcome;
}

void SyncTeam::syncAll(int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        for (auto& device : devices) {
            auto outcome = sync(*device);
            INFO(device->entry.name.toStdString());
            if (!outcome)
                FAIL(outcome.error().message.toStdString() + " / "
                     + outcome.error().detail.toStdString());
            for (const ImportReport& r : outcome->received) {
                INFO(r.fileName.toStdString() + ": " + r.message.toStdString());
                CHECK(r.outcome != ImportReport::Outcome::Quarantined);
            }
        }
    }
}

} // namespace vigil::test
