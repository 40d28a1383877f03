#include "ui/report/AddReportItemDialog.h"

#include "core/repo/InterviewRepository.h"
#include "ui/UiContext.h"
#include "ui/interview/InterviewLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

AddReportItemDialog::AddReportItemDialog(UiContext& ctx, const QString& visitId, Mode mode,
                                         const QList<std::pair<QString, QString>>& sections,
                                         const QString& anchorKey, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("addReportItemDialog"));
    setWindowTitle(mode == Mode::Quote ? tr("Add a quote") : tr("Add a paragraph"));

    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("anchorCombo"));
    m_section->setAccessibleName(tr("Section it goes in"));
    for (const auto& [key, title] : sections)
        m_section->addItem(title, key);
    m_section->setCurrentIndex(qMax(0, m_section->findData(anchorKey)));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("itemTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(mode == Mode::Quote ? tr("Excerpt") : tr("Paragraph text"));

    auto* form = new QFormLayout;
    auto* sectionLabel = new QLabel(tr("&Section:"), this);
    sectionLabel->setBuddy(m_section);
    form->addRow(sectionLabel, m_section);
    if (mode == Mode::Quote) {
        m_interview = new QComboBox(this);
        m_interview->setObjectName(QStringLiteral("interviewCombo"));
        m_interview->setAccessibleName(tr("Interview quoted"));
        auto* interviewLabel = new QLabel(tr("&Interview:"), this);
        interviewLabel->setBuddy(m_interview);
        form->addRow(interviewLabel, m_interview);
        m_note = new QLabel(this);
        m_note->setObjectName(QStringLiteral("quoteNote"));
        m_note->setWordWrap(true);
        m_note->setTextFormat(Qt::PlainText);
        form->addRow(QString(), m_note);
    }
    auto* textLabel = new QLabel(mode == Mode::Quote ? tr("&Excerpt:") : tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(windowTitle());
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AddReportItemDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);
    if (m_interview)
        loadInterviews(ctx, visitId);
    updateOk();
    resize(520, 360);
    m_text->setFocus();
}

void AddReportItemDialog::loadInterviews(UiContext& ctx, const QString& visitId)
{
    InterviewRepository repo(ctx.records());
    auto interviews = repo.forVisit(visitId);
    if (!interviews) {
        ctx.report(interviews.error());
        return;
    }
    int refused = 0;
    for (const Interview& interview : *interviews) {
        auto consent = repo.currentConsent(interview.id);
        if (!consent || !(consent->allows("quote_anonymously") || consent->allows("use_name"))) {
            ++refused;
            continue;
        }
        const QString kind = InterviewLabels::label(InterviewLabels::kinds(), interview.kind);
        //: %1 is the kind of interview, %2 its pseudonym, e.g. "Detainee, private (D-07)"
        m_interview->addItem(tr("%1 (%2)").arg(kind, interview.pseudonym), interview.id);
    }
    m_interview->setEnabled(m_interview->count() > 0);
    // Each sentence a string of its own, on its own line (no Latin space
    // between sentences that a translation may not want).
    QStringList note;
    if (m_interview->count() == 0)
        note << tr("No interview of this visit has consent to be quoted.");
    else
        note << tr("A report names no one: the quote is attributed only to the kind of "
                   "interview. Whether it appears in a report depends on the consent and "
                   "the kind of report.");
    if (refused > 0 && m_interview->count() > 0)
        note << tr("%n interview(s) without consent to be quoted are not listed.", nullptr,
                   refused);
    m_note->setText(note.join(QLatin1Char('\n')));
}

void AddReportItemDialog::updateOk()
{
    const bool ready = !text().isEmpty() && m_section->currentIndex() >= 0 &&
                       (!m_interview || m_interview->currentIndex() >= 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

QString AddReportItemDialog::anchorKey() const
{
    return m_section->currentData().toString();
}

QString AddReportItemDialog::interviewId() const
{
    return m_interview ? m_interview->currentData().toString() : QString();
}

QString AddReportItemDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace vigil
