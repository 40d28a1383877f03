#pragma once

#include <QDialog>
#include <QImage>

namespace vigil {

// Shows a decrypted image held only in memory; nothing is written to disk.
class AttachmentPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    AttachmentPreviewDialog(const QImage& image, const QString& fileName,
                            QWidget* parent = nullptr);
};

} // namespace vigil
