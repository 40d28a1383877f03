#pragma once

// A fast-KDF vault with one place and one planned visit, a UiContext on it
// and, on demand, a VisitWorkspace shown on the offscreen platform.

#include "core/model/Place.h"
#include "core/model/Visit.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/VaultFixture.h"
#include "ui/UiContext.h"
#include "ui/visit/ChecklistPanel.h"
#include "ui/visit/VisitWorkspace.h"

#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>
#include <memory>

namespace vigil::test {

struct VisitWorkspaceFixture
{
    VaultFixture vault;
    std::unique_ptr<UiContext> ctx = std::make_unique<UiContext>(*vault.vault);
    QString placeId;
    QString visitId;
    QStringList errors; // everything the workspace reported
    std::unique_ptr<VisitWorkspace> workspace;

    explicit VisitWorkspaceFixture(const char* placeType = "prison")
    {
        Place place;
        place.name = QStringLiteral("Harbour Prison");
        place.type = QLatin1StringView(placeType);
        auto p = PlaceRepository(vault.records()).create(place);
        REQUIRE(p.ok());
        placeId = *p;
        Visit visit;
        visit.placeId = placeId;
        visit.plannedStart = QDateTime::currentMSecsSinceEpoch();
        auto v = VisitRepository(vault.records()).create(visit);
        REQUIRE(v.ok());
        visitId = *v;
        QObject::connect(ctx.get(), &UiContext::errorReported, ctx.get(),
                         [this](const Error& e) { errors << e.message; });
    }

    ~VisitWorkspaceFixture()
    {
        workspace.reset(); // commits pending typing while the vault is open
        ctx.reset();
    }

    VisitWorkspace& show()
    {
        workspace = std::make_unique<VisitWorkspace>(*ctx, visitId);
        workspace->resize(1200, 800);
        workspace->show();
        workspace->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(workspace.get()));
        return *workspace;
    }

    template <typename T> T* child(const char* name) const
    {
        T* found = workspace->findChild<T*>(QLatin1StringView(name));
        REQUIRE(found != nullptr);
        return found;
    }

    // Shows the tab that holds `widget`; the checklist's questions are
    // built a category per event-loop turn, so wait for all of them.
    void showTabOf(QWidget* widget)
    {
        REQUIRE(workspace->showTabOf(widget));
        if (auto* checklist = qobject_cast<ChecklistPanel*>(widget))
            REQUIRE(QTest::qWaitFor([checklist] { return checklist->questionsReady(); }));
    }

    QUndoStack& undo() { return *ctx->undoStack(); }
    RecordContext& records() { return vault.records(); }
};

} // namespace vigil::test
