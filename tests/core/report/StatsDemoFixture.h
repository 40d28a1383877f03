#pragma once

// The demo vault for the tracker and statistics tests, generated once per
// process (the slow part), and the repository reads the tests compute their
// expectations from — never the SQL under test.
#include "core/demo/DemoVault.h"
#include "core/model/Place.h"
#include "core/model/Visit.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/VisitRepository.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QHash>
#include <catch2/catch_test_macros.hpp>

namespace vigil::test {

template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString() + " [" + r.error().detail.toStdString() + "]");
    return std::move(r).value();
}

struct StatsDemo
{
    std::unique_ptr<QTemporaryDir> dir = tempDir();
    std::unique_ptr<Vault> vault;

    StatsDemo()
    {
        vault = must(DemoVault::create(dir->filePath(QStringLiteral("demo")), secret("demo"),
                                       fastKdf(), false))
                    .vault;
    }
    RecordContext& records() { return vault->records(); }
    Database& db() { return vault->database(); }

    static StatsDemo& shared()
    {
        static StatsDemo demo;
        return demo;
    }
};

// Every live place, by id.
inline QHash<QString, Place> placesById(RecordContext& ctx)
{
    QHash<QString, Place> out;
    for (const Place& p : must(PlaceRepository(ctx).list()))
        out.insert(p.id, p);
    return out;
}

// Every live visit, through the repository's paging.
inline QList<Visit> allVisits(RecordContext& ctx)
{
    VisitRepository visits(ctx);
    return must(visits.list(0, must(visits.count())));
}

// A visit's date by the documented rule, from the visit's own fields (the
// repository's visitDate only for the recorded-at fallback).
inline qint64 dateOf(RecordContext& ctx, const Visit& v)
{
    if (v.actualStart)
        return *v.actualStart;
    if (v.plannedStart)
        return *v.plannedStart;
    return must(RecommendationRepository::visitDate(ctx.db(), v.id)).date;
}

inline int localYear(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().year();
}

} // namespace vigil::test
