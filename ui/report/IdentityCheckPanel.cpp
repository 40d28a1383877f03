#include "ui/report/IdentityCheckPanel.h"

#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <vector>

namespace vigil {

namespace {

QLabel* plainLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void keep(std::vector<SecretBuffer>& out, SecretBuffer& value)
{
    if (!value.isEmpty())
        out.push_back(std::move(value));
}

} // namespace

IdentityCheckPanel::IdentityCheckPanel(UiContext& ctx, const reportjobs::Request& request,
                                       QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_request(request),
      m_note(plainLabel("identityCheckNote", this)),
      m_ask(new QPushButton(tr("Check for &names from identity entries…"), this)),
      m_prompt(new QWidget(this)), m_passphrase(new QLineEdit(m_prompt)),
      m_check(new QPushButton(tr("C&heck"), m_prompt)),
      m_message(plainLabel("identityCheckMessage", this))
{
    setObjectName(QStringLiteral("identityCheckPanel"));
    m_ask->setObjectName(QStringLiteral("identityCheckButton"));
    m_ask->setAccessibleName(tr("Check the report for names from identity entries"));
    m_passphrase->setObjectName(QStringLiteral("identityCheckPassphrase"));
    m_passphrase->setAccessibleName(tr("Vault passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setContextMenuPolicy(Qt::NoContextMenu);
    m_check->setObjectName(QStringLiteral("identityCheckRun"));
    m_check->setAccessibleName(tr("Check with this passphrase"));
    auto* passLabel = new QLabel(tr("&Passphrase:"), m_prompt);
    passLabel->setBuddy(m_passphrase);
    auto* row = new QHBoxLayout(m_prompt);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(passLabel);
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_check);
    m_prompt->hide();
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(m_ask);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_prompt);
    layout->addWidget(m_message);
    showNote();

    connect(m_ask, &QPushButton::clicked, this, &IdentityCheckPanel::ask);
    connect(m_check, &QPushButton::clicked, this, &IdentityCheckPanel::check);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &IdentityCheckPanel::check);
    connect(&m_job, &QFutureWatcherBase::finished, this, &IdentityCheckPanel::finished);
}

IdentityCheckPanel::~IdentityCheckPanel()
{
    // The job reads the vault; it ends (at its next step) before the vault may lock.
    m_cancel->store(true);
    m_job.waitForFinished();
}

void IdentityCheckPanel::showNote()
{
    m_note->setText(m_checked ? tr("Names and numbers from the visit's identity entries were "
                                   "looked for in this report.")
                              : tr("Names and numbers typed into identity entries were not "
                                   "checked: the report may still contain one."));
}

void IdentityCheckPanel::reset()
{
    m_checked = false;
    showNote();
}

void IdentityCheckPanel::ask()
{
    m_prompt->show();
    m_message->setText(tr("Enter the vault passphrase again to unseal the identity entries for "
                          "this check. They are wiped from memory right after it."));
    m_message->show();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void IdentityCheckPanel::check()
{
    if (isChecking())
        return;
    QString typed = m_passphrase->text();
    m_passphrase->clear();
    SecretBuffer passphrase = SecretBuffer::takeUtf8(typed);
    if (passphrase.isEmpty()) {
        m_message->setText(tr("Enter the vault passphrase."));
        m_message->show();
        return;
    }
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection) {
        m_message->setText(connection.error().message);
        return;
    }
    auto interviews = InterviewRepository(m_ctx.records()).forVisit(m_request.visitId);
    if (!interviews) {
        m_message->setText(interviews.error().message);
        return;
    }
    QStringList ids;
    for (const Interview& i : *interviews)
        ids << i.id;
    m_message->setText(tr("Checking the passphrase…"));
    m_message->show();
    m_check->setEnabled(false);
    m_ask->setEnabled(false);
    Vault& vault = m_ctx.vault();
    m_job.setFuture(
        QtConcurrent::run([&vault, ids, request = m_request, connection = std::move(*connection),
                           secret = std::move(passphrase), cancel = m_cancel]() -> Outcome {
            Outcome out;
            // Checked first, so a wrong passphrase reads (and audits) nothing
            // even when the visit has no entry to read.
            if (const Status ok = vault.checkPassphrase(secret); !ok) {
                out.checked.error = ok.error();
                return out;
            }
            IdentityRepository identities(vault);
            std::vector<SecretBuffer> strings; // wiped when the job returns
            for (const QString& interviewId : ids) {
                auto entries = identities.list(interviewId);
                if (!entries) {
                    out.checked.error = entries.error();
                    return out;
                }
                for (const IdentityEntryInfo& entry : *entries) {
                    if (cancel->load()) {
                        out.checked.error = Error::make(ErrorKind::Cancelled, QString());
                        return out;
                    }
                    // Sealed to the coordinators (this is a team member's
                    // device): only they can check against it.
                    auto readable = identities.readableHere(entry.id);
                    if (readable && !*readable)
                        continue;
                    auto fields = identities.read(entry.id, secret);
                    if (!fields) {
                        out.checked.error = fields.error();
                        return out;
                    }
                    keep(strings, fields->realName);
                    keep(strings, fields->idNumber);
                    keep(strings, fields->other);
                    ++out.entries;
                }
            }
            out.checked = reportjobs::buildAndCheck(connection, request, cancel.get(), strings);
            out.checked.identitiesChecked = true;
            return out;
        }));
}

void IdentityCheckPanel::finished()
{
    const Outcome outcome = m_job.result();
    m_check->setEnabled(true);
    m_ask->setEnabled(true);
    if (outcome.checked.error) {
        const Error& e = *outcome.checked.error;
        m_message->setText(e.kind == ErrorKind::WrongPassphrase
                               ? tr("The passphrase is not correct. No identity entry was read.")
                               : tr("The names could not be checked: %1").arg(e.message));
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_prompt->hide();
    m_message->setText(
        tr("%n identity entry(ies) read and looked for in the report.", nullptr, outcome.entries));
    m_checked = true;
    showNote();
    Q_EMIT checked(outcome.checked);
}

} // namespace vigil
