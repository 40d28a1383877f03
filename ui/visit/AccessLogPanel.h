#pragma once

#include "core/model/AccessEvent.h"

#include <QList>
#include <QString>
#include <QWidget>

class QListWidget;

namespace vigil {

class AccessEventEditor;
class UiContext;

// The access log (DOMAIN.md §3): one click on a big button records a refusal,
// delay or obstruction at this moment and puts the cursor in its description.
class AccessLogPanel : public QWidget
{
    Q_OBJECT
public:
    AccessLogPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    void reload();
    void flush();
    // Records an event of `kind` (vocab::kAccessEventKinds) now; returns its id.
    QString record(const QString& kind);

private:
    void select(const QString& id);
    void currentChanged();

    UiContext& m_ctx;
    QString m_visitId;
    QList<AccessEvent> m_events;
    QListWidget* m_list;
    AccessEventEditor* m_editor;
};

} // namespace vigil
