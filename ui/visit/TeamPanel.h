#pragma once

#include "core/model/Visit.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace vigil {

class UiContext;

// The visit's team: members with their roles on this visit, added from the
// body's people; the repository keeps it to one lead.
class TeamPanel : public QWidget
{
    Q_OBJECT
public:
    TeamPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    void reload();

private:
    void addMember();
    void removeMember();
    void changeRole();
    void selectionChanged();
    QString selectedMemberId() const;

    UiContext& m_ctx;
    QString m_visitId;
    QList<VisitMember> m_members;
    QListWidget* m_list;
    QComboBox* m_person;
    QComboBox* m_newRole;
    QPushButton* m_add;
    QComboBox* m_role;
    QPushButton* m_remove;
    QLabel* m_hint;
};

} // namespace vigil
