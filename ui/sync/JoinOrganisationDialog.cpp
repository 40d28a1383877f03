#include "ui/sync/JoinOrganisationDialog.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/exchange/SyncSession.h"
#include "core/sync/org/Invitation.h"
#include "core/sync/org/OrgNames.h"
#include "core/sync/org/Organisation.h"
#include "core/vault/Vault.h"
#include "ui/LocaleFormat.h"
#include "ui/UiContext.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/OrgFiles.h"
#include "ui/sync/OrgLabels.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QVBoxLayout>
#include <sodium.h>

namespace vigil {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel* value(const char* name, QWidget* parent)
{
    auto* label = paragraph(QString(), parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString mailboxText(const Invitation& inv)
{
    if (inv.transportKind == OrgNames::kFolder)
        return JoinOrganisationDialog::tr("Shared folder %1")
            .arg(QDir::toNativeSeparators(inv.transportLocation));
    if (inv.transportKind == OrgNames::kWebDav)
        return inv.transportUser.isEmpty()
                   ? JoinOrganisationDialog::tr("Server %1").arg(inv.transportLocation)
                   : JoinOrganisationDialog::tr("Server %1, user %2")
                         .arg(inv.transportLocation, inv.transportUser);
    return JoinOrganisationDialog::tr("None yet: exchange files with the coordinator by hand");
}

} // namespace

JoinOrganisationDialog::JoinOrganisationDialog(UiContext& ctx, QWidget* parent)
    : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("joinOrganisationDialog"));
    setWindowTitle(tr("Join an organisation"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(560);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildInvitationPage());
    m_pages->addWidget(buildDonePage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    auto state = Organisation::state(ctx.vault());
    if (!state) {
        showError(state.error().message);
    } else if (*state && (*state)->state == OrgNames::kEnrolled) {
        showError(tr("This vault already belongs to the organisation “%1”.").arg((*state)->name));
        m_file->setEnabled(false);
    }
    updateJoinButton();
}

JoinOrganisationDialog::~JoinOrganisationDialog()
{
    forgetInvitation();
}

QWidget* JoinOrganisationDialog::buildInvitationPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(
        tr("Open the invitation file your coordinator handed you. Nothing in this vault is lost "
           "by joining: your places, visits and notes stay as they are, and once the coordinator "
           "has approved this device they are shared with the organisation as your role allows."),
        page));

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("invitationFileEdit"));
    m_file->setAccessibleName(tr("Invitation file"));
    m_file->setPlaceholderText(tr("Invitation file (.vgi)"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseInvitationButton"));
    browse->setAccessibleName(tr("Choose the invitation file"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileForm = new QFormLayout;
    fileForm->addRow(tr("&Invitation:"), fileRow);
    qobject_cast<QLabel*>(fileForm->labelForField(fileRow))->setBuddy(m_file);
    layout->addLayout(fileForm);

    m_details = new QGroupBox(tr("The invitation"), page);
    m_details->setObjectName(QStringLiteral("invitationDetails"));
    auto* details = new QFormLayout(m_details);
    m_org = value("invitationOrgValue", m_details);
    m_role = value("invitationRoleValue", m_details);
    m_label = value("invitationLabelValue", m_details);
    m_expires = value("invitationExpiresValue", m_details);
    m_mailbox = value("invitationMailboxValue", m_details);
    details->addRow(tr("Organisation:"), m_org);
    details->addRow(tr("Role:"), m_role);
    details->addRow(tr("For:"), m_label);
    details->addRow(tr("Valid until:"), m_expires);
    details->addRow(tr("Mailbox:"), m_mailbox);
    details->addRow(paragraph(
        tr("Call the coordinator on a number you already know and compare these digits with the "
           "ones on their screen. Join only if every group matches exactly: otherwise the file "
           "did not come from your coordinator."),
        m_details));
    m_coordinatorPrint = new FingerprintLabel(tr("Coordinator's fingerprint"), m_details);
    m_coordinatorPrint->setObjectName(QStringLiteral("coordinatorFingerprint"));
    details->addRow(m_coordinatorPrint);
    m_details->hide();
    layout->addWidget(m_details);

    m_deviceName = new QLineEdit(QSysInfo::machineHostName(), page);
    m_deviceName->setObjectName(QStringLiteral("deviceNameEdit"));
    m_deviceName->setAccessibleName(tr("Name of this device"));
    m_deviceName->setMaxLength(200);
    m_deviceName->setPlaceholderText(tr("For example: Amina's laptop"));
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("This device's &name:"), m_deviceName);
    layout->addLayout(nameForm);

    m_error = paragraph(QString(), page);
    m_error->setObjectName(QStringLiteral("joinErrorLabel"));
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(page);
    // An action, not an accept button: a button box makes its first accept
    // button the default, which Enter would press.
    m_join = buttons->addButton(tr("&Join"), QDialogButtonBox::ActionRole);
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_join->setAccessibleName(tr("Join the organisation"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelJoinButton"));
    m_cancel->setAccessibleName(tr("Cancel joining"));
    layout->addWidget(buttons);
    // Enter in the file field opens the invitation and must never join:
    // joining is a deliberate click, after the fingerprint was compared.
    for (QPushButton* b : {browse, m_join, m_cancel})
        b->setAutoDefault(false);

    connect(browse, &QPushButton::clicked, this, &JoinOrganisationDialog::browse);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { openInvitation(m_file->text()); });
    connect(m_file, &QLineEdit::textEdited, this, &JoinOrganisationDialog::clearInvitation);
    connect(m_deviceName, &QLineEdit::textChanged, this, &JoinOrganisationDialog::updateJoinButton);
    connect(m_join, &QPushButton::clicked, this, &JoinOrganisationDialog::join);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget* JoinOrganisationDialog::buildDonePage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    m_doneText = paragraph(QString(), page);
    m_doneText->setObjectName(QStringLiteral("joinedText"));
    layout->addWidget(m_doneText);

    auto* copyRow = new QHBoxLayout;
    m_saveCopy = new QPushButton(tr("&Save a copy of the request…"), page);
    m_saveCopy->setObjectName(QStringLiteral("saveRequestCopyButton"));
    m_saveCopy->setAccessibleName(tr("Save a copy of the enrolment request"));
    copyRow->addWidget(m_saveCopy);
    copyRow->addStretch();
    layout->addLayout(copyRow);
    m_copyStatus = paragraph(QString(), page);
    m_copyStatus->setObjectName(QStringLiteral("requestCopyStatus"));
    layout->addWidget(m_copyStatus);

    layout->addWidget(paragraph(
        tr("This device's fingerprint. The coordinator compares it with you by phone before "
           "approving this device:"),
        page));
    m_devicePrint = new FingerprintLabel(tr("This device's fingerprint"), page);
    m_devicePrint->setObjectName(QStringLiteral("deviceFingerprint"));
    layout->addWidget(m_devicePrint);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeJoinButton"));
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);

    connect(m_saveCopy, &QPushButton::clicked, this, &JoinOrganisationDialog::chooseCopyPath);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    return page;
}

QLabel* JoinOrganisationDialog::detailLabel(const char* objectName) const
{
    return findChild<QLabel*>(QString::fromLatin1(objectName));
}

QString JoinOrganisationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void JoinOrganisationDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an invitation"), QFileInfo(m_file->text()).absolutePath(),
        tr("Vigil invitations (*.vgi);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    openInvitation(path);
}

bool JoinOrganisationDialog::openInvitation(const QString& path)
{
    if (!m_file->isEnabled())
        return false; // already enrolled: the reason is shown
    clearInvitation();
    if (m_file->text() != QDir::toNativeSeparators(path))
        m_file->setText(QDir::toNativeSeparators(path));
    auto bytes = OrgFiles::read(QDir::fromNativeSeparators(path.trimmed()));
    if (!bytes) {
        showError(bytes.error().message);
        return false;
    }
    auto inv = InvitationFile::parse(*bytes);
    if (!inv) {
        showError(inv.error().message);
        return false;
    }
    m_org->setText(inv->orgName);
    m_role->setText(OrgLabels::role(inv->role));
    m_label->setText(inv->label.isEmpty() ? tr("(not named)") : inv->label);
    m_expires->setText(localeformat::dateTime(inv->expiresAt));
    m_mailbox->setText(mailboxText(*inv));
    m_coordinatorPrint->setFingerprint(DeviceIdentity::fingerprint(inv->coordinatorSignPublic));
    m_details->show();
    if (InvitationFile::isExpired(*inv, QDateTime::currentMSecsSinceEpoch())) {
        showError(tr("This invitation expired on %1. Ask the coordinator for a new one.")
                      .arg(localeformat::dateTime(inv->expiresAt)));
        return false;
    }
    m_invitation = *bytes;
    m_orgId = inv->orgId;
    m_orgName = inv->orgName;
    m_serverMailbox = inv->transportKind == OrgNames::kWebDav;
    m_usable = true;
    updateJoinButton();
    return true;
}

void JoinOrganisationDialog::clearInvitation()
{
    forgetInvitation();
    m_usable = false;
    m_details->hide();
    m_coordinatorPrint->setFingerprint(QString());
    if (m_file->isEnabled())
        m_error->hide();
    updateJoinButton();
}

void JoinOrganisationDialog::forgetInvitation()
{
    // The file holds the invitation's one-time secret.
    if (!m_invitation.isEmpty())
        sodium_memzero(m_invitation.data(), std::size_t(m_invitation.size()));
    m_invitation.clear();
}

bool JoinOrganisationDialog::join()
{
    if (!m_usable || m_deviceName->text().trimmed().isEmpty())
        return false;
    Vault& vault = m_ctx.vault();
    auto request = Organisation(vault).join(m_invitation, m_deviceName->text());
    if (!request) {
        showError(request.error().message);
        return false;
    }
    forgetInvitation();
    m_usable = false;
    m_request = *request;
    auto identity = DeviceIdentity::ensure(vault.database());
    if (!identity) {
        showError(identity.error().message);
        return false;
    }
    m_requestPath = SyncSession::enrolmentRequestPath(vault.path(), identity->id());
    QString where;
    if (Status written = OrgFiles::write(m_requestPath, m_request); !written) {
        // The membership is stored: the copy below is now the way to deliver it.
        m_requestPath.clear();
        where = tr("The request could not be kept for the next sync (%1). Save a copy and hand "
                   "it to the coordinator.")
                    .arg(written.error().message);
    } else {
        where = tr("The enrolment request goes to the coordinator with the next sync. If you "
                   "have no shared mailbox yet, save a copy on a USB stick and hand it over.");
    }
    if (m_serverMailbox)
        where += QLatin1Char(' ') + tr("The server's password is not in the invitation: enter it "
                                       "in the sync settings.");
    m_doneText->setText(
        tr("This device has joined “%1” and waits for the coordinator's approval.").arg(m_orgName) +
        QLatin1Char('\n') + where);
    m_devicePrint->setFingerprint(DeviceIdentity::fingerprint(identity->signPublicKey()));
    m_pages->setCurrentIndex(1);
    m_saveCopy->setFocus();
    Q_EMIT m_ctx.recordsChanged(QStringLiteral("organisation"), m_orgId);
    Q_EMIT joined(m_orgId, m_orgName);
    return true;
}

void JoinOrganisationDialog::chooseCopyPath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the request"),
        QFileInfo(m_requestPath.isEmpty() ? QStringLiteral("enrolment-request.vge") : m_requestPath)
            .fileName(),
        tr("Vigil enrolment requests (*.vge)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveRequestCopy(path); !saved)
        m_copyStatus->setText(saved.error().message);
}

Status JoinOrganisationDialog::saveRequestCopy(const QString& path)
{
    if (m_request.isEmpty())
        return Error::make(ErrorKind::Usage, tr("Join the organisation first."));
    VIGIL_TRY(OrgFiles::write(path, m_request));
    m_copyStatus->setText(tr("A copy was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void JoinOrganisationDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void JoinOrganisationDialog::updateJoinButton()
{
    if (m_join)
        m_join->setEnabled(m_usable && !m_deviceName->text().trimmed().isEmpty());
}

} // namespace vigil
