#include "tests/core/sync/merge/MergeTestSupport.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/merge/MergeEngine.h"
#include "core/sync/merge/OpLog.h"
#include "core/sync/merge/SqlValue.h"
#include "core/sync/merge/StateDigest.h"

#include <catch2/catch_test_macros.hpp>
#include <limits>

namespace vigil::test {

std::vector<Op> OpMaker::change(qint64 hlc, const EntitySpec& spec, const QString& id,
                                const std::vector<std::pair<const char*, QVariant>>& values,
                                qint64 base)
{
    std::vector<Op> ops;
    for (const auto& [field, value] : values)
        ops.push_back(Op{device, ++seq, hlc, QLatin1StringView(spec.entity), id,
                         QLatin1StringView(field), value, base,
                         QLatin1StringView(spec.defaultScope)});
    return ops;
}

Op OpMaker::tombstone(qint64 hlc, const EntitySpec& spec, const QString& id, bool deleted)
{
    return Op{device,
              ++seq,
              hlc,
              QLatin1StringView(spec.entity),
              id,
              QStringLiteral("deleted"),
              QVariant(qint64(deleted ? 1 : 0)),
              0,
              QLatin1StringView(spec.defaultScope)};
}

std::vector<Op> allOps(Database& db)
{
    auto devices = db.prepare("SELECT DISTINCT device_id FROM change_op ORDER BY device_id");
    REQUIRE(devices.ok());
    std::vector<Op> ops;
    while (*devices->step()) {
        auto some = OpLog::read(db, devices->columnText(0), 1, std::numeric_limits<qint64>::max());
        REQUIRE(some.ok());
        ops.insert(ops.end(), some->begin(), some->end());
    }
    return ops;
}

Result<MergeStats> deliver(RecordContext& ctx, std::span<const Op> ops)
{
    auto tx = ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto stats = MergeEngine::apply(*tx, ops);
    if (!stats)
        return stats.error();
    VIGIL_TRY(tx->commit());
    return stats;
}

QByteArray digestOf(Database& db)
{
    auto digest = StateDigest::compute(db);
    REQUIRE(digest.ok());
    return *digest;
}

qint64 count(Database& db, const char* sql)
{
    auto n = db.scalarInt(sql);
    REQUIRE(n.ok());
    return *n;
}

QVariant scalar(Database& db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    auto stmt = db.prepare(utf8.constData());
    REQUIRE(stmt.ok());
    auto row = stmt->step();
    REQUIRE(row.ok());
    return *row ? SqlValue::column(*stmt, 0) : QVariant();
}

std::vector<Op> newPlace(OpMaker& maker, qint64 hlc, const QString& id, const char* name)
{
    return maker.change(hlc, catalog::kPlace, id,
                        {{"name", QString::fromUtf8(name)},
                         {"type", QStringLiteral("prison")},
                         {"operator", QStringLiteral("public")}});
}

std::vector<Op> newVisit(OpMaker& maker, qint64 hlc, const QString& id, const QString& placeId)
{
    return maker.change(hlc, catalog::kVisit, id,
                        {{"place_id", placeId},
                         {"type", QStringLiteral("in_depth")},
                         {"unannounced", QVariant(qint64(1))},
                         {"state", QStringLiteral("planned")}});
}

std::vector<Op> newFinding(OpMaker& maker, qint64 hlc, const QString& id, const QString& visitId,
                           const char* facts)
{
    return maker.change(hlc, catalog::kFinding, id,
                        {{"visit_id", visitId},
                         {"category", QStringLiteral("material_conditions")},
                         {"title", QStringLiteral("Cells overcrowded")},
                         {"facts", QString::fromUtf8(facts)},
                         {"severity", QStringLiteral("high")}});
}

std::vector<Op> join(std::initializer_list<std::vector<Op>> parts)
{
    std::vector<Op> all;
    for (const auto& part : parts)
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

} // namespace vigil::test
