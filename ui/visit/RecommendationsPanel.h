#pragma once

#include "core/model/Recommendation.h"

#include <QList>
#include <QString>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace vigil {

class RecommendationEditor;
class UiContext;

// The visit's recommendations, by number, with an editor for the one selected.
class RecommendationsPanel : public QWidget
{
    Q_OBJECT
public:
    RecommendationsPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    // Adds a draft, selects it and puts the cursor in its text; returns its id.
    QString addRecommendation();
    RecommendationEditor* editor() const { return m_editor; }
    void select(const QString& id);
    void reload();
    void flush();

private:
    void removeSelected();
    void currentChanged();

    UiContext& m_ctx;
    QString m_visitId;
    QList<Recommendation> m_recommendations;
    QListWidget* m_list;
    RecommendationEditor* m_editor;
    QPushButton* m_remove;
};

} // namespace vigil
