#include "ui/nav/RecordFormDialog.h"

#include "ui/UiContext.h"
#include "ui/nav/OptionalNumberEdit.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

namespace vigil {

RecordFormDialog::RecordFormDialog(UiContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx) {}

QLineEdit* RecordFormDialog::lineEdit(const char* name, const QString& accessible)
{
    auto* edit = new QLineEdit(this);
    watch(edit, name, accessible);
    return edit;
}

OptionalNumberEdit* RecordFormDialog::numberEdit(const char* name, const QString& accessible)
{
    auto* edit = new OptionalNumberEdit(this);
    watch(edit, name, accessible);
    return edit;
}

void RecordFormDialog::watch(QLineEdit* edit, const char* name, const QString& accessible)
{
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    connect(edit, &QLineEdit::textChanged, this, &RecordFormDialog::onEdited);
}

void RecordFormDialog::finishForm(QFormLayout* form, const char* prefix, const FormTexts& texts)
{
    const QString name = QString::fromLatin1(prefix);
    m_refused = texts.refused;

    m_hint = new QLabel(this);
    m_hint->setObjectName(name + QLatin1String("HintLabel"));
    m_hint->setAccessibleName(texts.hintName);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(name + QLatin1String("ErrorLabel"));
    m_error->setAccessibleName(texts.errorName);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(name + QLatin1String("OkButton"));
    m_ok->setText(texts.okText);
    m_ok->setAccessibleName(texts.okText);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(name + QLatin1String("CancelButton"));
    cancel->setAccessibleName(texts.cancelName);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RecordFormDialog::onEdited()
{
    if (!m_ok)
        return; // still building
    // The last refusal was about what the form held then.
    showError(QString());
    const QString needs = missing();
    m_hint->setText(needs);
    m_hint->setVisible(!needs.isEmpty());
    m_ok->setEnabled(needs.isEmpty());
    m_ok->setToolTip(needs);
}

void RecordFormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RecordFormDialog::accept()
{
    if (!missing().isEmpty())
        return;
    // A refused step reports its error through the context (and so to the
    // status bar); catch it here as well, where the user can act on it.
    std::optional<Error> failure;
    const auto connection = connect(&m_ctx, &UiContext::errorReported, this,
                                    [&failure](const Error& error) { failure = error; });
    const bool ok = save();
    disconnect(connection);
    if (!ok) {
        showError(failure ? failure->message : m_refused);
        return;
    }
    saved();
    QDialog::accept();
}

} // namespace vigil
