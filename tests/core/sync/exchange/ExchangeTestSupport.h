#pragma once

// Shared fixtures of the [exchange] tests: an organisation of real vaults
// (a coordinator and other devices, each linked to a person record, all
// holding the signed roster and an enrolled sync_org row), visits with
// teams, a perfect sync that bypasses bundles, and a reader that opens a
// bundle as its recipient would and decodes everything in it.
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/exchange/Coverage.h"
#include "core/sync/merge/Op.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"
#include "core/vault/Vault.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <utility>
#include <vector>

namespace vigil::test {

// One device of a test organisation: a real vault whose identity is in the roster.
struct OrgDevice
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Vault> vault;
    RosterEntry entry; // as the coordinator signed it

    const QString& id() const { return entry.deviceId; }
    const QString& personId() const { return entry.personId; }
    Database& db() { return vault->database(); }
    RecordContext& records() { return vault->records(); }
};

// devices[0] is the coordinator. Every vault holds the whole roster, its own
// sync_org row (state "enrolled"), the persons (one per device, "Person <i>",
// linked to the device by its roster entry and person.device_id) and a place.
struct TestOrg
{
    QString orgId;
    QString placeId;
    std::vector<std::unique_ptr<OrgDevice>> devices;

    OrgDevice& operator[](std::size_t i) { return *devices.at(i); }
    OrgDevice& coordinator() { return *devices.at(0); }
};

// `roles`: one per device, "coordinator", "lead" or "monitor"; the first
// must be "coordinator".
std::unique_ptr<TestOrg> makeOrg(const QStringList& roles);

// A visit to `placeId` written on `author`, on site, with its team: each
// device's person in a role of vocab::kPersonRoles ("lead", "monitor",
// "medical", ...), through VisitRepository::addMember.
using Team = std::vector<std::pair<const OrgDevice*, QString>>;
QString makeVisit(OrgDevice& author, const QString& placeId, const Team& team);
// Puts `member`'s person on the visit's team, written on `author`; returns
// the visit_member id.
QString addToTeam(OrgDevice& author, const QString& visitId, const OrgDevice& member,
                  const QString& role);
// A finding of the visit written on `author`.
QString addFinding(OrgDevice& author, const QString& visitId, const QString& title);

// Every op `from` holds, applied on `to` in one transaction: a perfect sync
// that bypasses bundles, to set up what each vault holds.
void copyOps(OrgDevice& from, OrgDevice& to);

// The entity ids of `db`'s change log whose ops satisfy `where` (SQL on change_op).
QStringList entityIds(Database& db, const char* where);

// A populated organisation: coordinator C, lead L, monitors M1 and M2.
// Visit 1 (written on L): team L (lead) and M1 (monitor), a finding, an
// interview with consent, an identity entry and a reprisal allegation
// (coordinator scope) and a medical observation (medical scope). Visit 2
// (written on M2): team M2 (lead) and a finding. C holds everything (its
// vault got every op of L and M2); L and M2 hold what they wrote plus the
// organisation records.
struct ExchangeScenario
{
    std::unique_ptr<TestOrg> org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead"),
                                            QStringLiteral("monitor"), QStringLiteral("monitor")});
    OrgDevice& coordinator = (*org)[0];
    OrgDevice& lead = (*org)[1];
    OrgDevice& monitor1 = (*org)[2];
    OrgDevice& monitor2 = (*org)[3];
    QString visit1, visit2, finding1, finding2, interview, identityEntry, reprisal, medical;

    ExchangeScenario();
};

// Everything a recipient finds in a bundle, decoded, in order.
struct ReadBundle
{
    struct Blob
    {
        QCborMap meta;
        QByteArray bytes;
    };
    BundleSummary summary;
    QStringList order; // item kinds as they came: roster, coverage, op, blob, ack
    QList<RosterEntry> roster;
    std::vector<CoverageRange> coverage;
    std::vector<Op> ops;
    std::vector<std::pair<QString, qint64>> ack;
    std::vector<Blob> blobs;
};

// Opens the bundle at `path` as `recipient` (its own id and box key, the
// senders looked up in its roster). Errors are the reader's or a malformed item.
Result<ReadBundle> readBundle(OrgDevice& recipient, const QString& path);

} // namespace vigil::test
