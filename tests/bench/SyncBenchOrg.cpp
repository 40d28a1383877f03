#include "tests/bench/SyncBenchOrg.h"

#include "core/attachments/AttachmentStore.h"
#include "core/crypto/KdfParams.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/Roster.h"
#include "tests/bench/BenchSupport.h"

#include <QBuffer>
#include <QDir>
#include <algorithm>
#include <sodium.h>

namespace vigil::bench {

namespace {

// What monitors write about a place of detention, recombined per finding.
const char* const kSentences[] = {
    "Cells designed for two people held four detainees, two of them sleeping on mattresses "
    "on the floor.",
    "Ventilation was poor and the temperature in the upper wing exceeded 31 degrees in the "
    "afternoon.",
    "Detainees said they were allowed out of their cells for one hour a day, sometimes less at "
    "weekends.",
    "The register of disciplinary measures did not record the duration of solitary "
    "confinement.",
    "Several detainees reported that requests to see the doctor went unanswered for days.",
    "Staff confirmed that interpreters were not available during the admission procedure.",
    "Toilets in the collective cells were not partitioned, leaving no privacy.",
    "The team observed that food was served cold and that portions did not vary with needs.",
    "Family visits take place in a room with a glass partition and no physical contact.",
    "Women detainees are supervised at night by male staff only, contrary to the standards.",
    "The exercise yard is a concrete space of about forty square metres with no shelter.",
    "Complaints boxes were emptied by the wing officers rather than by the administration.",
};
constexpr int kSentenceCount = int(sizeof kSentences / sizeof kSentences[0]);

QString prose(int seed, int sentences)
{
    QString text;
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            text += u' ';
        text += QString::fromUtf8(kSentences[(seed * 7 + i * 5) % kSentenceCount]);
    }
    return text;
}

std::unique_ptr<BenchDevice> newDevice(const QString& dir, const char* role, int index)
{
    const char passphrase[] = "sync benchmark passphrase";
    auto created = take(Vault::create(dir, SecretBuffer::copyOf(passphrase, sizeof passphrase - 1),
                                      KdfParams::fastInsecure()),
                        "create a vault");
    auto device = std::make_unique<BenchDevice>();
    device->vault = std::move(created.vault);
    const auto identity = take(DeviceIdentity::ensure(device->db()), "device identity");
    RosterEntry& e = device->entry;
    e.deviceId = identity.id();
    e.name = QStringLiteral("Device %1").arg(index);
    e.role = QString::fromLatin1(role);
    e.signPublic = identity.signPublicKey();
    e.boxPublic = identity.boxPublicKey();
    e.revision = 1;
    if (!QDir().mkpath(device->inbox()))
        fail(Error::make(ErrorKind::Io, QStringLiteral("mkpath")), "create an inbox");
    return device;
}

} // namespace

void fail(const Error& error, const char* what)
{
    std::fprintf(stderr, "benchmark failed to %s: %s / %s\n", what, qPrintable(error.detail),
                 qPrintable(error.message));
    std::exit(1);
}

std::unique_ptr<BenchOrg> makeBenchOrg(int coordinators)
{
    auto org = std::make_unique<BenchOrg>();
    for (int i = 0; i <= coordinators; ++i)
        org->devices.push_back(newDevice(org->dir->filePath(QStringLiteral("vault-%1").arg(i)),
                                         i == 0 ? "monitor" : "coordinator", i));
    // The first coordinator signs the roster; every vault stores it.
    BenchDevice& signer = org->coordinator(0);
    const SecretBuffer signKey = take(DeviceIdentity::signSecretKey(signer.db()), "signing key");
    {
        auto tx = take(signer.db().beginWrite(), "begin");
        for (const auto& device : org->devices)
            check(Roster(signer.db()).signAndStore(device->entry, signer.entry.deviceId, signKey),
                  "sign the roster");
        check(tx.commit(), "commit the roster");
    }
    const auto entries = take(Roster(signer.db()).entries(), "read the roster");
    for (auto& device : org->devices) {
        auto tx = take(device->db().beginWrite(), "begin");
        for (const RosterEntry& entry : entries) {
            if (entry.deviceId == device->entry.deviceId)
                device->entry = entry;
            if (device.get() != &signer)
                check(Roster(device->db()).storeVerified(entry), "store the roster");
        }
        auto joined = take(device->db().prepare("INSERT INTO sync_org(id, org_id, name, role, "
                                                "state, joined_at) VALUES (1, "
                                                "'0123456789abcdef0123456789abcdef', "
                                                "'Benchmark NPM', ?, 'enrolled', 1)"),
                           "prepare sync_org");
        joined.bind(1, device->entry.role);
        check(joined.run(), "join the organisation");
        check(tx.commit(), "commit the membership");
    }
    return org;
}

double fill(BenchDevice& device, const DataSet& data)
{
    RecordContext& records = device.vault->records();
    const QString place =
        take(records.insertOne(catalog::kPlace, {{"name", QStringLiteral("North Ridge Prison")},
                                                 {"type", QStringLiteral("prison")},
                                                 {"operator", QStringLiteral("public")}}),
             "write the place");
    const QString visit =
        take(records.insertOne(catalog::kVisit, {{"place_id", place},
                                                 {"type", QStringLiteral("in_depth")},
                                                 {"unannounced", true},
                                                 {"state", QStringLiteral("on_site")}}),
             "write the visit");
    const char* const categories[] = {"treatment", "protection",  "material_conditions",
                                      "regime",    "health_care", "personnel"};
    const char* const severities[] = {"low", "medium", "high", "urgent"};
    QStringList findings;
    const double started = threadCpuMs();
    constexpr int kBatch = 500; // findings per write transaction
    for (int first = 0; first < data.findings; first += kBatch) {
        auto tx = take(records.beginWrite(), "begin");
        for (int i = first; i < std::min(data.findings, first + kBatch); ++i) {
            const int n = data.proseSentences;
            findings.append(
                take(tx.insert(
                         catalog::kFinding,
                         {{"visit_id", visit},
                          {"category", QString::fromLatin1(categories[i % 6])},
                          {"subcategory", QStringLiteral("Conditions in wing %1").arg(i % 9)},
                          {"title", QStringLiteral("Finding %1: ").arg(i + 1) +
                                        QString::fromUtf8(kSentences[i % kSentenceCount]).left(60)},
                          {"facts", prose(i, n)},
                          {"analysis", prose(i + 3, std::max(1, n / 2))},
                          {"severity", QString::fromLatin1(severities[i % 4])},
                          {"sources", qint64(1 + i % 12)},
                          {"standards", QStringLiteral("Nelson Mandela Rules, rules %1 and %2")
                                            .arg(12 + i % 30)
                                            .arg(42 + i % 20)},
                          {"good_practice", i % 17 == 0}}),
                     "write a finding"));
        }
        check(tx.commit(), "commit the findings");
    }
    const double writeMs = threadCpuMs() - started;
    AttachmentStore store(*device.vault);
    QByteArray photo(data.photoBytes, Qt::Uninitialized);
    for (int i = 0; i < data.photos; ++i) {
        randombytes_buf(photo.data(), std::size_t(photo.size()));
        QBuffer source(&photo);
        source.open(QIODevice::ReadOnly);
        const NewAttachment meta{QStringLiteral("finding"), findings.at(i % findings.size()),
                                 QStringLiteral("IMG_%1.jpg").arg(4000 + i),
                                 QStringLiteral("image/jpeg")};
        take(store.import(source, meta), "import a photo");
    }
    return writeMs;
}

} // namespace vigil::bench
