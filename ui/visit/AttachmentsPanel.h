#pragma once

#include "ui/visit/AttachmentJobs.h"

#include <QFutureWatcher>
#include <QHash>
#include <QIcon>
#include <QString>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStandardItemModel;

namespace vigil {

class UiContext;

// Photos and documents of the visit: imported and encrypted off the UI
// thread with progress and cancel, shown as thumbnails, previewed from memory.
//
// An import is not an undo step: deleting an attachment destroys its file
// key (AttachmentStore::remove), so it could not be redone; deletion asks
// for confirmation instead.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT
public:
    AttachmentsPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);
    ~AttachmentsPanel() override;

    // Starts importing the files (false if an import is already running).
    bool importFiles(const QStringList& paths);
    // Until the outcome is shown (the job itself may have ended a moment earlier).
    bool isImporting() const { return m_importing; }
    void cancelImport();
    // Decrypts the selected image in the background and shows it.
    void previewSelected();
    void reload();

private:
    void chooseFiles();
    void importFinished();
    void previewFinished();
    void removeSelected();
    QString selectedId() const;
    void updateButtons();

    UiContext& m_ctx;
    QString m_visitId;
    QStandardItemModel* m_model;
    QListView* m_view;
    QPushButton* m_importButton;
    QPushButton* m_previewButton;
    QPushButton* m_removeButton;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QLabel* m_status;
    QFutureWatcher<attachmentjobs::ImportOutcome> m_import;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_importing = false;
    QFutureWatcher<attachmentjobs::PreviewOutcome> m_preview;
    QString m_previewName;
    // Decrypted thumbnails by attachment id: an attachment never changes.
    QHash<QString, QIcon> m_icons;
};

} // namespace vigil
