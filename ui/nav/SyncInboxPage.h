#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vigil {

class FilteredTableView;
class InboxModel;
class SyncController;
class UiContext;

// The navigator's sync inbox (DESIGN.md §6.3, §8): every bundle this device
// has seen, when and from whom, whether it was imported, waits for an
// earlier one or was quarantined (with the reason in a plain sentence);
// the last sync's summary; Sync now, the sync settings and the quarantine
// folder. Reloads after each sync.
class SyncInboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncInboxPage(UiContext& ctx, QWidget* parent = nullptr);

    // The window's sync, once it exists (the page is built before it).
    void setController(SyncController* controller);

    InboxModel* model() const { return m_model; }
    FilteredTableView* table() const { return m_table; }
    QString statusText() const;
    QString summaryText() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void settingsRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateStatus();
    void openQuarantine();
    QString quarantineFolder() const;

    UiContext& m_ctx;
    SyncController* m_controller = nullptr;
    InboxModel* m_model = nullptr;
    FilteredTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_settings = nullptr;
    QPushButton* m_quarantine = nullptr;
};

} // namespace vigil
