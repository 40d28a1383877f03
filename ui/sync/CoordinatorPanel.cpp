#include "ui/sync/CoordinatorPanel.h"

#include "core/repo/PersonRepository.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "ui/sync/EnrolmentModel.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/InviteDialog.h"
#include "ui/sync/ListTable.h"
#include "ui/sync/OrgFiles.h"
#include "ui/sync/OrgLabels.h"
#include "ui/sync/RosterModel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigil {

namespace {

QTableView* table(QAbstractItemModel* model, const char* name, const QString& accessible,
                  QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    setUpListTable(view, accessible, CoordinatorPanel::tr("Select all rows"));
    return view;
}

QPushButton* button(const QString& text, const char* name, const QString& accessible,
                    QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessible);
    return b;
}

QHash<QString, QString> personNames(UiContext& ctx)
{
    QHash<QString, QString> names;
    auto persons = PersonRepository(ctx.records()).list();
    if (!persons) {
        ctx.report(persons.error());
        return names;
    }
    for (const Person& p : *persons)
        names.insert(p.id, p.name);
    return names;
}

// A refusal that will not change by trying the same file again.

} // namespace

CoordinatorPanel::CoordinatorPanel(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    m_requests = new EnrolmentModel(this);
    m_roster = new RosterModel(this);

    auto* printBox = new QGroupBox(tr("This device's fingerprint"), this);
    auto* printLayout = new QVBoxLayout(printBox);
    auto* printNote = new QLabel(tr("Read it out when someone who is joining calls you: they "
                                    "compare it with the one their invitation shows."),
                                 printBox);
    printNote->setWordWrap(true);
    printLayout->addWidget(printNote);
    m_print = new FingerprintLabel(tr("This device's fingerprint"), printBox);
    m_print->setObjectName(QStringLiteral("coordinatorOwnFingerprint"));
    printLayout->addWidget(m_print);

    auto* requestBox = new QGroupBox(tr("Requests to join"), this);
    auto* requestLayout = new QVBoxLayout(requestBox);
    auto* requestNote = new QLabel(tr("Call the person on a number you already know and ask them "
                                      "to read out the fingerprint their device shows. Approve "
                                      "only if it matches the one listed here exactly."),
                                   requestBox);
    requestNote->setWordWrap(true);
    requestLayout->addWidget(requestNote);
    m_requestsView = table(m_requests, "enrolmentRequestsView", tr("Requests to join"), requestBox);
    requestLayout->addWidget(m_requestsView, 1);
    auto* requestButtons = new QHBoxLayout;
    m_approve =
        button(tr("&Approve…"), "approveButton", tr("Approve the selected request"), requestBox);
    m_refuse =
        button(tr("Re&fuse…"), "refuseButton", tr("Refuse the selected request"), requestBox);
    auto* import = button(tr("&Import a request…"), "importRequestButton",
                          tr("Import an enrolment request file"), requestBox);
    requestButtons->addWidget(m_approve);
    requestButtons->addWidget(m_refuse);
    requestButtons->addStretch();
    requestButtons->addWidget(import);
    requestLayout->addLayout(requestButtons);

    auto* rosterBox = new QGroupBox(tr("Devices of the organisation"), this);
    auto* rosterLayout = new QVBoxLayout(rosterBox);
    m_rosterView = table(m_roster, "rosterView", tr("Devices of the organisation"), rosterBox);
    rosterLayout->addWidget(m_rosterView, 1);
    auto* rosterButtons = new QHBoxLayout;
    m_revoke = button(tr("&Revoke…"), "revokeButton", tr("Revoke the selected device"), rosterBox);
    auto* invite = button(tr("In&vite…"), "inviteButton", tr("Invite a device"), rosterBox);
    rosterButtons->addWidget(m_revoke);
    rosterButtons->addStretch();
    rosterButtons->addWidget(invite);
    rosterLayout->addLayout(rosterButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(printBox);
    layout->addWidget(requestBox, 2);
    layout->addWidget(rosterBox, 3);
    layout->addWidget(m_message);
    setFocusProxy(m_requestsView);

    connect(m_approve, &QPushButton::clicked, this, &CoordinatorPanel::approveSelected);
    connect(m_refuse, &QPushButton::clicked, this, &CoordinatorPanel::refuseSelected);
    connect(m_revoke, &QPushButton::clicked, this, &CoordinatorPanel::revokeSelected);
    connect(import, &QPushButton::clicked, this, &CoordinatorPanel::browseRequest);
    connect(invite, &QPushButton::clicked, this, &CoordinatorPanel::openInviteDialog);
    connect(m_requestsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoordinatorPanel::updateButtons);
    connect(m_rosterView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoordinatorPanel::updateButtons);
    connect(m_requests, &QAbstractItemModel::modelReset, this, &CoordinatorPanel::updateButtons);
    connect(m_roster, &QAbstractItemModel::modelReset, this, &CoordinatorPanel::updateButtons);
    updateButtons();
}

void CoordinatorPanel::reload()
{
    // Requests a sync fetched from the mailbox (SyncSession::receive puts them here).
    const QDir fetched(QDir(m_ctx.vault().path()).filePath(QStringLiteral("sync/requests")));
    QStringList paths;
    for (const QString& name : fetched.entryList({QStringLiteral("*.vge")}, QDir::Files))
        paths << fetched.filePath(name);
    importFetched(paths);

    const QString keptRequest = selectedRequest();
    const QString keptDevice = selectedDevice();
    Vault& vault = m_ctx.vault();
    auto identity = DeviceIdentity::ensure(vault.database());
    if (!identity)
        return m_ctx.report(identity.error());
    m_print->setFingerprint(DeviceIdentity::fingerprint(identity->signPublicKey()));
    const QHash<QString, QString> persons = personNames(m_ctx);
    auto entries = Roster(vault.database()).entries();
    if (!entries)
        return m_ctx.report(entries.error());
    m_roster->setEntries(*entries, persons, identity->id());
    auto pending = Organisation(vault).enrolments();
    if (!pending)
        return m_ctx.report(pending.error());
    m_requests->setRequests(*pending, persons);
    // A few rows at most: every column as wide as its contents, fingerprints whole.
    m_requestsView->resizeColumnsToContents();
    m_rosterView->resizeColumnsToContents();
    if (int row = m_requests->rowOf(keptRequest); row >= 0)
        selectListRow(m_requestsView, row);
    if (int row = m_roster->rowOf(keptDevice); row >= 0)
        selectListRow(m_rosterView, row);
}

void CoordinatorPanel::importFetched(const QStringList& paths)
{
    QStringList refusals;
    for (const QString& path : paths) {
        auto bytes = OrgFiles::read(path);
        Result<PendingEnrolment> received =
            bytes ? Organisation(m_ctx.vault()).receiveEnrolment(*bytes)
                  : Result<PendingEnrolment>(bytes.error());
        if (!received && !Organisation::isFinalRefusal(received.error())) {
            refusals << received.error().message; // kept, to try again on the next reload
            continue;
        }
        if (!received)
            refusals << received.error().message;
        QFile::remove(path);
    }
    if (!refusals.isEmpty())
        showMessage(tr("A request that came with the last sync was not taken: %1")
                        .arg(refusals.join(QLatin1Char(' '))));
}

void CoordinatorPanel::browseRequest()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import an enrolment request"), QString(),
                                     tr("Vigil enrolment requests (*.vge);;All files (*)"));
    if (!path.isEmpty())
        importRequest(path);
}

bool CoordinatorPanel::importRequest(const QString& path)
{
    auto bytes = OrgFiles::read(path);
    if (!bytes) {
        showMessage(bytes.error().message);
        return false;
    }
    auto received = Organisation(m_ctx.vault()).receiveEnrolment(*bytes);
    if (!received) {
        showMessage(received.error().message);
        return false;
    }
    reload();
    if (int row = m_requests->rowOf(received->deviceId); row >= 0) {
        selectListRow(m_requestsView, row);
        m_requestsView->setFocus();
    }
    showMessage(tr("The request from “%1” was received. Call the person and compare the "
                   "fingerprint before approving it.")
                    .arg(received->name));
    return true;
}

bool CoordinatorPanel::approveSelected()
{
    const int row = m_requests->rowOf(selectedRequest());
    if (row < 0)
        return false;
    const PendingEnrolment request = m_requests->request(row);
    const QString who = request.label.isEmpty()
                            ? request.name.toHtmlEscaped()
                            : tr("%1 (invited: %2)")
                                  .arg(request.name.toHtmlEscaped(), request.label.toHtmlEscaped());
    const QString digits =
        FingerprintLabel::leftToRight(FingerprintLabel::arranged(request.fingerprint))
            .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!confirm(tr("Approve a device"),
                 tr("<p>Approve %1 as %2?</p><p>Approve only if the person read out exactly "
                    "these digits:</p>")
                         .arg(who, OrgLabels::role(request.role).toHtmlEscaped()) +
                     QStringLiteral("<p style=\"font-family: monospace; font-size: x-large; "
                                    "font-weight: bold\">%1</p>")
                         .arg(digits),
                 tr("If any group differs, refuse the request: someone else may have sent it."),
                 tr("Approve"), true))
        return false;
    auto entry = Organisation(m_ctx.vault()).approve(request.deviceId);
    if (!entry) {
        showMessage(entry.error().message);
        return false;
    }
    reload();
    showMessage(tr("“%1” is now in the organisation as %2. It receives the device list with "
                   "your next sync.")
                    .arg(entry->name, OrgLabels::role(entry->role)));
    Q_EMIT rosterChanged();
    return true;
}

bool CoordinatorPanel::refuseSelected()
{
    const int row = m_requests->rowOf(selectedRequest());
    if (row < 0)
        return false;
    const PendingEnrolment request = m_requests->request(row);
    if (!confirm(tr("Refuse a request"), tr("Refuse the request from “%1”?").arg(request.name),
                 tr("The invitation stays valid: the person it was for can still join with it."),
                 tr("Refuse")))
        return false;
    if (Status done = Organisation(m_ctx.vault()).refuse(request.deviceId); !done) {
        showMessage(done.error().message);
        return false;
    }
    reload();
    showMessage(tr("The request from “%1” was refused.").arg(request.name));
    return true;
}

bool CoordinatorPanel::revokeSelected()
{
    const int row = m_roster->rowOf(selectedDevice());
    if (row < 0)
        return false;
    const RosterEntry entry = m_roster->entry(row);
    if (!confirm(tr("Revoke a device"), tr("Revoke “%1”?").arg(entry.name),
                 tr("From now on its bundles are refused by every device that has received the "
                    "new device list, and nothing more is sent to it. What it sent before stays. "
                    "This cannot be undone: to take part again, the person needs a new vault "
                    "and a new invitation."),
                 tr("Revoke")))
        return false;
    if (Status done = Organisation(m_ctx.vault()).revoke(entry.deviceId); !done) {
        showMessage(done.error().message);
        return false;
    }
    reload();
    showMessage(tr("“%1” is revoked. Sync to tell the other devices.").arg(entry.name));
    Q_EMIT rosterChanged();
    return true;
}

InviteDialog* CoordinatorPanel::openInviteDialog()
{
    auto* dialog = new InviteDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool CoordinatorPanel::confirm(const QString& title, const QString& text,
                               const QString& informative, const QString& action, bool richText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeviceBox"));
    box.setTextFormat(richText ? Qt::RichText : Qt::PlainText);
    box.setInformativeText(informative);
    QPushButton* yes = box.addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmDeviceButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

QString CoordinatorPanel::selectedRequest() const
{
    const QModelIndexList rows = m_requestsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(roles::Id).toString();
}

QString CoordinatorPanel::selectedDevice() const
{
    const QModelIndexList rows = m_rosterView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(roles::Id).toString();
}

void CoordinatorPanel::updateButtons()
{
    const bool request = !selectedRequest().isEmpty();
    m_approve->setEnabled(request);
    m_refuse->setEnabled(request);
    const int row = m_roster->rowOf(selectedDevice());
    m_revoke->setEnabled(row >= 0 && !m_roster->isSelf(row) && !m_roster->entry(row).isRevoked());
}

void CoordinatorPanel::showMessage(const QString& text)
{
    m_message->setText(text);
}

QString CoordinatorPanel::messageText() const
{
    return m_message->text();
}

} // namespace vigil
