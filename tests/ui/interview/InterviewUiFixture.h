#pragma once

// A vault (fast KDF, passphrase "pass") with a place of two units and a
// visit, a UiContext on it and helpers to drive the interview widgets.
#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/VaultFixture.h"
#include "ui/UiContext.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

namespace vigil::test {

struct InterviewUiFixture : VaultFixture
{
    UiContext ctx{*vault};
    QString place, unitA, unitB, visit;
    QStringList errors;

    InterviewUiFixture()
    {
        QObject::connect(&ctx, &UiContext::errorReported, &ctx,
                         [this](const Error& e) { errors.append(e.message); });
        PlaceRepository places(records());
        Place p;
        p.name = QStringLiteral("Northfield Remand Centre");
        p.type = QStringLiteral("remand_centre");
        auto placeId = places.create(p);
        REQUIRE(placeId.ok());
        place = *placeId;
        unitA = unit("A wing");
        unitB = unit("Health unit");
        Visit v;
        v.placeId = place;
        auto visitId = VisitRepository(records()).create(v);
        REQUIRE(visitId.ok());
        visit = *visitId;
    }

    QString unit(const char* name)
    {
        PlaceUnit u;
        u.placeId = place;
        u.name = QString::fromUtf8(name);
        auto id = PlaceRepository(records()).addUnit(u);
        REQUIRE(id.ok());
        return *id;
    }

    static Interview sample(const char* kind = "individual_private")
    {
        Interview i;
        i.kind = QString::fromLatin1(kind);
        i.withoutWitnesses = true;
        i.chosenBy = QStringLiteral("team");
        i.reprisalRisk = QStringLiteral("low");
        return i;
    }

    Interview stored(const QString& id)
    {
        auto i = InterviewRepository(records()).get(id);
        REQUIRE(i.ok());
        return *i;
    }
};

template <typename T> T* named(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// Picks the item whose data is `code`, as a user would (emits activated()).
inline void choose(QComboBox* box, const char* code)
{
    const int index = box->findData(QString::fromLatin1(code));
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

inline void press(QAbstractButton* button)
{
    REQUIRE(button->isEnabled());
    button->click();
}

} // namespace vigil::test
