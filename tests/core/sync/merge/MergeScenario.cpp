#include "tests/core/sync/merge/MergeScenario.h"

#include "core/model/Finding.h"
#include "core/model/Place.h"
#include "core/model/Visit.h"
#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/merge/ConflictDetector.h"
#include "core/sync/merge/ConflictRepository.h"
#include "tests/core/sync/merge/MergeTestSupport.h"

#include <QCryptographicHash>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <map>

namespace vigil::test {

namespace {

// Clock skews of up to four replicas: behind, ahead, far behind.
constexpr qint64 kSkews[] = {0, -2, 1, -40};

QString text(Database& db, const QString& sql, const QString& id)
{
    const QByteArray utf8 = sql.toUtf8();
    auto stmt = db.prepare(utf8.constData());
    REQUIRE(stmt.ok());
    stmt->bind(1, id);
    auto row = stmt->step();
    REQUIRE(row.ok());
    return *row ? stmt->columnText(0) : QString();
}

} // namespace

MergeScenario::MergeScenario(quint64 seed, Options options) : m_rng(seed), m_options(options)
{
    for (int i = 0; i < options.replicas; ++i) {
        auto r = std::make_unique<Replica>();
        r->skew = kSkews[i % 4];
        // Durability is not under test here; syncing every commit to disk
        // would make the scenarios wait on the disk most of their time.
        REQUIRE(r->vault.db().exec("PRAGMA synchronous = OFF").ok());
        // Device ids from the seed, so that a seed replays the same scenario
        // (ids break stamp ties and name conflicts). The keys stay random;
        // nothing here signs.
        const QByteArray idSeed = QByteArray::number(seed) + '/' + QByteArray::number(i);
        auto setId = r->vault.db().prepare("UPDATE local_device SET id = ?");
        REQUIRE(setId.ok());
        setId->bind(
            1, QString::fromLatin1(
                   QCryptographicHash::hash(idSeed, QCryptographicHash::Sha256).toHex().left(32)));
        REQUIRE(setId->run().ok());
        auto ctx =
            RecordContext::open(r->vault.db(), [this, skew = r->skew] { return m_now + skew; });
        REQUIRE(ctx.ok());
        r->ctx = std::move(*ctx);
        m_replicas.push_back(std::move(r));
    }
}

QStringList MergeScenario::liveIds(Replica& r, const char* table, bool deleted)
{
    // In creation order (the oldest op's stamp), not by the random ids, so a
    // seed replays the same choices.
    auto stmt =
        r.vault.db().prepare((QByteArray("SELECT id FROM ") + table +
                              " t WHERE deleted = ? ORDER BY "
                              "(SELECT min(hlc) FROM change_op WHERE entity_id = t.id), created_by")
                                 .constData());
    REQUIRE(stmt.ok());
    stmt->bind(1, qint64(deleted ? 1 : 0));
    QStringList ids;
    while (*stmt->step())
        ids.append(stmt->columnText(0));
    return ids;
}

QString MergeScenario::pick(const QStringList& ids)
{
    return ids.isEmpty() ? QString() : ids[qsizetype(m_rng() % quint64(ids.size()))];
}

QString MergeScenario::uniqueText(int replica, const char* what)
{
    return QStringLiteral("%1 by r%2, #%3")
        .arg(QLatin1StringView(what))
        .arg(replica)
        .arg(++m_texts);
}

void MergeScenario::noteReplaced(const QString& id, const char* field, const QString& before,
                                 const QString& after)
{
    if (before != after)
        m_seenReplaced.insert(id + u'|' + QLatin1StringView(field) + u'|' + before);
}

void MergeScenario::createPlace(Replica& r, int index)
{
    Place p;
    p.name = QStringLiteral("Place %1").arg(++m_texts);
    p.type = QStringLiteral("prison");
    p.riskNotes = uniqueText(index, "risk notes");
    auto id = PlaceRepository(*r.ctx).create(p);
    REQUIRE(id.ok());
    m_written.push_back({QStringLiteral("place"), *id, QStringLiteral("risk_notes"), p.riskNotes});
}

void MergeScenario::createVisit(Replica& r, int index)
{
    const QString place = pick(liveIds(r, "place"));
    if (place.isEmpty())
        return createPlace(r, index);
    Visit v;
    v.placeId = place;
    v.objectives = uniqueText(index, "objectives");
    auto id = VisitRepository(*r.ctx).create(v);
    REQUIRE(id.ok());
    m_written.push_back({QStringLiteral("visit"), *id, QStringLiteral("objectives"), v.objectives});
}

void MergeScenario::createFinding(Replica& r, int index)
{
    const QString visit = pick(liveIds(r, "visit"));
    if (visit.isEmpty())
        return createVisit(r, index);
    Finding f;
    f.visitId = visit;
    f.category = QStringLiteral("material_conditions");
    f.title = QStringLiteral("Finding %1").arg(++m_texts);
    f.facts = uniqueText(index, "facts");
    f.analysis = uniqueText(index, "analysis");
    auto id = FindingRepository(*r.ctx).create(f);
    REQUIRE(id.ok());
    m_written.push_back({QStringLiteral("finding"), *id, QStringLiteral("facts"), f.facts});
    m_written.push_back({QStringLiteral("finding"), *id, QStringLiteral("analysis"), f.analysis});
}

void MergeScenario::editProse(Replica& r, int index)
{
    const int kind = int(m_rng() % 4);
    const char* table = kind < 2 ? "finding" : kind == 2 ? "visit" : "place";
    const char* field = kind == 0   ? "facts"
                        : kind == 1 ? "analysis"
                        : kind == 2 ? "objectives"
                                    : "risk_notes";
    const QString id = pick(liveIds(r, table));
    if (id.isEmpty())
        return;
    const QString before = text(r.vault.db(),
                                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                    .arg(QLatin1StringView(field), QLatin1StringView(table)),
                                id);
    const QString after = uniqueText(index, field);
    Status written;
    if (kind < 2) {
        FindingRepository repo(*r.ctx);
        auto f = repo.get(id);
        REQUIRE(f.ok());
        (kind == 0 ? f->facts : f->analysis) = after;
        written = repo.update(*f);
    } else if (kind == 2) {
        VisitRepository repo(*r.ctx);
        auto v = repo.get(id);
        REQUIRE(v.ok());
        v->objectives = after;
        written = repo.update(*v);
    } else {
        PlaceRepository repo(*r.ctx);
        auto p = repo.get(id);
        REQUIRE(p.ok());
        p->riskNotes = after;
        written = repo.update(*p);
    }
    if (!written.ok())
        FAIL(written.error().message.toStdString());
    noteReplaced(id, field, before, after);
    m_written.push_back({QLatin1StringView(table), id, QLatin1StringView(field), after});
}

void MergeScenario::editOther(Replica& r)
{
    const QString id = pick(liveIds(r, "finding"));
    if (id.isEmpty())
        return;
    FindingRepository repo(*r.ctx);
    auto f = repo.get(id);
    REQUIRE(f.ok());
    f->severity = QLatin1StringView(vocab::kSeverities[m_rng() % std::size(vocab::kSeverities)]);
    if (m_rng() % 2)
        f->title = QStringLiteral("Retitled %1").arg(++m_texts);
    REQUIRE(repo.update(*f).ok());
}

void MergeScenario::removeFinding(Replica& r)
{
    const QString id = pick(liveIds(r, "finding"));
    if (!id.isEmpty())
        REQUIRE(FindingRepository(*r.ctx).remove(id).ok());
}

void MergeScenario::restoreFinding(Replica& r)
{
    const QString id = pick(liveIds(r, "finding", true));
    if (id.isEmpty())
        return;
    auto tx = r.ctx->beginWrite();
    REQUIRE(tx.ok());
    REQUIRE(tx->restore(catalog::kFinding, id).ok());
    REQUIRE(tx->commit().ok());
}

void MergeScenario::resolveConflict(Replica& r, int index)
{
    ConflictRepository conflicts(*r.ctx);
    auto open = conflicts.listOpen();
    REQUIRE(open.ok());
    std::vector<Conflict> ready;
    std::copy_if(open->begin(), open->end(), std::back_inserter(ready),
                 [](const Conflict& c) { return c.recordExists; });
    if (ready.empty())
        return;
    const Conflict c = ready[m_rng() % ready.size()];
    const int choice = int(m_rng() % 3);
    if (c.kind == QLatin1StringView(ConflictDetector::kDeletion)) {
        REQUIRE((choice == 0 ? conflicts.keepCurrent(c.id) : conflicts.restoreRecord(c.id)).ok());
        return;
    }
    if (choice == 0 || c.recordDeleted) {
        REQUIRE(conflicts.keepCurrent(c.id).ok());
        return;
    }
    const QString chosen = choice == 1 ? c.losingValue.toString() : uniqueText(index, "merged");
    REQUIRE(conflicts.resolve(c.id, chosen).ok());
    const QByteArray field = c.field.toLatin1();
    noteReplaced(c.entityId, field.constData(), c.currentValue.toString(), chosen);
    m_written.push_back({c.entity, c.entityId, c.field, chosen});
}

void MergeScenario::deliverShuffled(Replica& to, std::vector<Op> ops)
{
    // Duplicates within the delivery, then a random order in 1 to 3 batches.
    const std::size_t copies = ops.empty() ? 0 : m_rng() % (ops.size() / 4 + 1);
    for (std::size_t i = 0; i < copies; ++i)
        ops.push_back(ops[m_rng() % ops.size()]);
    std::shuffle(ops.begin(), ops.end(), m_rng);
    const std::size_t batches = 1 + m_rng() % 3;
    std::size_t begin = 0;
    for (std::size_t b = 0; b < batches; ++b) {
        const std::size_t end = b + 1 == batches ? ops.size() : begin + (ops.size() - begin) / 2;
        auto stats = deliver(*to.ctx, std::span(ops).subspan(begin, end - begin));
        if (!stats.ok())
            FAIL(stats.error().detail.toStdString());
        begin = end;
    }
}

void MergeScenario::syncFrom(Replica& to, Replica& from)
{
    // A random part of what the sender holds: some of it late, some of it again.
    const auto all = test::allOps(from.vault.db());
    const double share = 0.3 + 0.7 * double(m_rng() % 1000) / 1000.0;
    std::vector<Op> some;
    for (const Op& op : all) {
        if (double(m_rng() % 1000) / 1000.0 < share)
            some.push_back(op);
    }
    deliverShuffled(to, std::move(some));
}

void MergeScenario::act(Replica& r, int index)
{
    const int roll = int(m_rng() % 100);
    if (roll < 6)
        createPlace(r, index);
    else if (roll < 12)
        createVisit(r, index);
    else if (roll < 24)
        createFinding(r, index);
    else if (roll < 52)
        editProse(r, index);
    else if (roll < 58)
        editOther(r);
    else if (roll < 62)
        removeFinding(r);
    else if (roll < 65)
        restoreFinding(r);
    else if (roll < 70)
        resolveConflict(r, index);
    else
        syncFrom(r, *m_replicas[m_rng() % m_replicas.size()]);
}

void MergeScenario::run()
{
    for (int i = 0; i < m_options.actions; ++i) {
        m_now += qint64(m_rng() % 3); // often the same millisecond on several replicas
        const std::size_t index = m_rng() % m_replicas.size();
        act(*m_replicas[index], int(index));
    }
}

std::vector<Op> MergeScenario::allOps()
{
    std::map<std::pair<QString, qint64>, Op> all;
    for (auto& r : m_replicas) {
        for (Op& op : test::allOps(r->vault.db()))
            all.emplace(std::make_pair(op.deviceId, op.seq), std::move(op));
    }
    std::vector<Op> ops;
    for (auto& [key, op] : all)
        ops.push_back(std::move(op));
    return ops;
}

void MergeScenario::exchangeAll()
{
    const auto ops = allOps();
    for (auto& r : m_replicas)
        deliverShuffled(*r, ops);
}

QStringList MergeScenario::lostValues(std::size_t replica)
{
    Database& db = m_replicas[replica]->vault.db();
    QStringList lost;
    for (const Written& w : m_written) {
        const QString now =
            text(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(w.field, w.entity), w.id);
        if (now == w.value || m_seenReplaced.contains(w.id + u'|' + w.field + u'|' + w.value))
            continue;
        auto stmt =
            db.prepare("SELECT count(*) FROM sync_conflict WHERE entity_id = ? AND field = ? "
                       "AND kind = 'prose' AND losing_value = ?");
        REQUIRE(stmt.ok());
        stmt->bind(1, w.id).bind(2, w.field).bind(3, w.value);
        REQUIRE(*stmt->step());
        if (stmt->columnInt(0) != 0)
            continue;
        // The field's history, to see why.
        QString history;
        auto ops = db.prepare("SELECT device_id, seq, hlc, base_hlc, value FROM change_op "
                              "WHERE entity_id = ? AND field = ? ORDER BY hlc, device_id");
        REQUIRE(ops.ok());
        ops->bind(1, w.id).bind(2, w.field);
        while (*ops->step())
            history += QStringLiteral("\n  %1/%2 hlc %3 base %4: %5")
                           .arg(ops->columnText(0).left(6))
                           .arg(ops->columnInt(1))
                           .arg(ops->columnInt(2))
                           .arg(ops->columnInt(3))
                           .arg(ops->columnText(4));
        lost.append(QStringLiteral("%1.%2 %3: '%4' (now '%5')%6")
                        .arg(w.entity, w.field, w.id, w.value, now, history));
    }
    return lost;
}

} // namespace vigil::test
