#pragma once

#include "ui/nav/Navigator.h"

#include <QList>
#include <QPointer>
#include <QStackedWidget>

namespace vigil {

class DetailFrame;
class PlacePage;
class PlacesPage;
class RecommendationsPage;
class SearchPage;
class StatisticsPage;
class UiContext;
class VisitWorkspace;
class VisitsPage;

// The right-hand side of the main window: one page per navigator section,
// plus the place and the visit opened from them (one of each at a time).
// Back returns along the way the user came; a record deleted under its page
// (say, by undoing "New visit") closes that page.
class Workspace : public QStackedWidget
{
    Q_OBJECT
public:
    explicit Workspace(UiContext& ctx, QWidget* parent = nullptr);
    ~Workspace() override;

    QWidget* sectionPage(Navigator::Section section) const;
    PlacesPage* placesPage() const { return m_places; }
    VisitsPage* visitsPage() const { return m_visits; }
    RecommendationsPage* recommendationsPage() const { return m_recommendations; }
    StatisticsPage* statisticsPage() const { return m_statistics; }
    SearchPage* searchPage() const { return m_search; }

    // The open place's page and visit's workspace, or nullptr.
    PlacePage* placePage() const;
    VisitWorkspace* visitWorkspace() const;
    QString openVisitId() const { return m_visitId; }

public Q_SLOTS:
    void showSection(vigil::Navigator::Section section);
    void openPlace(const QString& placeId);
    void openVisit(const QString& visitId);
    void back();

private:
    void showDetail(DetailFrame* frame);
    void closeDeleted();
    QString visitTitle(const QString& visitId) const;

    UiContext& m_ctx;
    QList<QWidget*> m_sectionPages;
    PlacesPage* m_places = nullptr;
    VisitsPage* m_visits = nullptr;
    RecommendationsPage* m_recommendations = nullptr;
    StatisticsPage* m_statistics = nullptr;
    SearchPage* m_search = nullptr;
    QPointer<DetailFrame> m_placeFrame;
    QPointer<DetailFrame> m_visitFrame;
    QString m_visitId;
    Navigator::Section m_section = Navigator::Places;
    QList<QPointer<QWidget>> m_history; // pages to go back to, latest last
};

} // namespace vigil
