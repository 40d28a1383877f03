#include "ui/sync/InviteDialog.h"

#include "core/repo/PersonRepository.h"
#include "core/store/Database.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/OrgNames.h"
#include "core/sync/org/OrgStore.h"
#include "core/sync/org/Organisation.h"
#include "core/vault/Vault.h"
#include "ui/LocaleFormat.h"
#include "ui/UiContext.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/OrgFiles.h"
#include "ui/sync/OrgLabels.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// What the invitation's file name says: who it is for, never a secret.
QString fileNameFor(const QString& label)
{
    QString name = label.trimmed();
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.isNull() || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    return (name.isEmpty() ? InviteDialog::tr("invitation") : name.left(80)) +
           QStringLiteral(".vgi");
}

} // namespace

InviteDialog::InviteDialog(UiContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite a device"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(paragraph(
        tr("The invitation file lets one device ask to join the organisation. Hand it over in "
           "person, on a USB stick you give yourself: whoever holds it can ask to join. It can "
           "be used once and expires in 14 days."),
        this));

    auto* form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("inviteRoleCombo"));
    m_role->setAccessibleName(tr("Role of the invited device"));
    for (QLatin1StringView role : {OrgNames::kMonitor, OrgNames::kLead, OrgNames::kCoordinator})
        m_role->addItem(OrgLabels::role(QString(role)), QString(role));
    form->addRow(tr("&Role:"), m_role);

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("invitePersonCombo"));
    m_person->setAccessibleName(tr("Person who will use the device"));
    m_person->addItem(tr("Not linked to a person yet"), QString());
    if (auto persons = PersonRepository(ctx.records()).list()) {
        for (const Person& p : *persons)
            m_person->addItem(p.name, p.id);
    } else {
        ctx.report(persons.error());
    }
    form->addRow(tr("&Person:"), m_person);
    form->addRow(QString(), paragraph(tr("The device receives the visits whose team names this "
                                         "person."),
                                      this));

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("inviteLabelEdit"));
    m_label->setAccessibleName(tr("Who the invitation is for"));
    m_label->setMaxLength(200);
    m_label->setPlaceholderText(tr("Shown to the person when they open it"));
    form->addRow(tr("&For:"), m_label);
    layout->addLayout(form);

    if (auto transport = OrgStore(ctx.vault().database()).transport(); transport && !*transport)
        layout->addWidget(paragraph(tr("No mailbox is set up yet, so the invitation names none: "
                                       "files will be exchanged by hand until you set one up in "
                                       "the sync settings and issue new invitations."),
                                    this));

    layout->addWidget(paragraph(tr("When the person opens the invitation, they will call you and "
                                   "read out the fingerprint they see. It must be exactly this "
                                   "device's fingerprint:"),
                                this));
    m_print = new FingerprintLabel(tr("This device's fingerprint"), this);
    m_print->setObjectName(QStringLiteral("ownFingerprint"));
    if (auto identity = DeviceIdentity::ensure(ctx.vault().database()))
        m_print->setFingerprint(DeviceIdentity::fingerprint(identity->signPublicKey()));
    layout->addWidget(m_print);

    m_status = paragraph(QString(), this);
    m_status->setObjectName(QStringLiteral("inviteStatusLabel"));
    layout->addWidget(m_status);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save the invitation…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveInvitationButton"));
    m_save->setAccessibleName(tr("Save the invitation file"));
    m_save->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeInviteButton"));
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);

    connect(m_person, &QComboBox::currentIndexChanged, this, &InviteDialog::personChanged);
    connect(m_save, &QPushButton::clicked, this, &InviteDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void InviteDialog::personChanged()
{
    // The person's name is the natural label, unless the user typed another.
    const QString name =
        m_person->currentData().toString().isEmpty() ? QString() : m_person->currentText();
    if (m_label->text() == m_labelFromPerson)
        m_label->setText(name);
    m_labelFromPerson = name;
}

void InviteDialog::chooseFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the invitation"), fileNameFor(m_label->text()),
                                     tr("Vigil invitations (*.vgi)"));
    if (!path.isEmpty())
        createInvitation(path);
}

bool InviteDialog::createInvitation(const QString& path)
{
    Organisation::InvitationRequest request;
    request.role = m_role->currentData().toString();
    request.personId = m_person->currentData().toString();
    request.label = m_label->text().trimmed();
    auto file = Organisation(m_ctx.vault()).invite(request);
    if (!file) {
        m_status->setText(file.error().message);
        return false;
    }
    if (Status written = OrgFiles::write(path, *file); !written) {
        // The unused invitation stays in the vault; it expires unanswered.
        m_status->setText(written.error().message);
        return false;
    }
    const qint64 expires =
        QDateTime::currentMSecsSinceEpoch() + Organisation::InvitationRequest{}.validForMs;
    m_status->setText(tr("The invitation was saved to %1. Hand it over in person before %2.")
                          .arg(QDir::toNativeSeparators(path), localeformat::dateTime(expires)));
    m_close->setFocus();
    Q_EMIT invitationCreated(path);
    return true;
}

} // namespace vigil
