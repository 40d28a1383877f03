#include "ui/visit/RegisterChecksPanel.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RegisterCheckRepository.h"
#include "ui/visit/RegisterCheckEditor.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QGridLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace vigil {

RegisterChecksPanel::RegisterChecksPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_list(new QListWidget(this)),
      m_editor(new RegisterCheckEditor(ctx, this)),
      m_remove(new QPushButton(tr("Delete re&gister check"), this))
{
    auto* add = new QPushButton(tr("Add register c&heck"), this);
    add->setObjectName(QStringLiteral("addRegisterCheckButton"));
    add->setAccessibleName(tr("Add a register check"));
    m_remove->setObjectName(QStringLiteral("deleteRegisterCheckButton"));
    m_remove->setAccessibleName(tr("Delete the selected register check"));
    m_list->setObjectName(QStringLiteral("registerCheckList"));
    m_list->setAccessibleName(tr("Register checks"));
    // Long register names and periods wrap rather than scroll sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* grid = new QGridLayout(this);
    grid->addWidget(add, 0, 0);
    grid->addWidget(m_remove, 0, 1, Qt::AlignLeading);
    grid->addWidget(m_list, 1, 0);
    grid->addWidget(m_editor, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 2);

    connect(add, &QPushButton::clicked, this, &RegisterChecksPanel::addCheck);
    connect(m_remove, &QPushButton::clicked, this, &RegisterChecksPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RegisterChecksPanel::currentChanged);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("register_check"))
            reload();
    });
    reload();
}

QString RegisterChecksPanel::addCheck()
{
    m_editor->flush();
    RegisterCheck check;
    check.visitId = m_visitId;
    check.registerType = QStringLiteral("custody");
    UiContext& ctx = m_ctx;
    const QString id = visitcmd::pushCreate(
        ctx, tr("Add register check"), catalog::kRegisterCheck,
        [&ctx, check] { return RegisterCheckRepository(ctx.records()).create(check); },
        [&ctx](const QString& cid) { return RegisterCheckRepository(ctx.records()).remove(cid); });
    if (!id.isEmpty()) {
        select(id);
        m_editor->setFocus(Qt::OtherFocusReason);
    }
    return id;
}

void RegisterChecksPanel::removeSelected()
{
    const QString id = m_editor->checkId();
    if (id.isEmpty())
        return;
    m_editor->flush();
    UiContext& ctx = m_ctx;
    visitcmd::pushRemoveEvidence(ctx, tr("Delete register check"), catalog::kRegisterCheck,
                                 QStringLiteral("register_check"), id, [&ctx](const QString& cid) {
                                     return RegisterCheckRepository(ctx.records()).remove(cid);
                                 });
}

void RegisterChecksPanel::reload()
{
    auto checks = RegisterCheckRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!checks)
        return m_ctx.report(checks.error());
    m_checks = *checks;
    const QString keep = m_editor->checkId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const RegisterCheck& c : m_checks) {
            QString text = VisitLabels::registerType(c.registerType);
            if (!c.periodFrom.isNull() || !c.periodTo.isNull())
                //: A register and the period checked, e.g. "Segregation, 1/3/24 – 31/3/24"
                text = tr("%1, %2 – %3")
                           .arg(text, QLocale().toString(c.periodFrom, QLocale::ShortFormat),
                                QLocale().toString(c.periodTo, QLocale::ShortFormat));
            if (!c.anomalies.isEmpty())
                text += tr(" (%n anomalies)", nullptr, int(c.anomalies.size()));
            auto* item = new QListWidgetItem(text, m_list);
            item->setToolTip(text);
            item->setData(Qt::UserRole, c.id);
        }
    }
    select(keep);
}

void RegisterChecksPanel::select(const QString& id)
{
    if (id != m_editor->checkId())
        m_editor->flush(); // commits typing in the check shown before; reloads the list
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(row);
            }
            m_editor->refresh(m_checks.at(row));
            m_remove->setEnabled(true);
            return;
        }
    }
    m_editor->setCheck(RegisterCheck());
    m_remove->setEnabled(false);
}

void RegisterChecksPanel::currentChanged()
{
    const int row = m_list->currentRow();
    select(row >= 0 && row < m_checks.size() ? m_checks.at(row).id : QString());
}

void RegisterChecksPanel::flush()
{
    m_editor->flush();
}

} // namespace vigil
