#pragma once

#include <QToolButton>

namespace vigil {

class SyncController;

// The status bar's account of sync (DESIGN.md §6.5, §8): an icon and one
// line ("Synced at 14:32 (3 received, 1 quarantined)"), shown whenever the
// vault is in an organisation; the tooltip adds the summary and the next
// automatic run. Clicking it opens the sync inbox.
class SyncStatusWidget : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController& controller, QWidget* parent = nullptr);

Q_SIGNALS:
    void inboxRequested();

private:
    void refresh();

    SyncController& m_controller;
};

} // namespace vigil
