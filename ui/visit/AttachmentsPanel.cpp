#include "ui/visit/AttachmentsPanel.h"

#include "core/attachments/AttachmentStore.h"
#include "ui/UiContext.h"
#include "ui/visit/AttachmentPreviewDialog.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>
#include <sodium.h>

namespace vigil {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kMimeRole = Qt::UserRole + 1;
} // namespace

AttachmentsPanel::AttachmentsPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_model(new QStandardItemModel(this)),
      m_view(new QListView(this)), m_importButton(new QPushButton(tr("&Import files…"), this)),
      m_previewButton(new QPushButton(tr("&Preview"), this)),
      m_removeButton(new QPushButton(tr("&Delete attachment…"), this)),
      m_progress(new QProgressBar(this)), m_cancelButton(new QPushButton(tr("&Cancel"), this)),
      m_status(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("attachmentList"));
    m_view->setAccessibleName(tr("Attachments"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(QSize(128, 128));
    m_view->setGridSize(QSize(160, 170));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_importButton->setObjectName(QStringLiteral("importAttachmentsButton"));
    m_importButton->setAccessibleName(tr("Import photos or documents"));
    m_previewButton->setObjectName(QStringLiteral("previewAttachmentButton"));
    m_previewButton->setAccessibleName(tr("Preview the selected image"));
    m_removeButton->setObjectName(QStringLiteral("deleteAttachmentButton"));
    m_removeButton->setAccessibleName(tr("Delete the selected attachment"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the import"));
    m_status->setObjectName(QStringLiteral("attachmentStatus"));
    m_status->setWordWrap(true);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_importButton, 0, 0);
    grid->addWidget(m_previewButton, 0, 1);
    grid->addWidget(m_removeButton, 0, 2);
    grid->setColumnStretch(3, 1);
    grid->addWidget(m_progress, 1, 0, 1, 3);
    grid->addWidget(m_cancelButton, 1, 3, Qt::AlignLeading);
    grid->addWidget(m_status, 2, 0, 1, 4);
    grid->addWidget(m_view, 3, 0, 1, 4);
    grid->setRowStretch(3, 1);
    m_progress->hide();
    m_cancelButton->hide();

    connect(m_importButton, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_previewButton, &QPushButton::clicked, this, &AttachmentsPanel::previewSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &AttachmentsPanel::cancelImport);
    connect(m_view, &QListView::activated, this, &AttachmentsPanel::previewSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttachmentsPanel::updateButtons);
    connect(&m_import, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_import, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString& name) { m_status->setText(tr("Encrypting %1…").arg(name)); });
    connect(&m_import, &QFutureWatcherBase::finished, this, &AttachmentsPanel::importFinished);
    connect(&m_preview, &QFutureWatcherBase::finished, this, &AttachmentsPanel::previewFinished);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("attachment"))
            reload();
    });
    reload();
}

AttachmentsPanel::~AttachmentsPanel()
{
    // A job writes through its own connection; it must end before the vault
    // may lock. Cancellation is checked every 64 KiB, so this is short.
    if (m_cancel)
        m_cancel->store(true);
    m_import.waitForFinished();
    m_preview.waitForFinished();
}

QString AttachmentsPanel::selectedId() const
{
    return m_view->currentIndex().data(kIdRole).toString();
}

void AttachmentsPanel::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_previewButton->setEnabled(
        current.isValid() &&
        current.data(kMimeRole).toString().startsWith(QLatin1StringView("image/")) &&
        !m_preview.isRunning());
    m_removeButton->setEnabled(current.isValid());
    m_importButton->setEnabled(!m_importing);
}

void AttachmentsPanel::reload()
{
    const QString keep = selectedId();
    AttachmentStore store(m_ctx.vault());
    auto attachments = store.forOwner(m_visitId);
    if (!attachments)
        return m_ctx.report(attachments.error());
    m_model->clear();
    for (const Attachment& a : *attachments) {
        auto* item = new QStandardItem(a.fileName);
        item->setData(a.id, kIdRole);
        item->setData(a.mimeType, kMimeRole);
        item->setToolTip(tr("%1, %2").arg(a.mimeType, QLocale().formattedDataSize(a.size)));
        item->setAccessibleText(a.fileName);
        auto icon = m_icons.find(a.id);
        if (icon == m_icons.end()) {
            QIcon made = style()->standardIcon(QStyle::SP_FileIcon);
            // Small (at most 256 KiB), decrypted in memory, once per attachment.
            if (auto bytes =
                    a.hasThumbnail ? store.thumbnail(a.id) : Result<QByteArray>(QByteArray());
                bytes && !bytes->isEmpty()) {
                QPixmap pixmap;
                if (pixmap.loadFromData(*bytes))
                    made = QIcon(pixmap);
                sodium_memzero(bytes->data(), std::size_t(bytes->size()));
            }
            icon = m_icons.insert(a.id, made);
        }
        item->setIcon(*icon);
        m_model->appendRow(item);
        if (a.id == keep)
            m_view->setCurrentIndex(item->index());
    }
    updateButtons();
}

void AttachmentsPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import photos or documents"), QString(),
        tr("Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx "
           "*.odt);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

bool AttachmentsPanel::importFiles(const QStringList& paths)
{
    if (m_importing || paths.isEmpty())
        return false;
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection) {
        m_ctx.report(connection.error());
        return false;
    }
    const NewAttachment owner{QStringLiteral("visit"), m_visitId, QString(), QString()};
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_importing = true;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_status->setText(tr("Importing %n file(s)…", nullptr, int(paths.size())));
    m_import.setFuture(
        QtConcurrent::run([connection = std::move(*connection), paths, owner,
                           cancel = m_cancel](QPromise<attachmentjobs::ImportOutcome>& promise) {
            attachmentjobs::importFiles(promise, connection, paths, owner, cancel);
        }));
    updateButtons();
    return true;
}

void AttachmentsPanel::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void AttachmentsPanel::importFinished()
{
    m_importing = false;
    m_progress->hide();
    m_cancelButton->hide();
    const QFuture<attachmentjobs::ImportOutcome> future = m_import.future();
    const attachmentjobs::ImportOutcome outcome =
        future.resultCount() > 0 ? future.result() : attachmentjobs::ImportOutcome();
    QString status = tr("%n file(s) imported.", nullptr, int(outcome.ids.size()));
    if (outcome.cancelled)
        status += QLatin1Char(' ') + tr("Import cancelled.");
    m_status->setText(status);
    for (const Error& error : outcome.errors)
        m_ctx.report(error);
    for (const QString& id : outcome.ids)
        Q_EMIT m_ctx.recordsChanged(QStringLiteral("attachment"), id);
    reload();
}

void AttachmentsPanel::previewSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_preview.isRunning())
        return;
    if (!current.data(kMimeRole).toString().startsWith(QLatin1StringView("image/"))) {
        m_status->setText(tr("Only images can be previewed."));
        return;
    }
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection)
        return m_ctx.report(connection.error());
    m_previewName = current.data(Qt::DisplayRole).toString();
    m_status->setText(tr("Decrypting %1…").arg(m_previewName));
    const QString id = selectedId();
    m_preview.setFuture(QtConcurrent::run([connection = std::move(*connection), id] {
        return attachmentjobs::decryptImage(connection, id);
    }));
    updateButtons();
}

void AttachmentsPanel::previewFinished()
{
    m_status->clear();
    updateButtons();
    const attachmentjobs::PreviewOutcome outcome = m_preview.result();
    if (outcome.image.isNull())
        return m_ctx.report(outcome.error);
    auto* dialog = new AttachmentPreviewDialog(outcome.image, m_previewName, this);
    dialog->show();
}

void AttachmentsPanel::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString name = m_view->currentIndex().data(Qt::DisplayRole).toString();
    QMessageBox box(QMessageBox::Warning, tr("Delete attachment"), tr("Delete “%1”?").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("The encrypted file and its key are destroyed. This cannot be "
                              "undone."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (Status removed = AttachmentStore(m_ctx.vault()).remove(id); !removed)
        return m_ctx.report(removed.error());
    Q_EMIT m_ctx.recordsChanged(QStringLiteral("attachment"), id);
}

} // namespace vigil
