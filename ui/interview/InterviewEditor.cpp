#include "ui/interview/InterviewEditor.h"

#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/interview/ConsentSection.h"
#include "ui/interview/DebouncedText.h"
#include "ui/interview/IdentityDialog.h"
#include "ui/interview/InterviewCommands.h"
#include "ui/interview/InterviewDetailsForm.h"
#include "ui/interview/InterviewLabels.h"
#include "ui/interview/WarningLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigil {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

InterviewEditor::InterviewEditor(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("interviewEditor"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = plainLabel(tr("Select an interview, or start a new one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_empty);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The columns stack instead (resizeEvent): text wraps, nothing scrolls sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget(m_scroll);
    m_scroll->setWidget(m_body);
    outer->addWidget(m_scroll);
    auto* body = new QVBoxLayout(m_body);

    // The person is only ever known by the pseudonym: it heads the page.
    auto* header = new QHBoxLayout;
    m_pseudonym = new QLabel(m_body);
    m_pseudonym->setObjectName(QStringLiteral("pseudonymLabel"));
    m_pseudonym->setTextFormat(Qt::PlainText);
    m_pseudonym->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    QFont big = m_pseudonym->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_pseudonym->setFont(big);
    m_kind = plainLabel(QString(), m_body);
    m_kind->setObjectName(QStringLiteral("interviewKindLabel"));
    m_identity = new QPushButton(tr("&Identity…"), m_body);
    m_identity->setObjectName(QStringLiteral("identityButton"));
    m_identity->setAccessibleName(tr("Real identity (asks for the passphrase)"));
    m_identity->setToolTip(tr("Names and ID numbers are sealed; seeing them asks for the "
                              "passphrase again."));
    header->addWidget(m_pseudonym);
    header->addSpacing(12);
    header->addWidget(m_kind, 1);
    header->addWidget(m_identity, 0, Qt::AlignTop);
    body->addLayout(header);

    m_flagsBox = new QWidget(m_body);
    m_flagsBox->setObjectName(QStringLiteral("interviewFlagsBox"));
    m_flagsLayout = new QVBoxLayout(m_flagsBox);
    m_flagsLayout->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_flagsBox);

    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    auto* left = new QVBoxLayout;
    m_consentSection = new ConsentSection(ctx, m_body);
    left->addWidget(m_consentSection);

    auto* notesBox = new QGroupBox(tr("Notes"), m_body);
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_notesGate = plainLabel(QString(), notesBox);
    m_notesGate->setObjectName(QStringLiteral("notesGateLabel"));
    notesLayout->addWidget(m_notesGate);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Interview notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(160);
    notesLayout->addWidget(m_notes, 1);
    left->addWidget(notesBox, 1);
    m_columns->addLayout(left, 3);

    auto* detailsBox = new QGroupBox(tr("The interview"), m_body);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    m_details = new InterviewDetailsForm(ctx, detailsBox);
    detailsLayout->addWidget(m_details);
    detailsLayout->addStretch();
    m_columns->addWidget(detailsBox, 2);
    body->addLayout(m_columns, 1);

    m_notesText = new DebouncedText(
        m_notes, [this](const QString& text) { return commitNotes(text); }, this);

    connect(m_identity, &QPushButton::clicked, this, &InterviewEditor::openIdentityDialog);
    connect(m_details, &InterviewDetailsForm::reloadNeeded, this, &InterviewEditor::reload);
    connect(&ctx, &UiContext::recordsChanged, this, &InterviewEditor::onRecordsChanged);
    setInterview(QString());
}

void InterviewEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room; consent and notes above the facts otherwise.
    m_columns->setDirection(width() >= kTwoColumnWidth ? QBoxLayout::LeftToRight
                                                       : QBoxLayout::TopToBottom);
}

void InterviewEditor::setInterview(const QString& id)
{
    if (id == m_id && !id.isEmpty())
        return;
    flush();
    m_id = id;
    reload();
}

void InterviewEditor::flush()
{
    if (m_id.isEmpty())
        return;
    m_notesText->flush();
    m_details->flush();
}

void InterviewEditor::onRecordsChanged(const QString& entity, const QString& id)
{
    Q_UNUSED(id);
    // Flags depend on allegations, the unit list on the place: reloading one
    // interview is cheap, so anything that might matter refreshes it.
    if (!m_id.isEmpty() && !InterviewLabels::isUnrelatedEntity(entity))
        reload();
}

void InterviewEditor::reload()
{
    InterviewRepository repo(m_ctx.records());
    auto interview = m_id.isEmpty() ? Result<Interview>(Interview()) : repo.get(m_id);
    const bool shown = !m_id.isEmpty() && interview.ok();
    m_empty->setVisible(!shown);
    m_scroll->setVisible(shown);
    if (!shown) {
        m_interview = Interview();
        return;
    }
    auto consent = repo.currentConsent(m_id);
    if (!consent) {
        m_ctx.report(consent.error());
        return;
    }
    const bool other = m_interview.id != m_id;
    m_interview = *interview;
    m_consent = *consent;

    m_pseudonym->setText(m_interview.pseudonym);
    m_pseudonym->setAccessibleName(tr("Pseudonym %1").arg(m_interview.pseudonym));
    m_kind->setText(InterviewLabels::label(InterviewLabels::kinds(), m_interview.kind));
    m_consentSection->load(m_id, m_interview.kind, m_consent);

    switch (m_consent.state) {
    case Consent::State::None:
        m_notesGate->setText(tr("Notes open once consent is recorded above: nothing the person "
                                "says is written down before they have agreed how it may be "
                                "used."));
        m_notes->setEnabled(false);
        m_notes->setReadOnly(false);
        m_notes->setPlaceholderText(tr("Record consent first."));
        break;
    case Consent::State::Given:
        m_notesGate->setText(tr("Write what the person said, in their words where possible. "
                                "Saved as you type."));
        m_notes->setEnabled(true);
        m_notes->setReadOnly(false);
        m_notes->setPlaceholderText(QString());
        break;
    case Consent::State::Withdrawn:
        m_notesGate->setText(tr("The person withdrew consent: the notes are read-only and nothing "
                                "more can be added."));
        m_notes->setEnabled(true); // still readable and scrollable
        m_notes->setReadOnly(true);
        m_notes->setPlaceholderText(QString());
        break;
    }
    other ? m_notesText->reset(m_interview.notes) : m_notesText->load(m_interview.notes);

    auto units = [&]() -> QList<PlaceUnit> {
        auto visit = VisitRepository(m_ctx.records()).get(m_interview.visitId);
        if (!visit)
            return {};
        auto list = PlaceRepository(m_ctx.records()).units(visit->placeId);
        return list ? *list : QList<PlaceUnit>();
    }();
    m_details->load(m_interview, units, m_consent.state, other);

    auto flags = repo.flags(m_id);
    showFlags(flags ? *flags : QList<InterviewFlag>());

    auto entries = IdentityRepository(m_ctx.vault()).list(m_id);
    const bool hasEntries = entries && !entries->isEmpty();
    m_identity->setEnabled(hasEntries || m_consent.allows("use_name") ||
                           m_consent.allows("refer_case"));
}

void InterviewEditor::showFlags(const QList<InterviewFlag>& flags)
{
    const QList<InterviewFlag> general = m_details->placeFlags(flags);
    while (QLayoutItem* item = m_flagsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const InterviewFlag& flag : general) {
        auto* label = new WarningLabel(m_flagsBox);
        label->setObjectName(QStringLiteral("warning_") + flag.code);
        label->setText(flag.message);
        m_flagsLayout->addWidget(label);
    }
    // The others sit next to their fields, maybe below the fold: say so up here.
    const int placed = int(flags.size() - general.size());
    if (placed > 0) {
        auto* summary = new WarningLabel(m_flagsBox);
        summary->setObjectName(QStringLiteral("flagsSummaryLabel"));
        summary->setText(tr("%n safeguard warning(s) on this interview, shown next to the "
                            "fields they concern.",
                            nullptr, placed));
        m_flagsLayout->addWidget(summary);
    }
    m_flagsBox->setVisible(!flags.isEmpty());
}

bool InterviewEditor::commitNotes(const QString& text)
{
    if (m_id.isEmpty())
        return true;
    return InterviewCommands::setNotes(m_ctx, m_id, m_interview.notes, text);
}

IdentityDialog* InterviewEditor::openIdentityDialog()
{
    if (m_id.isEmpty())
        return nullptr;
    if (m_identityDialog)
        return m_identityDialog;
    flush();
    auto* dialog =
        new IdentityDialog(m_ctx, m_id, m_interview.pseudonym,
                           m_consent.allows("use_name") || m_consent.allows("refer_case"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_identityDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace vigil
