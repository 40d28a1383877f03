#include "ui/nav/SyncInboxPage.h"

#include "core/sync/exchange/Quarantine.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/PageHeading.h"
#include "ui/sync/InboxModel.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusText.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace vigil {

SyncInboxPage::SyncInboxPage(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_model(new InboxModel(ctx.vault().database(), this))
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStateLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_syncNow = new QPushButton(tr("&Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_settings = new QPushButton(tr("Sync se&ttings…"), this);
    m_settings->setObjectName(QStringLiteral("syncSettingsButton"));
    m_settings->setAccessibleName(tr("Sync settings"));
    m_quarantine = new QPushButton(tr("Open &quarantine folder"), this);
    m_quarantine->setObjectName(QStringLiteral("openQuarantineButton"));
    m_quarantine->setAccessibleName(tr("Open the quarantine folder"));
    m_quarantine->setToolTip(tr("Bundles that were refused stay there, still encrypted, with a "
                                "file saying why."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_settings);
    buttons->addStretch();
    buttons->addWidget(m_quarantine);

    m_table = new FilteredTableView(m_model, tr("Bundles received"), this);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setStretchColumn(InboxModel::ReasonColumn);
    m_table->setFitLimit(InboxModel::SenderColumn, 220);
    m_empty = new QLabel(tr("Nothing has been received yet. Bundles from the other devices of "
                            "your organisation are listed here after each sync."),
                         this);
    m_empty->setObjectName(QStringLiteral("inboxEmptyNote"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Sync inbox"), this));
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->syncNow();
    });
    connect(m_settings, &QPushButton::clicked, this, &SyncInboxPage::settingsRequested);
    connect(m_quarantine, &QPushButton::clicked, this, &SyncInboxPage::openQuarantine);
    reload();
    updateStatus();
}

void SyncInboxPage::setController(SyncController* controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &SyncController::statusChanged, this, &SyncInboxPage::updateStatus);
        connect(controller, &SyncController::syncFinished, this, &SyncInboxPage::reload);
    }
    updateStatus();
}

QString SyncInboxPage::statusText() const
{
    return m_status->text();
}

QString SyncInboxPage::summaryText() const
{
    return m_summary->text();
}

void SyncInboxPage::reload()
{
    if (Status loaded = m_model->reload(); !loaded)
        m_ctx.report(loaded.error());
    m_empty->setVisible(m_model->rowCount() == 0);
    m_quarantine->setEnabled(QFileInfo(quarantineFolder()).isDir());
}

void SyncInboxPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void SyncInboxPage::updateStatus()
{
    const SyncStatus status = m_controller ? m_controller->status() : SyncStatus{};
    using State = SyncStatus::State;
    m_status->setText(status.state == State::Standalone
                          ? tr("This vault is not in an organisation, so it has nobody to sync "
                               "with. Join one with an invitation from your coordinator.")
                          : SyncStatusText::line(status));
    QStringList lines;
    if (status.state == State::NotSetUp)
        lines << tr("Choose a sync folder (a USB stick or a shared drive) or a WebDAV server "
                    "in the sync settings.");
    if (status.finishedAt.isValid() && !status.summary.isEmpty())
        //: %1 is the time of the last successful sync, %2 what it did
        lines << tr("Last sync at %1: %2")
                     .arg(SyncStatusText::when(status.finishedAt), status.summary);
    lines << status.enrolmentErrors;
    if (status.nextRunAt.isValid() && status.state != State::Syncing)
        lines << tr("Next automatic sync at %1.").arg(SyncStatusText::when(status.nextRunAt));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setVisible(!lines.isEmpty());
    const bool member = status.state != State::Standalone;
    m_syncNow->setEnabled(m_controller && member && status.state != State::Syncing);
    m_settings->setEnabled(m_controller && member);
}

QString SyncInboxPage::quarantineFolder() const
{
    return Quarantine(m_ctx.vault().path()).folder();
}

void SyncInboxPage::openQuarantine()
{
    const QString folder = quarantineFolder();
    if (!QFileInfo(folder).isDir())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace vigil
