#pragma once

#include "core/model/Finding.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace vigil {

class UiContext;

// The evidence a finding rests on: linked interviews, observations, register
// checks, access events, attachments and checklist answers, with add/remove.
class EvidenceLinksWidget : public QWidget
{
    Q_OBJECT
public:
    EvidenceLinksWidget(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    void setFinding(const QString& findingId);
    void reload();
    // Links the evidence as an undo step; false if refused (reported).
    bool link(const QString& kind, const QString& evidenceId);
    bool unlink(const QString& kind, const QString& evidenceId);

private:
    void linkChosen();
    void unlinkSelected();

    UiContext& m_ctx;
    QString m_visitId;
    QString m_findingId;
    QList<FindingEvidence> m_linked;
    QListWidget* m_list;
    QComboBox* m_candidates;
    QPushButton* m_link;
    QPushButton* m_unlink;
};

} // namespace vigil
