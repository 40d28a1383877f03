#include "ui/sync/ConflictsPage.h"

#include "core/repo/RecordContext.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/merge/ConflictRepository.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/PageHeading.h"
#include "ui/sync/ConflictLabels.h"
#include "ui/sync/ConflictListModel.h"
#include "ui/sync/ConflictView.h"
#include "ui/sync/ListTable.h"
#include "ui/sync/OrgLabels.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vigil {

ConflictsPage::ConflictsPage(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_model = new ConflictListModel(this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setModel(m_model);
    setUpListTable(m_list, tr("Open conflicts"), tr("Select all rows"));
    // The record takes the width left over; the short columns fit their text.
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ConflictListModel::RecordColumn,
                                                     QHeaderView::Stretch);
    m_view = new ConflictView(this);
    m_view->setObjectName(QStringLiteral("conflictView"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("conflictsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("conflictCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Conflicts"), this));
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPage::currentChanged);
    connect(m_view, &ConflictView::keepCurrentRequested, this, &ConflictsPage::keepCurrent);
    connect(m_view, &ConflictView::textChosen, this, &ConflictsPage::chooseText);
    connect(m_view, &ConflictView::restoreRequested, this, &ConflictsPage::restore);
    connect(&ctx, &UiContext::recordsChanged, this, &ConflictsPage::scheduleReload);
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ConflictsPage::reload);
}

int ConflictsPage::openCount() const
{
    return m_model->rowCount();
}

void ConflictsPage::scheduleReload()
{
    if (isVisible())
        m_reloadTimer.start(0);
    else
        m_stale = true;
}

void ConflictsPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void ConflictsPage::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    RecordContext& records = m_ctx.records();
    auto open = ConflictRepository(records).listOpen();
    if (!open)
        return m_ctx.report(open.error());
    // Devices by the names the roster gives them.
    QHash<QString, QString> names;
    if (auto entries = Roster(records.db()).entries()) {
        for (const RosterEntry& e : *entries)
            names.insert(e.deviceId, e.name);
    }
    if (auto self = DeviceIdentity::ensure(records.db()))
        names.insert(self->id(), tr("this device"));
    const auto nameOf = [&names](const QString& id) {
        return names.value(id, OrgLabels::shortDeviceId(id));
    };

    QList<ConflictListModel::Row> rows;
    for (Conflict& c : *open) {
        ConflictListModel::Row row;
        const QString summary = ConflictLabels::recordSummary(records, c.entity, c.entityId);
        row.record = summary.isEmpty()
                         ? ConflictLabels::entity(c.entity)
                         : tr("%1: %2").arg(ConflictLabels::entity(c.entity), summary);
        row.winnerName = nameOf(c.winnerDevice);
        row.loserName = nameOf(c.loserDevice);
        row.conflict = std::move(c);
        rows.append(std::move(row));
    }
    const QString selected = m_view->conflictId();
    m_model->setRows(std::move(rows));
    m_count->setText(m_model->rowCount() == 0
                         ? tr("No open conflicts: every edit made on several devices at once has "
                              "been settled.")
                         : tr("%n open conflict(s). Compare the two versions and choose what the "
                              "record should say.",
                              nullptr, m_model->rowCount()));
    // The same conflict stays selected while it is open; otherwise the next one.
    if (!select(selected) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    if (m_model->rowCount() == 0)
        m_view->clear();
    Q_EMIT openCountChanged(m_model->rowCount());
}

bool ConflictsPage::select(const QString& conflictId)
{
    const int row = conflictId.isEmpty() ? -1 : m_model->rowOf(conflictId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    // A reset keeps no current row: show it even if the index did not change.
    m_view->showConflict(m_model->row(row));
    return true;
}

void ConflictsPage::currentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return m_view->clear();
    m_view->showConflict(m_model->row(current.row()));
}

void ConflictsPage::keepCurrent(const QString& conflictId)
{
    Status done = ConflictRepository(m_ctx.records()).keepCurrent(conflictId);
    settled(conflictId, done.ok(), done.ok() ? QString() : done.error().message);
}

void ConflictsPage::chooseText(const QString& conflictId, const QString& text)
{
    Status done = ConflictRepository(m_ctx.records()).resolve(conflictId, text);
    settled(conflictId, done.ok(), done.ok() ? QString() : done.error().message);
}

void ConflictsPage::restore(const QString& conflictId)
{
    Status done = ConflictRepository(m_ctx.records()).restoreRecord(conflictId);
    settled(conflictId, done.ok(), done.ok() ? QString() : done.error().message);
}

void ConflictsPage::settled(const QString& conflictId, bool ok, const QString& error)
{
    const int row = m_model->rowOf(conflictId);
    if (!ok) {
        m_message->setText(error);
        reload();
        return;
    }
    m_message->setText(tr("Settled. Other devices learn of it with the next sync."));
    if (row >= 0) {
        const Conflict& c = m_model->row(row).conflict;
        // The record's views show the chosen text; this page reads again too.
        Q_EMIT m_ctx.recordsChanged(c.entity, c.entityId);
    }
    reload();
    m_list->setFocus();
}

} // namespace vigil
