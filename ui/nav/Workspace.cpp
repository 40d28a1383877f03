#include "ui/nav/Workspace.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/DetailFrame.h"
#include "ui/nav/SyncInboxPage.h"
#include "ui/nav/VisitsPage.h"
#include "ui/places/PlacePage.h"
#include "ui/places/PlacesPage.h"
#include "ui/recommendations/RecommendationsPage.h"
#include "ui/search/SearchPage.h"
#include "ui/statistics/StatisticsPage.h"
#include "ui/visit/VisitWorkspace.h"

namespace vigil {

Workspace::Workspace(UiContext& ctx, QWidget* parent) : QStackedWidget(parent), m_ctx(ctx)
{
    m_places = new PlacesPage(ctx, this);
    m_visits = new VisitsPage(ctx, this);
    m_recommendations = new RecommendationsPage(ctx, this);
    m_statistics = new StatisticsPage(ctx, this);
    m_search = new SearchPage(ctx, this);
    m_sectionPages = {m_places,     m_visits, m_recommendations,
                      m_statistics, m_search, new SyncInboxPage(ctx, this)};
    const char* names[] = {"placesPage",     "visitsPage", "recommendationsPage",
                           "statisticsPage", "searchPage", "syncInboxPage"};
    for (int s = 0; s < Navigator::SectionCount; ++s) {
        m_sectionPages.at(s)->setObjectName(QString::fromLatin1(names[s]));
        addWidget(m_sectionPages.at(s));
    }

    connect(m_places, &PlacesPage::placeOpened, this, &Workspace::openPlace);
    connect(m_visits, &VisitsPage::visitOpened, this, &Workspace::openVisit);
    connect(m_recommendations, &RecommendationsPage::visitOpened, this, &Workspace::openVisit);
    connect(m_search, &SearchPage::visitOpened, this, &Workspace::openVisit);
    connect(&ctx, &UiContext::recordsChanged, this, [this](const QString& entity, const QString&) {
        if (entity == QLatin1StringView(catalog::kVisit.entity) ||
            entity == QLatin1StringView(catalog::kPlace.entity))
            closeDeleted();
    });
    showSection(Navigator::Places);
}

Workspace::~Workspace()
{
    // A closing visit commits its pending typing, which signals edits; this
    // object must not handle them half-destroyed, so it stops listening and
    // closes the visit while it is still whole.
    disconnect(&m_ctx, nullptr, this, nullptr);
    delete m_visitFrame;
    delete m_placeFrame;
}

QWidget* Workspace::sectionPage(Navigator::Section section) const
{
    return m_sectionPages.value(section);
}

PlacePage* Workspace::placePage() const
{
    return m_placeFrame ? static_cast<PlacePage*>(m_placeFrame->content()) : nullptr;
}

VisitWorkspace* Workspace::visitWorkspace() const
{
    return m_visitFrame ? static_cast<VisitWorkspace*>(m_visitFrame->content()) : nullptr;
}

void Workspace::showSection(Navigator::Section section)
{
    if (!sectionPage(section))
        return;
    m_section = section;
    m_history.clear();
    setCurrentWidget(sectionPage(section));
}

void Workspace::openPlace(const QString& placeId)
{
    if (placeId.isEmpty())
        return;
    if (!m_placeFrame || placePage()->placeId() != placeId) {
        if (m_placeFrame) {
            removeWidget(m_placeFrame);
            m_placeFrame->deleteLater();
        }
        auto* page = new PlacePage(m_ctx, placeId);
        page->setObjectName(QStringLiteral("placePage"));
        m_placeFrame = new DetailFrame(page, page->place().name, this);
        m_placeFrame->setObjectName(QStringLiteral("placeFrame"));
        connect(page, &PlacePage::titleChanged, m_placeFrame, &DetailFrame::setTitle);
        connect(page, &PlacePage::visitOpened, this, &Workspace::openVisit);
        connect(m_placeFrame, &DetailFrame::backRequested, this, &Workspace::back);
        addWidget(m_placeFrame);
    }
    showDetail(m_placeFrame);
}

void Workspace::openVisit(const QString& visitId)
{
    if (visitId.isEmpty())
        return;
    if (!m_visitFrame || m_visitId != visitId) {
        if (m_visitFrame) {
            removeWidget(m_visitFrame);
            // Later: the request may come from inside the visit being replaced.
            m_visitFrame->deleteLater();
        }
        m_visitId = visitId;
        auto* content = new VisitWorkspace(m_ctx, visitId);
        content->setObjectName(QStringLiteral("visitWorkspace"));
        m_visitFrame = new DetailFrame(content, visitTitle(visitId), this);
        m_visitFrame->setObjectName(QStringLiteral("visitFrame"));
        connect(m_visitFrame, &DetailFrame::backRequested, this, &Workspace::back);
        addWidget(m_visitFrame);
    }
    showDetail(m_visitFrame);
}

void Workspace::showDetail(DetailFrame* frame)
{
    if (currentWidget() != frame) {
        m_history.removeAll(frame);
        m_history.append(currentWidget());
    }
    setCurrentWidget(frame);
    frame->setFocus(Qt::OtherFocusReason);
}

void Workspace::back()
{
    while (!m_history.isEmpty()) {
        QWidget* previous = m_history.takeLast();
        if (previous && previous != currentWidget() && indexOf(previous) >= 0) {
            setCurrentWidget(previous);
            previous->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    setCurrentWidget(sectionPage(m_section));
    currentWidget()->setFocus(Qt::OtherFocusReason);
}

void Workspace::closeDeleted()
{
    const auto close = [this](QPointer<DetailFrame>& frame) {
        if (currentWidget() == frame)
            back();
        m_history.removeAll(frame.data());
        removeWidget(frame);
        frame->deleteLater();
        frame = nullptr;
    };
    if (m_visitFrame) {
        auto visit = VisitRepository(m_ctx.records()).get(m_visitId);
        if (!visit && visit.error().kind == ErrorKind::NotFound) {
            close(m_visitFrame);
            m_visitId.clear();
        } else if (visit) {
            m_visitFrame->setTitle(visitTitle(m_visitId));
        }
    }
    if (PlacePage* page = placePage()) {
        auto place = PlaceRepository(m_ctx.records()).get(page->placeId());
        if (!place && place.error().kind == ErrorKind::NotFound)
            close(m_placeFrame);
    }
}

QString Workspace::visitTitle(const QString& visitId) const
{
    auto visit = VisitRepository(m_ctx.records()).get(visitId);
    if (!visit)
        return tr("Visit");
    auto place = PlaceRepository(m_ctx.records()).get(visit->placeId);
    const QString placeName = place ? place->name : tr("an unknown place");
    const auto date = visit->actualStart ? visit->actualStart : visit->plannedStart;
    if (!date)
        return tr("Visit to %1").arg(placeName);
    return tr("Visit to %1, %2").arg(placeName, displayDate(date));
}

} // namespace vigil
