#include "ui/sync/SyncStatusWidget.h"

#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusText.h"

#include <QStyle>

namespace vigil {

namespace {

constexpr int kMaxTextWidth = 460;

QStyle::StandardPixmap iconFor(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Syncing:
        return QStyle::SP_BrowserReload;
    case SyncStatus::State::Synced:
        return QStyle::SP_DialogApplyButton;
    case SyncStatus::State::Failed:
        return QStyle::SP_MessageBoxWarning;
    default:
        return QStyle::SP_DriveNetIcon;
    }
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncController& controller, QWidget* parent)
    : QToolButton(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatusButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setIconSize(QSize(icon, icon));
    connect(this, &QToolButton::clicked, this, &SyncStatusWidget::inboxRequested);
    connect(&controller, &SyncController::statusChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::refresh()
{
    const SyncStatus& status = m_controller.status();
    const QString line = SyncStatusText::line(status);
    // A long failure message would push the lock countdown off the bar;
    // the tooltip and the accessible name carry it whole.
    setText(fontMetrics().elidedText(line, Qt::ElideRight, kMaxTextWidth));
    setIcon(style()->standardIcon(iconFor(status.state), nullptr, this));
    setToolTip(SyncStatusText::detail(status));
    //: Read by screen readers before the sync state, e.g. "Sync status: Synced at 14:32"
    setAccessibleName(tr("Sync status: %1").arg(line));
    setAccessibleDescription(tr("Opens the sync inbox"));
    setVisible(status.state != SyncStatus::State::Standalone);
}

} // namespace vigil
