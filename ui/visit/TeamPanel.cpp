#include "ui/visit/TeamPanel.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PersonRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace vigil {

TeamPanel::TeamPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_list(new QListWidget(this)),
      m_person(new QComboBox(this)), m_newRole(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add to team"), this)), m_role(new QComboBox(this)),
      m_remove(new QPushButton(tr("&Remove from team"), this)), m_hint(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("teamList"));
    m_list->setAccessibleName(tr("Team members"));
    m_person->setObjectName(QStringLiteral("personCombo"));
    m_person->setAccessibleName(tr("Person to add"));
    m_newRole->setObjectName(QStringLiteral("newRoleCombo"));
    m_newRole->setAccessibleName(tr("Role of the person to add"));
    VisitLabels::fill(m_newRole, vocab::kPersonRoles, &VisitLabels::role);
    VisitLabels::select(m_newRole, QStringLiteral("monitor"));
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_add->setAccessibleName(tr("Add the person to the team"));
    m_role->setObjectName(QStringLiteral("memberRoleCombo"));
    m_role->setAccessibleName(tr("Role of the selected member"));
    VisitLabels::fill(m_role, vocab::kPersonRoles, &VisitLabels::role);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_remove->setAccessibleName(tr("Remove the selected member from the team"));
    m_hint->setObjectName(QStringLiteral("teamHint"));
    m_hint->setWordWrap(true);

    auto* adder = new QHBoxLayout;
    adder->addWidget(m_person, 1);
    adder->addWidget(m_newRole);
    adder->addWidget(m_add);
    auto* selected = new QFormLayout;
    selected->addRow(tr("Role on this &visit:"), m_role);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(adder);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addLayout(selected);
    layout->addWidget(m_remove, 0, Qt::AlignLeading);

    connect(m_add, &QPushButton::clicked, this, &TeamPanel::addMember);
    connect(m_remove, &QPushButton::clicked, this, &TeamPanel::removeMember);
    connect(m_role, &QComboBox::activated, this, &TeamPanel::changeRole);
    connect(m_list, &QListWidget::currentRowChanged, this, &TeamPanel::selectionChanged);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("visit_member") || entity == QLatin1StringView("person"))
            reload();
    });
    reload();
}

QString TeamPanel::selectedMemberId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TeamPanel::reload()
{
    const QString keep = selectedMemberId();
    auto members = VisitRepository(m_ctx.records()).members(m_visitId);
    if (!members) {
        m_ctx.report(members.error());
        return;
    }
    m_members = *members;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const VisitMember& m : m_members) {
            //: A team member: name, then their role on the visit
            auto* item = new QListWidgetItem(
                tr("%1 — %2").arg(m.personName, VisitLabels::role(m.role)), m_list);
            item->setData(Qt::UserRole, m.id);
            if (m.id == keep)
                m_list->setCurrentItem(item);
        }
    }
    const bool hasLead =
        std::any_of(m_members.cbegin(), m_members.cend(),
                    [](const VisitMember& m) { return m.role == QLatin1StringView("lead"); });
    m_hint->setText(m_members.isEmpty() ? tr("No one is on the team yet.")
                    : hasLead           ? QString()
                                        : tr("The team has no lead."));

    auto people = PersonRepository(m_ctx.records()).list();
    if (!people) {
        m_ctx.report(people.error());
        return;
    }
    const QString chosen = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    for (const Person& p : *people) {
        const bool onTeam = std::any_of(m_members.cbegin(), m_members.cend(),
                                        [&p](const VisitMember& m) { return m.personId == p.id; });
        if (!onTeam)
            m_person->addItem(p.name, p.id);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(chosen)));
    m_add->setEnabled(m_person->count() > 0);
    selectionChanged();
}

void TeamPanel::selectionChanged()
{
    const QString id = selectedMemberId();
    m_role->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty());
    for (const VisitMember& m : m_members) {
        if (m.id == id)
            VisitLabels::select(m_role, m.role);
    }
}

void TeamPanel::addMember()
{
    const QString personId = m_person->currentData().toString();
    const QString role = m_newRole->currentData().toString();
    if (personId.isEmpty())
        return;
    UiContext& ctx = m_ctx;
    const QString visitId = m_visitId;
    visitcmd::pushCreate(
        ctx, tr("Add %1 to the team").arg(m_person->currentText()), catalog::kVisitMember,
        [&ctx, visitId, personId, role] {
            return VisitRepository(ctx.records()).addMember(visitId, personId, role);
        },
        [&ctx](const QString& id) { return VisitRepository(ctx.records()).removeMember(id); });
}

void TeamPanel::removeMember()
{
    const QString id = selectedMemberId();
    if (id.isEmpty())
        return;
    UiContext& ctx = m_ctx;
    visitcmd::pushRemove(ctx, tr("Remove from the team"), catalog::kVisitMember, id,
                         [&ctx](const QString& memberId) {
                             return VisitRepository(ctx.records()).removeMember(memberId);
                         });
}

void TeamPanel::changeRole()
{
    const QString id = selectedMemberId();
    QString old;
    for (const VisitMember& m : m_members) {
        if (m.id == id)
            old = m.role;
    }
    const QString role = m_role->currentData().toString();
    if (id.isEmpty() || role == old)
        return;
    UiContext& ctx = m_ctx;
    if (!visitcmd::pushEdit(
            ctx, tr("Change role"), catalog::kVisitMember, id, QString(), old, role,
            [&ctx, id](const QVariant& value) {
                return VisitRepository(ctx.records()).setMemberRole(id, value.toString());
            }))
        VisitLabels::select(m_role, old); // refused (a second lead): show what is stored
}

} // namespace vigil
