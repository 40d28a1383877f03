#include "ui/lock/LockScreen.h"

#include "core/crypto/PassphraseStrength.h"
#include "ui/UiResources.h"
#include "ui/lock/BusyIndicator.h"
#include "ui/lock/RecoveryKeyDialog.h"
#include "ui/lock/StrengthMeter.h"
#include "ui/lock/VaultOpener.h"

#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

QLineEdit* passphraseField(QWidget* parent, const QString& objectName, const QString& accessible)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessible);
    return edit;
}

QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

LockScreen::LockScreen(QString vaultDir, KdfParams kdf, QWidget* parent)
    : QWidget(parent), m_dir(std::move(vaultDir)), m_kdf(kdf)
{
    ensureUiResources();
    m_opener = new VaultOpener(this);
    connect(m_opener, &VaultOpener::succeeded, this, &LockScreen::openerSucceeded);
    connect(m_opener, &VaultOpener::failed, this, &LockScreen::openerFailed);
    buildUi();
    reset();
}

LockScreen::~LockScreen() = default;

void LockScreen::buildUi()
{
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/vigil.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    icon->setObjectName(QStringLiteral("lockIcon"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setAlignment(Qt::AlignCenter);
    m_intro->setForegroundRole(QPalette::PlaceholderText);

    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("locationLabel"));
    m_location->setAlignment(Qt::AlignCenter);
    m_location->setTextFormat(Qt::PlainText);
    m_location->setForegroundRole(QPalette::PlaceholderText);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMaxLength(100);
    m_nameEdit->setPlaceholderText(tr("e.g. Northern region visits"));
    m_nameEdit->setAccessibleName(tr("Vault name"));
    m_nameLabel = fieldLabel(tr("Vault &name (optional)"), m_nameEdit, this);

    m_passEdit = passphraseField(this, QStringLiteral("passphraseEdit"), tr("Passphrase"));
    auto* passLabel = fieldLabel(tr("&Passphrase"), m_passEdit, this);
    m_meter = new StrengthMeter(this);

    m_confirmEdit = passphraseField(this, QStringLiteral("confirmEdit"), tr("Repeat passphrase"));
    m_confirmLabel = fieldLabel(tr("&Repeat passphrase"), m_confirmEdit, this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);

    m_busyIndicator = new BusyIndicator(tr("Deriving the keys… this takes a moment."), this);

    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setAutoDefault(true);

    connect(m_passEdit, &QLineEdit::textChanged, this, &LockScreen::updateStrength);
    connect(m_submit, &QPushButton::clicked, this, &LockScreen::submit);
    for (QLineEdit* edit : {m_nameEdit, m_passEdit, m_confirmEdit})
        connect(edit, &QLineEdit::returnPressed, this, &LockScreen::submit);

    auto* card = new QWidget(this);
    card->setMaximumWidth(440);
    card->setMinimumWidth(360);
    auto* form = new QVBoxLayout(card);
    form->setSpacing(6);
    // nullptr marks a gap between groups.
    for (QWidget* w : std::initializer_list<QWidget*>{
             icon, m_title, m_intro, m_location, nullptr, m_nameLabel, m_nameEdit, nullptr,
             passLabel, m_passEdit, m_meter, nullptr, m_confirmLabel, m_confirmEdit, nullptr,
             m_error, m_busyIndicator, nullptr}) {
        if (w)
            form->addWidget(w);
        else
            form->addSpacing(8);
    }
    form->addWidget(m_submit, 0, Qt::AlignHCenter);

    // Centred with stretches, not with AlignHCenter: an aligned item gets its
    // height for the whole width, which clips the word-wrapped labels.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void LockScreen::reset()
{
    m_mode = Vault::existsAt(m_dir) ? Mode::Unlock : Mode::Create;
    clearSecrets();
    m_nameEdit->clear();
    m_error->clear();
    m_error->hide();
    setBusy(false);
    applyMode();
    m_passEdit->setFocus();
}

void LockScreen::applyMode()
{
    const bool create = m_mode == Mode::Create;
    m_title->setText(create ? tr("Create a vault") : tr("Unlock the vault"));
    m_intro->setText(create ? tr("Everything you record is encrypted with this passphrase.")
                            : tr("Enter the passphrase to open the vault."));
    // A long path is shortened in the middle; the tooltip has all of it.
    const QString where = QDir::toNativeSeparators(m_dir);
    const QString elided = m_location->fontMetrics().elidedText(where, Qt::ElideMiddle, 360);
    m_location->setText(tr("Location: %1").arg(elided));
    m_location->setToolTip(where);
    for (QWidget* w : std::initializer_list<QWidget*>{m_nameLabel, m_nameEdit, m_meter,
                                                      m_confirmLabel, m_confirmEdit})
        w->setVisible(create);
    m_submit->setText(create ? tr("&Create vault") : tr("&Unlock"));
    m_submit->setAccessibleName(create ? tr("Create vault") : tr("Unlock"));
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<Vault> LockScreen::takeVault()
{
    return std::move(m_vault);
}

void LockScreen::updateStrength()
{
    if (m_mode != Mode::Create)
        return;
    QString text = m_passEdit->text();
    if (text.isEmpty()) {
        m_meter->clear();
        return;
    }
    const SecretBuffer passphrase = SecretBuffer::takeUtf8(text);
    m_meter->setStrength(PassphraseStrength::estimate(passphrase));
}

void LockScreen::submit()
{
    if (m_isBusy)
        return;
    if (m_mode == Mode::Create)
        startCreate();
    else
        startUnlock();
}

void LockScreen::startCreate()
{
    QString text = m_passEdit->text();
    QString repeated = m_confirmEdit->text();
    SecretBuffer passphrase = SecretBuffer::takeUtf8(text);
    const SecretBuffer confirmation = SecretBuffer::takeUtf8(repeated);
    if (passphrase.isEmpty()) {
        showError(tr("Enter a passphrase."), m_passEdit);
        return;
    }
    if (PassphraseStrength::estimate(passphrase).score < PassphraseStrength::kMinimumScore) {
        showError(tr("This passphrase is too weak. Use a longer one, for example several "
                     "unrelated words."),
                  m_passEdit);
        return;
    }
    if (!passphrase.equals(confirmation)) {
        m_confirmEdit->clear();
        showError(tr("The two passphrases do not match. Type it again."), m_confirmEdit);
        return;
    }
    m_pendingName = m_nameEdit->text().trimmed();
    clearSecrets();
    setBusy(true);
    m_opener->create(m_dir, std::move(passphrase), m_kdf, m_pendingName);
}

void LockScreen::startUnlock()
{
    QString text = m_passEdit->text();
    SecretBuffer passphrase = SecretBuffer::takeUtf8(text);
    if (passphrase.isEmpty()) {
        showError(tr("Enter the passphrase."), m_passEdit);
        return;
    }
    setBusy(true);
    m_opener->open(m_dir, std::move(passphrase));
}

void LockScreen::openerSucceeded()
{
    setBusy(false);
    m_vault = m_opener->takeVault();
    if (m_mode == Mode::Unlock) {
        Q_EMIT unlocked();
        return;
    }
    // A new vault: its recovery key is shown once before the vault is handed over.
    const SecretBuffer recoveryKey = m_opener->takeRecoveryKey();
    auto* dialog = new RecoveryKeyDialog(recoveryKey, m_pendingName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LockScreen::unlocked);
    dialog->open();
}

void LockScreen::openerFailed(ErrorKind /*kind*/, const QString& message)
{
    setBusy(false);
    m_passEdit->clear();
    if (m_mode == Mode::Create && Vault::existsAt(m_dir)) {
        m_mode = Mode::Unlock; // someone else created it meanwhile
        applyMode();
    }
    showError(message, m_passEdit);
}

void LockScreen::setBusy(bool busy)
{
    m_isBusy = busy;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_nameEdit, m_passEdit, m_confirmEdit, m_submit})
        w->setEnabled(!busy);
    m_busyIndicator->setVisible(busy);
    if (busy)
        m_error->hide();
}

void LockScreen::showError(const QString& message, QLineEdit* focusField)
{
    m_error->setText(message);
    m_error->show();
    focusField->setFocus();
    focusField->selectAll();
}

void LockScreen::clearSecrets()
{
    m_passEdit->clear();
    m_confirmEdit->clear();
    m_meter->clear();
}

} // namespace vigil
