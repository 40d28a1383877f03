#pragma once

// The generator of the convergence property test: replicas (real vaults
// with skewed clocks) edit places, visits and findings through the
// repositories and exchange ops at random, and the test's own record of
// every prose value written tells which values a merge must not lose.
#include "core/sync/merge/Op.h"
#include "tests/support/VaultFixture.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <memory>
#include <random>
#include <vector>

namespace vigil::test {

class MergeScenario
{
public:
    struct Options
    {
        int replicas = 4;
        int actions = 90;
    };
    struct Replica
    {
        VaultFixture vault;
        std::unique_ptr<RecordContext> ctx; // the replica's skewed clock
        qint64 skew = 0;
    };

    MergeScenario(quint64 seed, Options options);

    // Random edits, syncs and conflict resolutions.
    void run();
    // Every replica receives every op, in random batches with duplicates.
    void exchangeAll();
    // The union of every replica's ops, by device and seq.
    std::vector<Op> allOps();

    Replica& replica(std::size_t i) { return *m_replicas[i]; }
    std::size_t size() const { return m_replicas.size(); }

    // Prose values that no later writer saw before replacing them, and that
    // are not the field's final value on `replica`: each must be the losing
    // value of a conflict there. Returns the ones that are not (empty: none lost).
    QStringList lostValues(std::size_t replica);
    int proseWrites() const { return int(m_written.size()); }

private:
    struct Written
    {
        QString entity;
        QString id;
        QString field;
        QString value;
    };

    void act(Replica& r, int index);
    void createPlace(Replica& r, int index);
    void createVisit(Replica& r, int index);
    void createFinding(Replica& r, int index);
    void editProse(Replica& r, int index);
    void editOther(Replica& r);
    void removeFinding(Replica& r);
    void restoreFinding(Replica& r);
    void resolveConflict(Replica& r, int index);
    void syncFrom(Replica& to, Replica& from);
    void deliverShuffled(Replica& to, std::vector<Op> ops);

    QStringList liveIds(Replica& r, const char* table, bool deleted = false);
    QString pick(const QStringList& ids);
    QString uniqueText(int replica, const char* what);
    void noteReplaced(const QString& id, const char* field, const QString& before,
                      const QString& after);

    std::mt19937_64 m_rng;
    Options m_options;
    qint64 m_now = 1'750'000'000'000LL; // the shared wall clock, in ms
    std::vector<std::unique_ptr<Replica>> m_replicas;
    std::vector<Written> m_written;
    QSet<QString> m_seenReplaced; // "id|field|value"
    int m_texts = 0;
};

} // namespace vigil::test
