#pragma once

// A vault with a place (three units) and a visit on site, written with
// WriteTx directly (no dependency on the visit repository), plus helpers for
// the interview, identity and allegation tests.
#include "core/repo/EntityCatalog.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/WriteTx.h"
#include "core/util/Error.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>
#include <string>

namespace vigil::test {

inline std::string describe(const Error& e)
{
    return std::string(errorKindName(e.kind)) + ": " + e.message.toStdString() + " [" +
           e.detail.toStdString() + "]";
}

#define REQUIRE_OK(result)                                                                         \
    do {                                                                                           \
        const auto& requireOk_ = (result);                                                         \
        if (!requireOk_.ok())                                                                      \
            FAIL("expected success, got " << vigil::test::describe(requireOk_.error()));           \
    } while (false)

#define REQUIRE_REFUSED(result, errorKind)                                                         \
    do {                                                                                           \
        const auto& requireRefused_ = (result);                                                    \
        REQUIRE_FALSE(requireRefused_.ok());                                                       \
        INFO(vigil::test::describe(requireRefused_.error()));                                      \
        CHECK(requireRefused_.error().kind == (errorKind));                                        \
        CHECK_FALSE(requireRefused_.error().message.isEmpty());                                    \
    } while (false)

struct InterviewFixture : VaultFixture
{
    QString place, otherPlace, visit, otherVisit, unitA, unitB, unitC, foreignUnit;
    InterviewRepository interviews{records()};

    // One raw write in its own transaction.
    Result<QString> tryInsert(const EntitySpec& spec, const FieldValues& values,
                              const char* scope = nullptr)
    {
        auto tx = records().beginWrite();
        if (!tx)
            return tx.error();
        auto id = tx->insert(spec, values, scope);
        if (!id)
            return id.error();
        VIGIL_TRY(tx->commit());
        return id;
    }
    Status tryUpdate(const EntitySpec& spec, const QString& id, const FieldValues& changes)
    {
        auto tx = records().beginWrite();
        if (!tx)
            return tx.error();
        VIGIL_TRY(tx->update(spec, id, changes));
        return tx->commit();
    }
    Status tryRemove(const EntitySpec& spec, const QString& id)
    {
        auto tx = records().beginWrite();
        if (!tx)
            return tx.error();
        VIGIL_TRY(tx->remove(spec, id));
        return tx->commit();
    }
    QString insert(const EntitySpec& spec, const FieldValues& values)
    {
        auto id = tryInsert(spec, values);
        REQUIRE_OK(id);
        return *id;
    }

    InterviewFixture()
    {
        place = insert(catalog::kPlace, {{"name", QStringLiteral("North Ridge Remand Centre")},
                                         {"type", QStringLiteral("remand_centre")},
                                         {"operator", QStringLiteral("public")}});
        otherPlace = insert(catalog::kPlace, {{"name", QStringLiteral("Harbour Police Station")},
                                              {"type", QStringLiteral("police_custody")},
                                              {"operator", QStringLiteral("public")}});
        unitA =
            insert(catalog::kPlaceUnit, {{"place_id", place}, {"name", QStringLiteral("A wing")}});
        unitB =
            insert(catalog::kPlaceUnit, {{"place_id", place}, {"name", QStringLiteral("B wing")}});
        unitC = insert(catalog::kPlaceUnit,
                       {{"place_id", place}, {"name", QStringLiteral("C segregation")}});
        foreignUnit = insert(catalog::kPlaceUnit,
                             {{"place_id", otherPlace}, {"name", QStringLiteral("Cells")}});
        visit = makeVisit(place);
        otherVisit = makeVisit(otherPlace);
    }

    QString makeVisit(const QString& at)
    {
        return insert(catalog::kVisit, {{"place_id", at},
                                        {"type", QStringLiteral("in_depth")},
                                        {"unannounced", true},
                                        {"state", QStringLiteral("on_site")}});
    }

    Interview sample(const char* kind = "individual_private") const
    {
        Interview i;
        i.visitId = visit;
        i.kind = QString::fromLatin1(kind);
        i.withoutWitnesses = true;
        i.unitId = unitA;
        i.reprisalRisk = QStringLiteral("medium");
        i.chosenBy = QStringLiteral("team");
        return i;
    }

    QString create(const Interview& interview)
    {
        auto id = interviews.create(interview);
        REQUIRE_OK(id);
        return *id;
    }
    QString create(const char* kind = "individual_private") { return create(sample(kind)); }

    // An interview with consent already recorded.
    QString consented(const QStringList& scopes, const char* kind = "individual_private")
    {
        const QString id = create(kind);
        REQUIRE_OK(interviews.recordConsent(id, scopes));
        return id;
    }
};

} // namespace vigil::test
