#include "ui/visit/AttachmentPreviewDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigil {

AttachmentPreviewDialog::AttachmentPreviewDialog(const QImage& image, const QString& fileName,
                                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("attachmentPreviewDialog"));
    setWindowTitle(tr("Preview: %1").arg(fileName));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("previewImage"));
    label->setAccessibleName(tr("Image %1").arg(fileName));
    label->setAlignment(Qt::AlignCenter);
    // Fitted to most of the screen; the scroll area shows the rest at full size.
    QSize fit = image.size();
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        fit = fit.boundedTo(screen->availableSize() * 0.8);
    label->setPixmap(
        QPixmap::fromImage(image).scaled(fit, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Preview"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the preview"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(fit + QSize(40, 80));
}

} // namespace vigil
