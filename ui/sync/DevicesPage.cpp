#include "ui/sync/DevicesPage.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/exchange/SyncSession.h"
#include "core/sync/org/OrgNames.h"
#include "core/sync/org/Organisation.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"
#include "ui/nav/PageHeading.h"
#include "ui/sync/CoordinatorPanel.h"
#include "ui/sync/CreateOrganisationDialog.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/JoinOrganisationDialog.h"
#include "ui/sync/OrgFiles.h"
#include "ui/sync/OrgLabels.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent, const char* name = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}

QPushButton* button(const QString& text, const char* name, const QString& accessible,
                    QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

DevicesPage::DevicesPage(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("devicesPage"));
    m_heading = pageHeading(tr("Organisation and devices"), this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildStandalonePage());
    m_pages->addWidget(buildMemberPage());
    m_coordinator = new CoordinatorPanel(ctx, m_pages);
    m_coordinator->setObjectName(QStringLiteral("coordinatorPanel"));
    m_pages->addWidget(m_coordinator);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);

    connect(m_coordinator, &CoordinatorPanel::rosterChanged, this, &DevicesPage::rosterChanged);
    connect(&ctx, &UiContext::recordsChanged, this, &DevicesPage::scheduleReload);
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DevicesPage::reload);
}

QWidget* DevicesPage::buildStandalonePage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(paragraph(
        tr("This vault is standalone: it belongs to no organisation and exchanges records with "
           "no other device."),
        page, "standaloneText"));
    layout->addWidget(
        paragraph(tr("To work with a team, join your organisation with the invitation file your "
                     "coordinator gives you in person. Nothing in this vault is lost by joining."),
                  page));
    auto* buttons = new QHBoxLayout;
    m_joinButton = button(tr("&Join an organisation…"), "joinOrganisationButton",
                          tr("Join an organisation"), page);
    buttons->addWidget(m_joinButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(paragraph(
        tr("Only the coordinator of the secretariat creates the organisation, once, on their own "
           "computer; every other device joins it."),
        page));
    auto* createRow = new QHBoxLayout;
    m_createButton = button(tr("&Create an organisation…"), "createOrganisationButton",
                            tr("Create an organisation"), page);
    createRow->addWidget(m_createButton);
    createRow->addStretch();
    layout->addLayout(createRow);
    layout->addStretch();

    connect(m_joinButton, &QPushButton::clicked, this, &DevicesPage::openJoinDialog);
    connect(m_createButton, &QPushButton::clicked, this, &DevicesPage::openCreateDialog);
    return page;
}

QWidget* DevicesPage::buildMemberPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_memberSummary = paragraph(QString(), page, "memberSummary");
    m_memberState = paragraph(QString(), page, "memberState");
    QFont bold = m_memberState->font();
    bold.setBold(true);
    m_memberState->setFont(bold);
    layout->addWidget(m_memberSummary);
    layout->addWidget(m_memberState);
    layout->addWidget(paragraph(tr("This device's fingerprint, for the coordinator to compare by "
                                   "phone:"),
                                page));
    m_memberPrint = new FingerprintLabel(tr("This device's fingerprint"), page);
    m_memberPrint->setObjectName(QStringLiteral("memberFingerprint"));
    layout->addWidget(m_memberPrint);
    auto* copyRow = new QHBoxLayout;
    m_saveCopy = button(tr("&Save a copy of the request…"), "memberSaveRequestCopyButton",
                        tr("Save a copy of the enrolment request"), page);
    copyRow->addWidget(m_saveCopy);
    copyRow->addStretch();
    layout->addLayout(copyRow);
    m_copyStatus = paragraph(QString(), page, "memberCopyStatus");
    layout->addWidget(m_copyStatus);
    layout->addStretch();
    connect(m_saveCopy, &QPushButton::clicked, this, &DevicesPage::chooseCopyPath);
    return page;
}

void DevicesPage::scheduleReload()
{
    if (isVisible())
        m_reloadTimer.start(0);
    else
        m_stale = true;
}

void DevicesPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void DevicesPage::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    Vault& vault = m_ctx.vault();
    auto state = Organisation::state(vault);
    if (!state)
        return m_ctx.report(state.error());
    auto identity = DeviceIdentity::ensure(vault.database());
    if (!identity)
        return m_ctx.report(identity.error());
    m_selfId = identity->id();

    if (!*state) {
        m_mode = Mode::Standalone;
        m_pages->setCurrentIndex(0);
        m_heading->setText(tr("Organisation and devices"));
        return;
    }
    const OrgState& org = **state;
    m_heading->setText(tr("Organisation “%1”").arg(org.name));
    if (org.isCoordinator() && org.state == OrgNames::kEnrolled) {
        m_mode = Mode::Coordinator;
        m_pages->setCurrentIndex(2);
        m_coordinator->reload();
        return;
    }
    m_mode = Mode::Member;
    m_pages->setCurrentIndex(1);
    m_memberSummary->setText(
        tr("This device belongs to “%1” as %2.").arg(org.name, OrgLabels::role(org.role)));
    m_memberState->setText(OrgLabels::membershipState(org.state));
    m_memberPrint->setFingerprint(DeviceIdentity::fingerprint(identity->signPublicKey()));
    const bool pending = org.state == OrgNames::kPending;
    m_saveCopy->setVisible(pending && !pendingRequestFile().isEmpty());
    if (!pending)
        m_copyStatus->clear();
}

QString DevicesPage::pendingRequestFile() const
{
    const QString path = SyncSession::enrolmentRequestPath(m_ctx.vault().path(), m_selfId);
    for (const QString& candidate : {path, path + QStringLiteral(".sent")}) {
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

void DevicesPage::chooseCopyPath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the request"),
        QFileInfo(SyncSession::enrolmentRequestPath(QString(), m_selfId)).fileName(),
        tr("Vigil enrolment requests (*.vge)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveRequestCopy(path); !saved)
        m_copyStatus->setText(saved.error().message);
}

Status DevicesPage::saveRequestCopy(const QString& path)
{
    const QString source = pendingRequestFile();
    if (source.isEmpty())
        return Error::make(ErrorKind::NotFound,
                           tr("The enrolment request is no longer on this device. Join again "
                              "with the same invitation to make a new one."));
    auto bytes = OrgFiles::read(source);
    if (!bytes)
        return bytes.error();
    VIGIL_TRY(OrgFiles::write(path, *bytes));
    m_copyStatus->setText(tr("A copy was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

JoinOrganisationDialog* DevicesPage::openJoinDialog()
{
    auto* dialog = new JoinOrganisationDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JoinOrganisationDialog::joined, this, &DevicesPage::membershipChanged);
    dialog->open();
    return dialog;
}

CreateOrganisationDialog* DevicesPage::openCreateDialog()
{
    auto* dialog = new CreateOrganisationDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateOrganisationDialog::created, this, &DevicesPage::membershipChanged);
    dialog->open();
    return dialog;
}

void DevicesPage::membershipChanged()
{
    reload();
    Q_EMIT organisationChanged();
}

} // namespace vigil
