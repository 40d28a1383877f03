#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace vigil {

class UiContext;

// The story of the recommendation selected in the tracker
// (RecommendationTracker::history): each version, from the first visit that
// made it to the latest that repeated it, with the authority's responses and
// the implementation checks recorded on it, oldest first.
class RecommendationHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationHistoryPanel(UiContext& ctx, QWidget* parent = nullptr);

    // Empty: nothing selected.
    void showRecommendation(const QString& recommendationId);
    QTreeWidget* tree() const { return m_tree; }

    static QString eventKindLabel(const QString& code);

private:
    UiContext& m_ctx;
    QLabel* m_title;
    QTreeWidget* m_tree;
};

} // namespace vigil
