#pragma once

#include "core/model/Finding.h"

#include <QList>
#include <QString>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace vigil {

class FindingEditor;
class UiContext;

// The visit's findings, grouped by the six categories of DOMAIN.md §5, with
// an editor for the one selected.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    FindingsPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    // Adds an untitled finding in `category` and selects it; returns its id.
    QString addFinding(const QString& category);
    FindingEditor* editor() const { return m_editor; }
    void select(const QString& id);
    void reload();
    void flush();

private:
    QString currentCategory() const;
    void removeSelected();
    void currentChanged();

    UiContext& m_ctx;
    QString m_visitId;
    QList<Finding> m_findings;
    QTreeWidget* m_tree;
    FindingEditor* m_editor;
    QPushButton* m_remove;
};

} // namespace vigil
