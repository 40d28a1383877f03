#include "ui/interview/ConsentSection.h"

#include "core/repo/InterviewRepository.h"
#include "core/repo/RecordSafeguards.h"
#include "ui/UiContext.h"
#include "ui/interview/InterviewLabels.h"
#include "ui/LocaleFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

QString when(qint64 ms)
{
    return localeformat::dateTime(ms);
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel* explanation(const QString& text, QWidget* parent)
{
    QLabel* label = wrapped(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 4); // under its check box's text
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

ConsentSection::ConsentSection(UiContext& ctx, QWidget* parent)
    : QGroupBox(tr("Consent — before anything is written"), parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("consentSection"));
    auto* layout = new QVBoxLayout(this);

    m_status = wrapped(QString(), this);
    m_status->setObjectName(QStringLiteral("consentStatusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);
    m_summary = wrapped(QString(), this);
    m_summary->setObjectName(QStringLiteral("consentSummaryLabel"));
    layout->addWidget(m_summary);

    m_summaryButtons = new QWidget(this);
    auto* summaryRow = new QHBoxLayout(m_summaryButtons);
    summaryRow->setContentsMargins(0, 0, 0, 0);
    m_change = button(tr("&Change consent…"), "changeConsentButton", tr("Change consent"),
                      m_summaryButtons);
    m_withdraw = button(tr("Withdraw consent…"), "withdrawConsentButton", tr("Withdraw consent"),
                        m_summaryButtons);
    summaryRow->addWidget(m_change);
    summaryRow->addStretch();
    summaryRow->addWidget(m_withdraw);
    layout->addWidget(m_summaryButtons);

    m_form = new QWidget(this);
    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(wrapped(tr("Explain who the team is and what happens with what the person "
                               "says. Tick only what they agreed to."),
                            m_form));
    for (const InterviewLabels::Choice& scope : InterviewLabels::consentScopes()) {
        auto* box = new QCheckBox(scope.label, m_form);
        box->setObjectName(QStringLiteral("scope_") + scope.code);
        box->setAccessibleName(scope.label);
        const QString why = InterviewLabels::scopeExplanation(scope.code);
        box->setAccessibleDescription(why);
        if (scope.code == u"aggregate_only") {
            // The minimum of every consent (§4.1): shown, always on.
            box->setChecked(true);
            box->setEnabled(false);
        }
        form->addWidget(box);
        form->addWidget(explanation(why, m_form));
        m_scopes.insert(scope.code, box);
    }
    m_groupNote = explanation(tr("A group interview carries no confidentiality, so it allows only "
                                 "aggregate use and anonymous quotes. Hear the person in private "
                                 "to go further."),
                              m_form);
    m_groupNote->setObjectName(QStringLiteral("groupConsentNote"));
    form->addWidget(m_groupNote);

    auto* adaptedRow = new QFormLayout;
    m_adapted = new QComboBox(m_form);
    m_adapted->setObjectName(QStringLiteral("adaptedCombo"));
    m_adapted->setAccessibleName(tr("Consent sought in an adapted way for"));
    m_adapted->addItem(tr("Not adapted"), QString());
    for (const InterviewLabels::Choice& a : InterviewLabels::adaptations())
        m_adapted->addItem(a.label, a.code);
    adaptedRow->addRow(tr("Adapted for:"), m_adapted);
    form->addLayout(adaptedRow);

    auto* buttons = new QHBoxLayout;
    m_record = button(QString(), "recordConsentButton", QString(), m_form);
    m_cancel = button(tr("Cancel"), "cancelConsentChangeButton", tr("Cancel the change"), m_form);
    buttons->addWidget(m_record);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    form->addLayout(buttons);
    layout->addWidget(m_form);

    connect(m_record, &QPushButton::clicked, this, &ConsentSection::record);
    connect(m_cancel, &QPushButton::clicked, this, &ConsentSection::cancelChange);
    connect(m_change, &QPushButton::clicked, this, &ConsentSection::startChange);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentSection::askWithdraw);
}

void ConsentSection::load(const QString& interviewId, const QString& kind, const Consent& consent)
{
    if (interviewId != m_interviewId)
        m_changing = false;
    m_interviewId = interviewId;
    m_state = consent.state;
    m_consent = consent;
    m_group = kind == u"group";
    if (!m_changing)
        cancelChange(); // shows the stored scopes
    else
        showState();
}

void ConsentSection::showState()
{
    const bool none = m_state == Consent::State::None;
    const bool given = m_state == Consent::State::Given;
    m_form->setVisible(none || (given && m_changing));
    m_summary->setVisible(!none);
    m_summaryButtons->setVisible(given && !m_changing);
    m_cancel->setVisible(given);
    m_withdraw->setEnabled(given);
    m_change->setEnabled(given);
    m_record->setEnabled(m_state != Consent::State::Withdrawn);
    m_record->setText(none ? tr("&Record consent") : tr("&Record changed consent"));
    m_record->setAccessibleName(none ? tr("Record consent") : tr("Record changed consent"));

    QStringList agreed;
    for (const InterviewLabels::Choice& scope : InterviewLabels::consentScopes()) {
        if (m_consent.scopes.contains(scope.code))
            agreed.append(scope.label);
    }
    QString summary = tr("Agreed to: %1.").arg(agreed.join(QStringLiteral(", ")));
    if (!m_consent.adaptedFor.isEmpty())
        summary +=
            QLatin1Char(' ') +
            tr("Sought in an adapted way for: %1.")
                .arg(InterviewLabels::label(InterviewLabels::adaptations(), m_consent.adaptedFor));
    switch (m_state) {
    case Consent::State::None:
        m_status->setText(tr("No consent recorded yet: no notes can be written."));
        break;
    case Consent::State::Given:
        m_status->setText(tr("Consent recorded %1.").arg(when(m_consent.recordedAt)));
        m_summary->setText(summary);
        break;
    case Consent::State::Withdrawn:
        m_status->setText(m_consent.withdrawnAt
                              ? tr("Consent withdrawn %1.").arg(when(*m_consent.withdrawnAt))
                              : tr("Consent withdrawn."));
        m_summary->setText(tr("Nothing more can be recorded from this interview; what depended "
                              "on the consent was withdrawn with it."));
        break;
    }
}

void ConsentSection::startChange()
{
    m_changing = true;
    showState();
    m_scopes.value(QStringLiteral("quote_anonymously"))->setFocus();
}

void ConsentSection::cancelChange()
{
    m_changing = false;
    const bool open = m_state != Consent::State::Withdrawn;
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        if (it.key() == u"aggregate_only")
            continue;
        it.value()->setChecked(m_state == Consent::State::Given &&
                               m_consent.scopes.contains(it.key()));
        it.value()->setEnabled(open && (!m_group || RecordSafeguards::groupAllows(it.key())));
    }
    m_groupNote->setVisible(m_group);
    m_adapted->setCurrentIndex(qMax(0, m_adapted->findData(m_consent.adaptedFor)));
    showState();
}

QStringList ConsentSection::chosenScopes() const
{
    QStringList scopes;
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        if (it.value()->isChecked())
            scopes.append(it.key());
    }
    return scopes;
}

void ConsentSection::record()
{
    auto recorded =
        InterviewRepository(m_ctx.records())
            .recordConsent(m_interviewId, chosenScopes(), m_adapted->currentData().toString());
    if (!recorded) {
        m_ctx.report(recorded.error());
        return;
    }
    m_changing = false;
    Q_EMIT m_ctx.recordsChanged(QStringLiteral("interview"), m_interviewId);
    Q_EMIT changed();
}

void ConsentSection::askWithdraw()
{
    // open(), not exec(): a lock while the question is up must be able to
    // tear the window down without a nested event loop underneath.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Withdraw consent"),
                                tr("Withdraw this person's consent?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("withdrawConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The notes become read-only, nothing more can be recorded from "
                               "this interview, identity entries are deleted and consent to act "
                               "on allegations is removed. This cannot be undone."));
    QPushButton* confirm = box->addButton(tr("Withdraw consent"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmWithdrawButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    connect(confirm, &QPushButton::clicked, this, &ConsentSection::withdraw);
    box->open();
}

void ConsentSection::withdraw()
{
    if (auto status = InterviewRepository(m_ctx.records()).withdrawConsent(m_interviewId);
        !status) {
        m_ctx.report(status.error());
        return;
    }
    Q_EMIT m_ctx.recordsChanged(QStringLiteral("interview"), m_interviewId);
    Q_EMIT changed();
}

} // namespace vigil
