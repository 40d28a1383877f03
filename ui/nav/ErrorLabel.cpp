#include "ui/nav/ErrorLabel.h"

#include "ui/UiContext.h"

#include <QMessageBox>

namespace vigil {

ErrorLabel::ErrorLabel(UiContext& ctx, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("lastErrorLabel"));
    setAccessibleName(tr("Last error"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(8, 0, 8, 0);
    connect(&ctx, &UiContext::errorReported, this, &ErrorLabel::showError);
}

bool ErrorLabel::needsAttention(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::DiskFull:
    case ErrorKind::ReadOnly:
    case ErrorKind::Integrity:
        return true;
    default:
        return false;
    }
}

void ErrorLabel::showError(const Error& error)
{
    setText(error.message);
    setToolTip(error.message);
    if (!needsAttention(error))
        return;
    // open(), not exec(): the idle lock may destroy the window under a nested loop.
    auto* box = new QMessageBox(window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setIcon(QMessageBox::Critical);
    box->setWindowTitle(tr("Vigil"));
    box->setTextFormat(Qt::PlainText);
    box->setText(error.message);
    switch (error.kind) {
    case ErrorKind::DiskFull:
        box->setInformativeText(
            tr("The disk is full, so the change was not kept. Free some space and try again."));
        break;
    case ErrorKind::ReadOnly:
        box->setInformativeText(tr("The vault's storage cannot be written, so the change was not "
                                   "kept. Check the drive and its permissions."));
        break;
    default:
        box->setInformativeText(tr("The vault may be damaged. Lock it, make a copy of the vault "
                                   "folder and check it before making further changes."));
        break;
    }
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

} // namespace vigil
