#include "tests/core/sync/exchange/ExchangeTestSupport.h"

#include "core/model/Allegation.h"
#include "core/model/IdentityEntry.h"
#include "core/model/Interview.h"
#include "core/model/Person.h"
#include "core/repo/AllegationRepository.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/PersonRepository.h"
#include "core/repo/VisitRepository.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/bundle/BundleSink.h"
#include "core/sync/exchange/OpItem.h"
#include "core/sync/org/Roster.h"
#include "tests/core/sync/merge/MergeTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QCborArray>
#include <catch2/catch_test_macros.hpp>

namespace vigil::test {

namespace {

#define EXCHANGE_REQUIRE_OK(expr)                                                                  \
    do {                                                                                           \
        const auto& exchangeOk_ = (expr);                                                          \
        if (!exchangeOk_.ok())                                                                     \
            FAIL(exchangeOk_.error().detail.toStdString()                                          \
                 << " / " << exchangeOk_.error().message.toStdString());                           \
    } while (false)

std::unique_ptr<OrgDevice> newDevice(const QString& role, int index)
{
    auto device = std::make_unique<OrgDevice>();
    device->dir = tempDir();
    auto created =
        Vault::create(device->dir->filePath(QStringLiteral("vault")), secret("pass"), fastKdf());
    EXCHANGE_REQUIRE_OK(created);
    device->vault = std::move(created->vault);
    auto identity = DeviceIdentity::ensure(device->db());
    EXCHANGE_REQUIRE_OK(identity);
    RosterEntry& e = device->entry;
    e.deviceId = identity->id();
    e.name = QStringLiteral("Device %1").arg(index);
    e.role = role;
    e.signPublic = identity->signPublicKey();
    e.boxPublic = identity->boxPublicKey();
    e.revision = 1;
    return device;
}

void joinOrg(OrgDevice& device, const QString& orgId)
{
    auto insert = device.db().prepare("INSERT INTO sync_org(id, org_id, name, role, state, "
                                      "joined_at) VALUES (1, ?, 'Test NPM', ?, 'enrolled', 1)");
    EXCHANGE_REQUIRE_OK(insert);
    insert->bind(1, orgId).bind(2, device.entry.role);
    EXCHANGE_REQUIRE_OK(insert->run());
}

// What BundleReader delivers, decoded; blobs kept whole (tests use small ones).
class CollectingSink : public BundleSink
{
public:
    ReadBundle& out;
    explicit CollectingSink(ReadBundle& target) : out(target) {}

    Status item(BundleItemKind kind, const QCborValue& body) override
    {
        switch (kind) {
        case BundleItemKind::Op: {
            auto op = OpItem::decode(body.toMap());
            if (!op)
                return op.error();
            out.ops.push_back(*op);
            out.order.append(QStringLiteral("op"));
            return {};
        }
        case BundleItemKind::Roster: {
            auto entry = Roster::fromItem(body.toMap());
            if (!entry)
                return entry.error();
            out.roster.append(*entry);
            out.order.append(QStringLiteral("roster"));
            return {};
        }
        case BundleItemKind::Config: {
            auto ranges = CoverageItem::decode(body.toMap());
            if (!ranges)
                return ranges.error();
            out.coverage.insert(out.coverage.end(), ranges->begin(), ranges->end());
            out.order.append(QStringLiteral("coverage"));
            return {};
        }
        case BundleItemKind::Ack:
            for (const QCborValue& entry : body.toArray()) {
                const QCborArray pair = entry.toArray();
                out.ack.emplace_back(DeviceIdCodec::fromBytes(pair.at(0).toByteArray()),
                                     pair.at(1).toInteger());
            }
            out.order.append(QStringLiteral("ack"));
            return {};
        default:
            return Error::make(ErrorKind::Integrity, QStringLiteral("unexpected item kind"));
        }
    }
    Status blobBegin(const QCborMap& meta, qint64) override
    {
        out.blobs.push_back(ReadBundle::Blob{meta, {}});
        out.order.append(QStringLiteral("blob"));
        return {};
    }
    Status blobData(QByteArrayView bytes) override
    {
        out.blobs.back().bytes.append(bytes.data(), bytes.size());
        return {};
    }
    Status blobEnd() override { return {}; }
};

} // namespace

std::unique_ptr<TestOrg> makeOrg(const QStringList& roles)
{
    REQUIRE(!roles.isEmpty());
    REQUIRE(roles.first() == QStringLiteral("coordinator"));
    auto org = std::make_unique<TestOrg>();
    org->orgId = QStringLiteral("0123456789abcdef0123456789abcdef");
    for (int i = 0; i < roles.size(); ++i)
        org->devices.push_back(newDevice(roles.at(i), i));

    OrgDevice& coordinator = org->coordinator();
    auto place = coordinator.records().insertOne(
        catalog::kPlace, {{"name", QStringLiteral("North Ridge Remand Centre")},
                          {"type", QStringLiteral("remand_centre")},
                          {"operator", QStringLiteral("public")}});
    EXCHANGE_REQUIRE_OK(place);
    org->placeId = *place;

    PersonRepository persons(coordinator.records());
    auto signKey = DeviceIdentity::signSecretKey(coordinator.db());
    EXCHANGE_REQUIRE_OK(signKey);
    for (std::size_t i = 0; i < org->devices.size(); ++i) {
        OrgDevice& device = *org->devices[i];
        Person person;
        person.name = QStringLiteral("Person %1").arg(i);
        person.role = device.entry.role;
        person.deviceId = device.id();
        auto personId = persons.create(person);
        EXCHANGE_REQUIRE_OK(personId);
        device.entry.personId = *personId;
    }
    {
        auto tx = coordinator.db().beginWrite();
        EXCHANGE_REQUIRE_OK(tx);
        Roster roster(coordinator.db());
        for (const auto& device : org->devices)
            EXCHANGE_REQUIRE_OK(roster.signAndStore(device->entry, coordinator.id(), *signKey));
        EXCHANGE_REQUIRE_OK(tx->commit());
    }
    auto signedEntries = Roster(coordinator.db()).entries();
    EXCHANGE_REQUIRE_OK(signedEntries);
    for (auto& device : org->devices) {
        for (const RosterEntry& entry : *signedEntries) {
            if (entry.deviceId == device->id())
                device->entry = entry;
        }
        if (device.get() != &coordinator) {
            auto tx = device->db().beginWrite();
            EXCHANGE_REQUIRE_OK(tx);
            for (const RosterEntry& entry : *signedEntries)
                EXCHANGE_REQUIRE_OK(Roster(device->db()).storeVerified(entry));
            EXCHANGE_REQUIRE_OK(tx->commit());
            copyOps(coordinator, *device);
        }
        joinOrg(*device, org->orgId);
    }
    return org;
}

QString makeVisit(OrgDevice& author, const QString& placeId, const Team& team)
{
    auto visit =
        author.records().insertOne(catalog::kVisit, {{"place_id", placeId},
                                                     {"type", QStringLiteral("in_depth")},
                                                     {"unannounced", true},
                                                     {"state", QStringLiteral("on_site")}});
    EXCHANGE_REQUIRE_OK(visit);
    for (const auto& [member, role] : team)
        addToTeam(author, *visit, *member, role);
    return *visit;
}

QString addToTeam(OrgDevice& author, const QString& visitId, const OrgDevice& member,
                  const QString& role)
{
    auto id = VisitRepository(author.records()).addMember(visitId, member.personId(), role);
    EXCHANGE_REQUIRE_OK(id);
    return *id;
}

QString addFinding(OrgDevice& author, const QString& visitId, const QString& title)
{
    auto id = author.records().insertOne(catalog::kFinding,
                                         {{"visit_id", visitId},
                                          {"category", QStringLiteral("material_conditions")},
                                          {"title", title},
                                          {"facts", QStringLiteral("Cells hold twice their "
                                                                   "capacity.")},
                                          {"severity", QStringLiteral("high")}});
    EXCHANGE_REQUIRE_OK(id);
    return *id;
}

void copyOps(OrgDevice& from, OrgDevice& to)
{
    const std::vector<Op> ops = allOps(from.db());
    EXCHANGE_REQUIRE_OK(deliver(to.records(), ops));
}

ExchangeScenario::ExchangeScenario()
{
    visit1 = makeVisit(lead, org->placeId,
                       {{&lead, QStringLiteral("lead")}, {&monitor1, QStringLiteral("monitor")}});
    finding1 = addFinding(lead, visit1, QStringLiteral("Cells overcrowded"));
    Interview sample;
    sample.visitId = visit1;
    sample.kind = QStringLiteral("individual_private");
    sample.withoutWitnesses = true;
    sample.reprisalRisk = QStringLiteral("high");
    sample.chosenBy = QStringLiteral("team");
    InterviewRepository interviews(lead.records());
    auto created = interviews.create(sample);
    EXCHANGE_REQUIRE_OK(created);
    interview = *created;
    EXCHANGE_REQUIRE_OK(interviews.recordConsent(
        interview, {QStringLiteral("aggregate_only"), QStringLiteral("use_name")}));
    IdentityFields fields;
    const QByteArray name = QByteArrayLiteral("Karim Haddad");
    fields.realName = SecretBuffer::copyOf(name.constData(), std::size_t(name.size()));
    auto entry = IdentityRepository(*lead.vault).add(interview, fields);
    EXCHANGE_REQUIRE_OK(entry);
    identityEntry = *entry;
    ReprisalAllegation r;
    r.visitId = visit1;
    r.pseudonym = interviews.get(interview)->pseudonym;
    r.what = QStringLiteral("Moved to segregation the day after the visit.");
    auto filed = AllegationRepository(lead.records()).createReprisal(r);
    EXCHANGE_REQUIRE_OK(filed);
    reprisal = *filed;
    auto observation =
        lead.records().insertOne(catalog::kObservation,
                                 {{"visit_id", visit1},
                                  {"kind", QStringLiteral("observation")},
                                  {"title", QStringLiteral("Injuries seen by the doctor")}},
                                 "medical");
    EXCHANGE_REQUIRE_OK(observation);
    medical = *observation;

    visit2 = makeVisit(monitor2, org->placeId, {{&monitor2, QStringLiteral("lead")}});
    finding2 = addFinding(monitor2, visit2, QStringLiteral("No access to the yard"));

    copyOps(lead, coordinator);
    copyOps(monitor2, coordinator);
}

QStringList entityIds(Database& db, const char* where)
{
    const QByteArray sql = QByteArray("SELECT DISTINCT entity_id FROM change_op WHERE ") + where;
    auto stmt = db.prepare(sql.constData());
    EXCHANGE_REQUIRE_OK(stmt);
    QStringList ids;
    while (*stmt->step())
        ids.append(stmt->columnText(0));
    return ids;
}

Result<ReadBundle> readBundle(OrgDevice& recipient, const QString& path)
{
    auto boxSecret = DeviceIdentity::boxSecretKey(recipient.db());
    if (!boxSecret)
        return boxSecret.error();
    Database& db = recipient.db();
    SenderLookup senders = [&db](const BundleHeader& header) -> std::optional<SenderKeys> {
        auto entry = Roster(db).find(header.senderId);
        if (!entry || !*entry)
            return std::nullopt;
        const RosterEntry& e = **entry;
        return SenderKeys{e.signPublic, e.revokedAt && header.createdMs >= *e.revokedAt};
    };
    BundleReader reader(recipient.id(), recipient.entry.boxPublic, *boxSecret, senders);
    ReadBundle bundle;
    CollectingSink sink(bundle);
    auto summary = reader.read(path, sink);
    if (!summary)
        return summary.error();
    bundle.summary = *summary;
    return bundle;
}

} // namespace vigil::test
