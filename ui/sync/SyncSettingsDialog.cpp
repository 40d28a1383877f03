#include "ui/sync/SyncSettingsDialog.h"

#include "core/sync/exchange/RetentionPolicy.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vigil {

namespace {

const QString kFolder = QStringLiteral("folder");
const QString kWebDav = QStringLiteral("webdav");

QLabel* noteLabel(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// A check box with its explanation below it, in line with its text (on
// either side: a layout's spacing mirrors for right-to-left).
QLayout* withNote(QCheckBox* box, QLabel* note)
{
    const QStyle* style = box->style();
    auto* indented = new QHBoxLayout;
    indented->addSpacing(style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box) +
                         style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box));
    indented->addWidget(note, 1);
    auto* layout = new QVBoxLayout;
    layout->setSpacing(2);
    layout->addWidget(box);
    layout->addLayout(indented);
    return layout;
}

} // namespace

SyncSettingsDialog::SyncSettingsDialog(UiContext& ctx, QWidget* parent)
    : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync settings"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("transportKindCombo"));
    m_kind->setAccessibleName(tr("How this device syncs"));
    m_kind->addItem(tr("A folder: USB stick or shared drive"), kFolder);
    m_kind->addItem(tr("A WebDAV server: Nextcloud, ownCloud, …"), kWebDav);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setAccessibleName(tr("Sync folder"));
    m_folder->setPlaceholderText(tr("For example /media/stick/vigil"));
    m_chooseFolder = new QPushButton(tr("C&hoose…"), this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    m_chooseFolder->setAccessibleName(tr("Choose the sync folder"));
    m_folderRow = new QHBoxLayout;
    m_folderRow->addWidget(m_folder, 1);
    m_folderRow->addWidget(m_chooseFolder);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(
        QStringLiteral("https://cloud.example.org/remote.php/dav/files/npm/"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name on the server"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password on the server"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                    Qt::ImhSensitiveData);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setAccessibleName(tr("Certificate pin"));
    m_pin->setPlaceholderText(tr("Optional: 64 hexadecimal digits"));
    m_pin->setToolTip(tr("For a server with its own certificate: the SHA-256 of its public key, "
                         "as your coordinator gave it. Sync refuses any other server."));

    m_automatic = new QCheckBox(tr("Sync &automatically"), this);
    m_automatic->setObjectName(QStringLiteral("automaticCheck"));
    m_automatic->setAccessibleName(tr("Sync automatically"));
    m_retention = new QCheckBox(tr("&Remove confirmed sensitive content from this laptop"), this);
    m_retention->setObjectName(QStringLiteral("retentionCheck"));
    m_retention->setAccessibleName(tr("Remove confirmed sensitive content from this laptop"));
    const QString retentionText =
        tr("Once the coordinators have confirmed they received everything of a closed visit, "
           "remove its interview notes, identity entries and photos from this laptop. Off by "
           "default.");
    m_retention->setAccessibleDescription(retentionText);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test the connection"));
    m_testResult = noteLabel(QString(), "testResultLabel", this);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    m_error = noteLabel(QString(), "settingsErrorLabel", this);
    m_error->hide();

    m_form = new QFormLayout;
    const auto row = [this](const QString& text, QWidget* buddy, auto field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        m_form->addRow(label, field);
    };
    row(tr("&Sync through:"), m_kind, m_kind);
    row(tr("&Folder:"), m_folder, m_folderRow);
    row(tr("Server &address:"), m_url, m_url);
    row(tr("&User name:"), m_user, m_user);
    row(tr("&Password:"), m_password, m_password);
    row(tr("Certificate p&in:"), m_pin, m_pin);
    m_form->addRow(QString(),
                   withNote(m_automatic, noteLabel(tr("Runs every 15 minutes and when the network "
                                                      "comes back; a sync folder is used whenever "
                                                      "it is plugged in."),
                                                   "automaticNote", this)));
    m_form->addRow(QString(),
                   withNote(m_retention, noteLabel(retentionText, "retentionNote", this)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("syncSettingsOkButton"));
    ok->setAccessibleName(tr("Save the sync settings"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("syncSettingsCancelButton"));
    cancel->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(600, sizeHint().height());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SyncSettingsDialog::kindChanged);
    connect(m_chooseFolder, &QPushButton::clicked, this, &SyncSettingsDialog::chooseFolder);
    connect(m_testButton, &QPushButton::clicked, this, &SyncSettingsDialog::testConnection);
    connect(&m_test, &QFutureWatcherBase::finished, this, &SyncSettingsDialog::testFinished);
    load();
}

SyncSettingsDialog::~SyncSettingsDialog()
{
    // Not waited for: a server may take a minute to give up, and the test
    // holds nothing but its own connection.
    m_password->clear();
}

void SyncSettingsDialog::setTransportFactory(syncjobs::TransportFactory factory)
{
    m_factory = std::move(factory);
}

void SyncSettingsDialog::load()
{
    Database& db = m_ctx.vault().database();
    auto stored = TransportSettingsStore(db).load();
    if (!stored)
        showError(stored.error().message);
    const TransportSettings settings =
        stored && *stored ? **stored : TransportSettings{kFolder, {}, {}, {}, true};
    m_kind->setCurrentIndex(settings.isWebDav() ? 1 : 0);
    if (settings.isWebDav()) {
        m_url->setText(settings.location);
        m_user->setText(settings.username);
        m_pin->setText(QString::fromLatin1(settings.pin.toHex()));
        m_password->setPlaceholderText(tr("Leave empty to keep the stored password"));
    } else {
        m_folder->setText(QDir::toNativeSeparators(settings.location));
    }
    m_automatic->setChecked(settings.automatic);
    auto retention = RetentionPolicy::enabled(db);
    if (!retention)
        showError(retention.error().message);
    m_retentionWas = retention && *retention;
    m_retention->setChecked(m_retentionWas);
    kindChanged();
}

void SyncSettingsDialog::kindChanged()
{
    const bool webdav = m_kind->currentData().toString() == kWebDav;
    m_form->setRowVisible(m_folderRow, !webdav);
    for (QWidget* field : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_user),
                           static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_pin)})
        m_form->setRowVisible(field, webdav);
    m_testResult->clear();
}

void SyncSettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the sync folder"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

QByteArray SyncSettingsDialog::typedPin() const
{
    QString hex = m_pin->text();
    // As a browser or openssl prints it: "AB:CD:…" or in groups.
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (hex.isEmpty())
        return {};
    static const QRegularExpression valid(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!valid.match(hex).hasMatch())
        return QByteArray(1, '\0'); // refused by TransportSettingsStore::check
    return QByteArray::fromHex(hex.toLatin1());
}

TransportSettings SyncSettingsDialog::typedSettings() const
{
    TransportSettings settings;
    settings.kind = m_kind->currentData().toString();
    settings.automatic = m_automatic->isChecked();
    if (settings.isFolder()) {
        settings.location = QDir::fromNativeSeparators(m_folder->text().trimmed());
    } else {
        settings.location = m_url->text().trimmed();
        settings.username = m_user->text().trimmed();
        settings.pin = typedPin();
    }
    return settings;
}

QString SyncSettingsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString SyncSettingsDialog::testResultText() const
{
    return m_testResult->text();
}

void SyncSettingsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SyncSettingsDialog::accept()
{
    const TransportSettings settings = typedSettings();
    if (const auto why = TransportSettingsStore::check(settings)) {
        showError(*why);
        return;
    }
    Database& db = m_ctx.vault().database();
    TransportSettingsStore store(db);
    Status stored;
    if (settings.isFolder()) {
        // A folder needs no password: one stored for a server goes.
        const SecretBuffer none;
        stored = store.save(settings, &none);
    } else if (!m_password->text().isEmpty()) {
        QString typed = m_password->text();
        m_password->clear();
        const SecretBuffer password = SecretBuffer::takeUtf8(typed);
        stored = store.save(settings, &password);
    } else {
        stored = store.save(settings, nullptr);
    }
    if (stored && m_retention->isChecked() != m_retentionWas)
        stored = RetentionPolicy::setEnabled(db, m_retention->isChecked());
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    Q_EMIT saved();
    QDialog::accept();
}

bool SyncSettingsDialog::testConnection()
{
    if (isTesting())
        return false;
    const TransportSettings settings = typedSettings();
    if (const auto why = TransportSettingsStore::check(settings)) {
        showError(*why);
        return false;
    }
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection) {
        showError(connection.error().message);
        return false;
    }
    showError(QString());
    syncjobs::TestRequest request{std::move(*connection), settings, std::nullopt, m_factory};
    if (settings.isWebDav() && !m_password->text().isEmpty()) {
        QString typed = m_password->text(); // the field keeps it for OK
        request.password = SecretBuffer::takeUtf8(typed);
    }
    m_testing = true;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_test.setFuture(QtConcurrent::run(
        [request = std::move(request)] { return syncjobs::testConnection(request); }));
    return true;
}

void SyncSettingsDialog::testFinished()
{
    m_testing = false;
    m_testButton->setEnabled(true);
    const syncjobs::TestOutcome outcome =
        m_test.future().resultCount() > 0 ? m_test.future().result() : syncjobs::TestOutcome{};
    if (outcome.error)
        m_testResult->setText(outcome.error->message);
    else
        m_testResult->setText(tr("Connected. %n file(s) wait in this device's mailbox.", nullptr,
                                 int(outcome.waiting)));
}

} // namespace vigil
