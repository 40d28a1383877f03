#pragma once

#include "core/model/RegisterCheck.h"

#include <QList>
#include <QString>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace vigil {

class RegisterCheckEditor;
class UiContext;

// The registers the team reviewed on the visit: a list and an editor.
class RegisterChecksPanel : public QWidget
{
    Q_OBJECT
public:
    RegisterChecksPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    QString addCheck();
    void reload();
    void flush();

private:
    void removeSelected();
    void select(const QString& id);
    void currentChanged();

    UiContext& m_ctx;
    QString m_visitId;
    QList<RegisterCheck> m_checks;
    QListWidget* m_list;
    RegisterCheckEditor* m_editor;
    QPushButton* m_remove;
};

} // namespace vigil
