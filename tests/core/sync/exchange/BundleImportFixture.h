#pragma once

// Shared fixtures of the [import] tests: an organisation of real vaults (a
// coordinator and two monitors, enrolled through Organisation), bundles
// written with BundleWriter from a vault's own keys and change log, and what
// "nothing was applied" means on a receiving vault.
#include "core/sync/exchange/BundleImporter.h"
#include "core/sync/exchange/Coverage.h"
#include "core/sync/merge/Op.h"
#include "tests/support/VaultFixture.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace vigil::test {

// One device: a vault of its own and its identity.
struct Member
{
    VaultFixture fx;
    QString id;
    QByteArray signPublic;
    QByteArray boxPublic;

    Member();
    Vault& vault() { return *fx.vault; }
    Database& db() { return fx.db(); }
    QString attachmentsDir() const;
    QString quarantineDir() const;
    // Merges in pages of `opPage` ops when given (the importer's own size otherwise).
    BundleImporter importer(qsizetype opPage = 0)
    {
        BundleImporter importer(vault(), [] { return kNow; });
        if (opPage > 0)
            importer.setOpPage(opPage);
        return importer;
    }

    // A place written locally (its ops are this device's next seqs).
    QString addPlace(const char* name);
    // An attachment (owned by a random observation id) with `content`.
    QString addAttachment(const QByteArray& content);
    // This device's ops with seq in [first, last].
    std::vector<Op> ops(qint64 first, qint64 last);
    qint64 lastSeq();

    static constexpr qint64 kNow = 1'750'000'000'000LL;
};

// What a test bundle carries, in the protocol's order.
struct BundleSpec
{
    QList<QCborMap> roster;
    std::vector<CoverageRange> coverage;
    std::vector<Op> ops;
    QList<QCborMap> extraOps;                        // raw op item bodies, after `ops`
    QStringList attachments;                         // ids of the sender's attachment files
    QList<std::pair<QCborMap, QByteArray>> rawBlobs; // any meta and content, after those
    // Out of the protocol's order: written after the ops.
    QList<QCborMap> lateRoster;
    std::vector<CoverageRange> lateCoverage;
    std::vector<std::pair<QString, qint64>> ack;
    qint64 createdMs = Member::kNow;
    qint64 firstSeq = 1;
    qint64 lastSeq = 0;
};

// A coordinator and two monitors; monitors know only the coordinator until a
// bundle from it brings the roster (sendRoster).
struct Org
{
    Member coordinator;
    Member a;
    Member b;
    std::unique_ptr<QTemporaryDir> out = tempDir();

    Org();
    void enrol(Member& m, const char* role);

    // The coordinator's whole roster as items.
    QList<QCborMap> rosterItems();
    // The sender's ops [first, last] with the matching coverage and header.
    BundleSpec opsBundle(Member& from, qint64 first, qint64 last);
    // Writes a bundle into out/<name> and returns its path.
    QString write(Member& from, const QList<Member*>& to, const BundleSpec& spec,
                  const QString& name);
    // Imports a bundle from the coordinator that brings the roster to `m`.
    void sendRoster(Member& m);
};

// What must not change when a bundle is refused.
struct Snapshot
{
    QByteArray digest;
    qint64 ops = 0;
    qint64 roster = 0;
    qint64 received = 0;
    qint64 acks = 0;
    QStringList attachmentFiles;

    static Snapshot of(Member& m);
    bool operator==(const Snapshot&) const = default;
};

ImportReport importOk(Member& m, const QString& path, qsizetype opPage = 0);
QStringList filesIn(const QString& dir);

} // namespace vigil::test
