#pragma once

#include "core/model/Observation.h"

#include <QList>
#include <QString>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace vigil {

class ObservationEditor;
class UiContext;

// What the team saw, measured or copied on the visit: a list and an editor.
class ObservationsPanel : public QWidget
{
    Q_OBJECT
public:
    ObservationsPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    // Adds an empty observation, selects it and puts the cursor in its title.
    QString addObservation();
    void reload();
    void flush();

private:
    void removeSelected();
    void select(const QString& id);
    void currentChanged();

    UiContext& m_ctx;
    QString m_visitId;
    QList<Observation> m_observations;
    QListWidget* m_list;
    ObservationEditor* m_editor;
    QPushButton* m_remove;
};

} // namespace vigil
