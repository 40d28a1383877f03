#pragma once

// A vault with records written through the repositories, and a UiContext
// over it, for the tests of item models and pages.

#include "core/model/Finding.h"
#include "core/model/Place.h"
#include "core/model/Recommendation.h"
#include "core/model/Visit.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/VaultFixture.h"
#include "ui/UiContext.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QStringList>
#include <catch2/catch_test_macros.hpp>
#include <optional>

namespace vigil::test {

// 2024-01-01T00:00:00Z plus `day` days, in Unix ms.
inline qint64 dayMs(int day)
{
    return 1'704'067'200'000LL + qint64(day) * 86'400'000LL;
}

template <typename T> T must(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().message.toStdString());
    return std::move(result).value();
}

inline void must(Status status)
{
    if (!status.ok())
        FAIL(status.error().message.toStdString());
}

struct UiRecordFixture : VaultFixture
{
    UiContext ctx{*vault};

    QString addPlace(const QString& name, const char* type = "prison",
                     std::optional<qint64> capacity = {}, std::optional<qint64> population = {})
    {
        Place p;
        p.name = name;
        p.type = QString::fromLatin1(type);
        p.authority = QStringLiteral("Ministry of Justice");
        p.address = QStringLiteral("1 Harbour Road");
        p.capacity = capacity;
        p.population = population;
        return must(PlaceRepository(records()).create(p));
    }

    QString addUnit(const QString& placeId, const QString& name)
    {
        PlaceUnit u;
        u.placeId = placeId;
        u.name = name;
        u.kind = QStringLiteral("wing");
        return must(PlaceRepository(records()).addUnit(u));
    }

    QString addVisit(const QString& placeId, int day)
    {
        Visit v;
        v.placeId = placeId;
        v.plannedStart = dayMs(day);
        return must(VisitRepository(records()).create(v));
    }

    QString addFinding(const QString& visitId, const QString& title, const QString& facts)
    {
        Finding f;
        f.visitId = visitId;
        f.category = QStringLiteral("material_conditions");
        f.title = title;
        f.facts = facts;
        return must(FindingRepository(records()).create(f));
    }

    // An issued (so open) recommendation.
    QString addOpenRecommendation(const QString& visitId, const QString& text)
    {
        Recommendation r;
        r.visitId = visitId;
        r.text = text;
        r.addressee = QStringLiteral("facility_management");
        const QString id = must(RecommendationRepository(records()).create(r));
        RecommendationLifecycle::Step issue;
        issue.to = QStringLiteral("issued");
        must(RecommendationLifecycle(records()).apply(id, issue));
        return id;
    }
};

// Runs QAbstractItemModelTester over a model and collects what it reports
// (its warnings in the qt.modeltest category) instead of aborting.
class ModelCheck
{
public:
    explicit ModelCheck(QAbstractItemModel* model)
    {
        s_failures = &m_failures;
        m_previous = qInstallMessageHandler(&ModelCheck::handler);
        m_tester.emplace(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelCheck()
    {
        m_tester.reset();
        qInstallMessageHandler(m_previous);
        s_failures = nullptr;
    }
    const QStringList& failures() const { return m_failures; }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (s_failures && context.category &&
            QByteArray(context.category) == QByteArrayLiteral("qt.modeltest") &&
            type != QtDebugMsg && type != QtInfoMsg)
            s_failures->append(message);
    }

    static inline QStringList* s_failures = nullptr;
    QStringList m_failures;
    QtMessageHandler m_previous = nullptr;
    std::optional<QAbstractItemModelTester> m_tester;
};

} // namespace vigil::test
