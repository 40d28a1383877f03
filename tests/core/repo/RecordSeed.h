#pragma once

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>

// Places, visits and other records the evidence tests stand on, written
// straight through WriteTx so the tests do not depend on those repositories.
namespace vigil::test {

inline QString seed(RecordContext& ctx, const EntitySpec& spec, const FieldValues& values)
{
    auto tx = ctx.beginWrite();
    REQUIRE(tx.ok());
    auto id = tx->insert(spec, values);
    if (!id.ok())
        FAIL(id.error().message.toStdString());
    REQUIRE(tx->commit().ok());
    return *id;
}

inline QString seedPlace(RecordContext& ctx, const char* name = "North Ridge Remand Centre")
{
    return seed(ctx, catalog::kPlace,
                {{"name", QString::fromUtf8(name)},
                 {"type", QStringLiteral("remand_centre")},
                 {"operator", QStringLiteral("public")}});
}

// A visit planned to start `day` days after 2024-01-01.
inline QString seedVisit(RecordContext& ctx, const QString& placeId, int day)
{
    const qint64 start = 1'704'067'200'000LL + qint64(day) * 86'400'000LL;
    return seed(ctx, catalog::kVisit,
                {{"place_id", placeId},
                 {"type", QStringLiteral("in_depth")},
                 {"unannounced", true},
                 {"planned_start", QVariant(start)},
                 {"state", QStringLiteral("on_site")}});
}

inline QString seedUnit(RecordContext& ctx, const QString& placeId, const char* name)
{
    return seed(ctx, catalog::kPlaceUnit,
                {{"place_id", placeId}, {"name", QString::fromUtf8(name)}});
}

// A private interview without notes (so no consent is needed), code D-<n>.
inline QString seedInterview(RecordContext& ctx, const QString& visitId, int n)
{
    return seed(ctx, catalog::kInterview,
                {{"visit_id", visitId},
                 {"kind", QStringLiteral("individual_private")},
                 {"without_witnesses", true},
                 {"interpreter", QStringLiteral("none")},
                 {"pseudonym", QStringLiteral("D-%1").arg(n, 2, 10, QLatin1Char('0'))},
                 {"reprisal_risk", QStringLiteral("low")},
                 {"chosen_by", QStringLiteral("team")}});
}

inline QString seedAccessEvent(RecordContext& ctx, const QString& visitId, const char* area)
{
    return seed(ctx, catalog::kAccessEvent,
                {{"visit_id", visitId},
                 {"kind", QStringLiteral("delay")},
                 {"occurred_at", QVariant(qint64(1'704'100'000'000LL))},
                 {"area", QString::fromUtf8(area)}});
}

inline QString seedAttachment(RecordContext& ctx, const char* ownerKind, const QString& ownerId,
                              const char* fileName)
{
    return seed(ctx, catalog::kAttachment,
                {{"owner_kind", QString::fromLatin1(ownerKind)},
                 {"owner_id", ownerId},
                 {"file_name", QString::fromUtf8(fileName)},
                 {"mime_type", QStringLiteral("image/jpeg")},
                 {"size", QVariant(qint64(1234))},
                 {"sha256", QByteArray(32, 'h')},
                 {"file_key", QByteArray(32, 'k')}});
}

inline QString seedTemplate(RecordContext& ctx, int version = 1)
{
    return seed(ctx, catalog::kChecklistTemplate,
                {{"template_key", QStringLiteral("police-custody")},
                 {"place_type", QStringLiteral("police_custody")},
                 {"title", QStringLiteral("Police custody")},
                 {"version", QVariant(qint64(version))},
                 {"definition", QStringLiteral("{}")}});
}

} // namespace vigil::test
