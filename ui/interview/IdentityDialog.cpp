#include "ui/interview/IdentityDialog.h"

#include "core/repo/IdentityRepository.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"
#include "ui/interview/SecretLabel.h"
#include "ui/LocaleFormat.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLineEdit* entryField(const char* name, const QString& accessible, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    edit->setContextMenuPolicy(Qt::NoContextMenu); // no "Copy" of an identity
    return edit;
}

SecretLabel* valueLabel(const char* name, const QString& accessible, QWidget* parent)
{
    auto* label = new SecretLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAccessibleName(accessible);
    return label;
}

// Moves a line edit's text into guarded memory and empties the field.
SecretBuffer takeText(QLineEdit* edit)
{
    QString text = edit->text();
    edit->clear();
    return SecretBuffer::takeUtf8(text);
}

} // namespace

IdentityDialog::IdentityDialog(UiContext& ctx, const QString& interviewId, const QString& pseudonym,
                               bool consentAllowsIdentity, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_interviewId(interviewId)
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Identity behind %1").arg(pseudonym));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(paragraph(
        tr("Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: "
           "they are shown only while this window is open, and the reading is recorded in the "
           "audit log."),
        this));

    auto* revealBox = new QGroupBox(tr("See the identity"), this);
    auto* revealForm = new QFormLayout(revealBox);
    m_entries = new QComboBox(revealBox);
    m_entries->setObjectName(QStringLiteral("identityEntryCombo"));
    m_entries->setAccessibleName(tr("Identity entry"));
    revealForm->addRow(tr("Entry:"), m_entries);
    m_passphrase = entryField("identityPassphraseEdit", tr("Vault passphrase"), revealBox);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_reveal = new QPushButton(tr("&Show identity"), revealBox);
    m_reveal->setObjectName(QStringLiteral("revealIdentityButton"));
    m_reveal->setAccessibleName(tr("Show identity"));
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_reveal);
    revealForm->addRow(tr("Passphrase:"), passRow);
    m_error = paragraph(QString(), revealBox);
    m_error->setObjectName(QStringLiteral("identityErrorLabel"));
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    revealForm->addRow(m_error);
    layout->addWidget(revealBox);

    m_valuesBox = new QGroupBox(tr("Identity (hidden again when this window closes)"), this);
    m_valuesBox->setObjectName(QStringLiteral("identityValuesBox"));
    auto* values = new QFormLayout(m_valuesBox);
    m_name = valueLabel("identityNameValue", tr("Real name"), m_valuesBox);
    m_idNumber = valueLabel("identityNumberValue", tr("ID, prison or cell number"), m_valuesBox);
    m_other = valueLabel("identityOtherValue", tr("Other details"), m_valuesBox);
    values->addRow(tr("Real name:"), m_name);
    values->addRow(tr("ID, prison or cell number:"), m_idNumber);
    values->addRow(tr("Other details:"), m_other);
    m_valuesBox->hide();
    layout->addWidget(m_valuesBox);

    m_addBox = new QGroupBox(tr("Record an identity"), this);
    m_addBox->setObjectName(QStringLiteral("identityAddBox"));
    auto* add = new QFormLayout(m_addBox);
    if (!consentAllowsIdentity)
        add->addRow(paragraph(tr("Only when the person consented to the use of their name or to "
                                 "the referral of their case."),
                              m_addBox));
    m_newName = entryField("newIdentityNameEdit", tr("Real name to record"), m_addBox);
    m_newId =
        entryField("newIdentityNumberEdit", tr("ID, prison or cell number to record"), m_addBox);
    m_newOther = entryField("newIdentityOtherEdit", tr("Other details to record"), m_addBox);
    add->addRow(tr("Real name:"), m_newName);
    add->addRow(tr("ID, prison or cell number:"), m_newId);
    add->addRow(tr("Other details:"), m_newOther);
    auto* addButton = new QPushButton(tr("Seal and &record"), m_addBox);
    addButton->setObjectName(QStringLiteral("addIdentityButton"));
    addButton->setAccessibleName(tr("Seal and record the identity"));
    add->addRow(addButton);
    m_addBox->setEnabled(consentAllowsIdentity);
    layout->addWidget(m_addBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeIdentityButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close and hide the identity"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reveal, &QPushButton::clicked, this, &IdentityDialog::reveal);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &IdentityDialog::reveal);
    connect(addButton, &QPushButton::clicked, this, &IdentityDialog::addEntry);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &IdentityDialog::revealDone);
    reloadEntries();
}

IdentityDialog::~IdentityDialog()
{
    // The worker uses the vault: it must be done before a lock can close it.
    // An untaken result is destroyed with the future, its buffers wiped.
    // (A default watcher holds a future that never finishes: only wait on a real one.)
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
    wipeValues();
}

bool IdentityDialog::isShowingValues() const
{
    return m_name->hasSecret() || m_idNumber->hasSecret() || m_other->hasSecret();
}

QString IdentityDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IdentityDialog::done(int result)
{
    wipeValues();
    QDialog::done(result);
}

void IdentityDialog::reloadEntries()
{
    m_entries->clear();
    auto entries = IdentityRepository(m_ctx.vault()).list(m_interviewId);
    if (!entries) {
        showError(entries.error().message);
        return;
    }
    for (const IdentityEntryInfo& entry : *entries) {
        const QString when = localeformat::dateTime(entry.createdAt);
        m_entries->addItem(tr("Recorded %1").arg(when), entry.id);
    }
    const bool any = !entries->isEmpty();
    if (!any)
        m_entries->addItem(tr("No identity is recorded for this interview"));
    m_entries->setEnabled(any);
    m_passphrase->setEnabled(any);
    m_reveal->setEnabled(any && !isRevealing());
}

void IdentityDialog::reveal()
{
    const QString entryId = m_entries->currentData().toString();
    if (isRevealing() || entryId.isEmpty())
        return;
    SecretBuffer passphrase = takeText(m_passphrase);
    if (passphrase.isEmpty()) {
        showError(tr("Enter the vault passphrase."));
        return;
    }
    wipeValues();
    showError(tr("Checking the passphrase…"));
    m_reveal->setEnabled(false);
    m_addBox->setProperty("wasEnabled", m_addBox->isEnabled());
    m_addBox->setEnabled(false);
    Vault& vault = m_ctx.vault();
    m_watcher.setFuture(
        QtConcurrent::run([&vault, entryId, secret = std::move(passphrase)]() -> ReadResult {
            return IdentityRepository(vault).read(entryId, secret);
        }));
}

void IdentityDialog::revealDone()
{
    ReadResult result = m_watcher.future().takeResult();
    m_reveal->setEnabled(true);
    m_addBox->setEnabled(m_addBox->property("wasEnabled").toBool());
    if (!result.ok()) {
        showError(result.error().kind == ErrorKind::WrongPassphrase
                      ? tr("The passphrase is not correct. Nothing was shown.")
                      : result.error().message);
        m_passphrase->setFocus();
        Q_EMIT revealFinished(false);
        return;
    }
    if (!isVisible()) {
        Q_EMIT revealFinished(false); // closed meanwhile: the values die with `result`
        return;
    }
    m_error->hide();
    m_name->setSecret(std::move(result.value().realName));
    m_idNumber->setSecret(std::move(result.value().idNumber));
    m_other->setSecret(std::move(result.value().other));
    m_valuesBox->show();
    m_name->setFocus();
    Q_EMIT revealFinished(true);
}

void IdentityDialog::addEntry()
{
    if (m_newName->text().trimmed().isEmpty() && m_newId->text().trimmed().isEmpty()) {
        showError(tr("Enter a name or an ID number to record."));
        return;
    }
    IdentityFields fields;
    fields.realName = takeText(m_newName);
    fields.idNumber = takeText(m_newId);
    fields.other = takeText(m_newOther);
    auto added = IdentityRepository(m_ctx.vault()).add(m_interviewId, fields);
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_error->hide();
    reloadEntries();
    m_entries->setCurrentIndex(m_entries->findData(*added));
    Q_EMIT m_ctx.recordsChanged(QStringLiteral("interview"), m_interviewId);
}

void IdentityDialog::wipeValues()
{
    m_name->clear();
    m_idNumber->clear();
    m_other->clear();
    m_valuesBox->hide();
}

void IdentityDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace vigil
