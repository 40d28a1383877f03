#include "ui/report/GuardFindingsView.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent, const char* name = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (name)
        label->setObjectName(QLatin1StringView(name));
    return label;
}

} // namespace

GuardFindingsView::GuardFindingsView(QWidget* parent)
    : QWidget(parent), m_summary(plainLabel(QString(), this, "guardSummary")),
      m_list(new QVBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_list);
    layout->addStretch();
}

QString GuardFindingsView::itemKey(const report::GuardFinding& finding)
{
    const report::Source& s = finding.source;
    if (s.entity == u"report_item")
        return QStringLiteral("item:") + s.id;
    if (s.entity == u"finding" || s.entity == u"recommendation")
        return s.entity + QLatin1Char(':') + s.id;
    if (s.entity == u"attachment")
        return QStringLiteral("photo:") + s.id;
    return finding.sectionKey; // the section's own text
}

void GuardFindingsView::clear()
{
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_accept.clear();
}

void GuardFindingsView::setReport(const report::GuardReport& report)
{
    clear();
    const QList<report::GuardFinding> warnings = report.warnings();
    const QList<report::GuardFinding> removals = report.removals();
    QStringList summary;
    if (warnings.isEmpty() && removals.isEmpty())
        summary << tr("The publication guard found nothing to take out and nothing to warn "
                      "about.");
    if (!warnings.isEmpty())
        summary << tr("%n warning(s): fix each in the builder, or accept it to export the report "
                      "as it is. Your decision is recorded.",
                      nullptr, int(warnings.size()));
    if (!removals.isEmpty())
        summary << tr("%n item(s) are taken out of the exported file: this kind of report may "
                      "not show them.",
                      nullptr, int(removals.size()));
    m_summary->setText(summary.join(QLatin1Char('\n')));
    for (const report::GuardFinding& f : warnings)
        m_list->addWidget(findingBox(f, true));
    for (const report::GuardFinding& f : removals)
        m_list->addWidget(findingBox(f, false));
    Q_EMIT acceptanceChanged();
}

QWidget* GuardFindingsView::findingBox(const report::GuardFinding& f, bool warning)
{
    auto* box = new QFrame(this);
    box->setObjectName(warning ? QStringLiteral("guardWarning") : QStringLiteral("guardRemoval"));
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(box);
    QLabel* message = plainLabel(
        warning ? tr("Warning: %1").arg(f.message) : tr("Taken out: %1").arg(f.message), box);
    QFont bold = message->font();
    bold.setBold(true);
    message->setFont(bold);
    layout->addWidget(message);
    if (!f.sectionTitle.isEmpty())
        layout->addWidget(plainLabel(tr("Section: %1").arg(f.sectionTitle), box));
    if (!f.sentence.isEmpty())
        layout->addWidget(plainLabel(tr("“%1”").arg(f.sentence), box, "guardSentence"));
    if (!warning)
        return box;
    auto* row = new QHBoxLayout;
    auto* accept = new QCheckBox(tr("I accept this"), box);
    accept->setObjectName(QStringLiteral("acceptWarningBox"));
    accept->setAccessibleName(tr("Accept the warning: %1").arg(f.message));
    connect(accept, &QCheckBox::toggled, this, &GuardFindingsView::acceptanceChanged);
    m_accept.append(accept);
    auto* show = new QPushButton(tr("Show in the builder"), box);
    show->setObjectName(QStringLiteral("showFindingButton"));
    show->setAccessibleName(tr("Show the item in the report builder to fix it"));
    const QString key = itemKey(f);
    connect(show, &QPushButton::clicked, this, [this, key] { Q_EMIT showRequested(key); });
    row->addWidget(accept);
    row->addStretch();
    row->addWidget(show);
    layout->addLayout(row);
    return box;
}

bool GuardFindingsView::allAccepted() const
{
    return std::all_of(m_accept.begin(), m_accept.end(),
                       [](const QCheckBox* box) { return box->isChecked(); });
}

} // namespace vigil
