#include "ui/visit/FindingEditor.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/model/VocabularyLabels.h"
#include "ui/visit/EvidenceLinksWidget.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace vigil {

namespace {

template <typename W> W* named(W* widget, const char* name, const QString& accessible)
{
    widget->setObjectName(QLatin1StringView(name));
    widget->setAccessibleName(accessible);
    return widget;
}

QVariant sourcesValue(const Finding& f)
{
    return f.sourcesSet ? QVariant(*f.sourcesSet) : QVariant();
}

} // namespace

FindingEditor::FindingEditor(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx),
      m_title(named(new QLineEdit(this), "findingTitleEdit", tr("Finding title"))),
      m_category(named(new QComboBox(this), "findingCategoryCombo", tr("Category"))),
      m_subcategory(named(new QLineEdit(this), "findingSubcategoryEdit", tr("Sub-category"))),
      m_severity(named(new QComboBox(this), "findingSeverityCombo", tr("Severity"))),
      m_facts(named(new QPlainTextEdit(this), "findingFactsEdit", tr("Facts"))),
      m_analysis(named(new QPlainTextEdit(this), "findingAnalysisEdit", tr("Analysis"))),
      m_standards(named(new QLineEdit(this), "findingStandardsEdit", tr("Standards cited"))),
      m_goodPractice(
          named(new QCheckBox(tr("&Good practice"), this), "goodPracticeBox", tr("Good practice"))),
      m_sources(named(new QSpinBox(this), "findingSourcesEdit", tr("Corroborating sources"))),
      m_evidence(new EvidenceLinksWidget(ctx, visitId, this))
{
    VisitLabels::fill(m_category, vocab::kFindingCategories, &VocabularyLabels::findingCategory);
    VisitLabels::fill(m_severity, vocab::kSeverities, &VisitLabels::severity);
    m_standards->setPlaceholderText(tr("e.g. Mandela Rules 43-45"));
    m_facts->setTabChangesFocus(true);
    m_analysis->setTabChangesFocus(true);
    m_sources->setRange(0, 999);
    m_sources->setToolTip(tr("Leave at the lowest value to count the linked interviews, "
                             "observations and register checks."));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("S&ub-category:"), m_subcategory);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Facts:"), m_facts);
    form->addRow(tr("&Analysis:"), m_analysis);
    form->addRow(tr("Sta&ndards:"), m_standards);
    form->addRow(QString(), m_goodPractice);
    form->addRow(tr("Sou&rces:"), m_sources);
    form->addRow(tr("E&vidence:"), m_evidence);

    m_titleCommit = new FieldCommitter(m_title);
    m_subcategoryCommit = new FieldCommitter(m_subcategory);
    m_factsCommit = new FieldCommitter(m_facts);
    m_analysisCommit = new FieldCommitter(m_analysis);
    m_standardsCommit = new FieldCommitter(m_standards);
    m_sourcesCommit = new FieldCommitter(m_sources);
    m_committers = {m_titleCommit,    m_subcategoryCommit, m_factsCommit,
                    m_analysisCommit, m_standardsCommit,   m_sourcesCommit};
    bind(m_titleCommit, "title", tr("finding title"),
         [](Finding& f, const QVariant& v) { f.title = v.toString(); });
    bind(m_subcategoryCommit, "subcategory", tr("sub-category"),
         [](Finding& f, const QVariant& v) { f.subcategory = v.toString(); });
    bind(m_factsCommit, "facts", tr("facts"),
         [](Finding& f, const QVariant& v) { f.facts = v.toString(); });
    bind(m_analysisCommit, "analysis", tr("analysis"),
         [](Finding& f, const QVariant& v) { f.analysis = v.toString(); });
    bind(m_standardsCommit, "standards", tr("standards"),
         [](Finding& f, const QVariant& v) { f.standards = v.toString(); });
    bind(m_sourcesCommit, "sources", tr("sources"), [](Finding& f, const QVariant& v) {
        f.sourcesSet = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    });
    connect(m_category, &QComboBox::activated, this, [this] {
        commitValue(tr("Change category"), m_current.category, m_category->currentData(),
                    [](Finding& f, const QVariant& v) { f.category = v.toString(); });
    });
    connect(m_severity, &QComboBox::activated, this, [this] {
        commitValue(tr("Change severity"), m_current.severity, m_severity->currentData(),
                    [](Finding& f, const QVariant& v) { f.severity = v.toString(); });
    });
    connect(m_goodPractice, &QCheckBox::clicked, this, [this](bool checked) {
        commitValue(tr("Change good practice"), m_current.goodPractice, checked,
                    [](Finding& f, const QVariant& v) { f.goodPractice = v.toBool(); });
    });
    setFinding(Finding());
}

template <typename Apply>
void FindingEditor::bind(FieldCommitter* committer, const char* field, const QString& what,
                         Apply apply)
{
    committer->setCommit(
        [this, committer, field, what, apply](const QVariant& old, const QVariant& now) {
            const QString id = m_current.id;
            if (id.isEmpty())
                return false;
            return visitcmd::pushEdit(
                m_ctx, tr("Edit %1").arg(what), catalog::kFinding, id,
                id + QLatin1StringView(field) + committer->sessionKey(), old, now,
                visitcmd::fieldWriter<FindingRepository, Finding>(m_ctx, id, apply));
        });
}

void FindingEditor::commitValue(const QString& what, const QVariant& old, const QVariant& now,
                                void (*apply)(Finding&, const QVariant&))
{
    const QString id = m_current.id;
    if (id.isEmpty() || old == now)
        return;
    if (!visitcmd::pushEdit(m_ctx, what, catalog::kFinding, id, QString(), old, now,
                            visitcmd::fieldWriter<FindingRepository, Finding>(m_ctx, id, apply)))
        display(m_current, false); // refused: show what is stored
}

void FindingEditor::flush()
{
    for (FieldCommitter* c : m_committers)
        c->flush();
}

void FindingEditor::setFinding(Finding finding)
{
    flush();
    display(finding, true);
    m_evidence->setFinding(finding.id);
}

void FindingEditor::refresh(Finding finding)
{
    if (finding.id != m_current.id)
        return setFinding(finding);
    display(finding, false);
}

void FindingEditor::display(const Finding& finding, bool reset)
{
    m_current = finding;
    setEnabled(!finding.id.isEmpty());
    VisitLabels::select(m_category, finding.category);
    VisitLabels::select(m_severity, finding.severity);
    {
        const QSignalBlocker blocker(m_goodPractice);
        m_goodPractice->setChecked(finding.goodPractice);
    }
    //: Shown for corroborating sources not set by hand: the number counted from the evidence
    m_sources->setSpecialValueText(tr("Counted: %1").arg(finding.sources));
    const std::pair<FieldCommitter*, QVariant> values[] = {
        {m_titleCommit, finding.title},         {m_subcategoryCommit, finding.subcategory},
        {m_factsCommit, finding.facts},         {m_analysisCommit, finding.analysis},
        {m_standardsCommit, finding.standards}, {m_sourcesCommit, sourcesValue(finding)}};
    for (const auto& [committer, value] : values) {
        if (reset)
            committer->reset(value);
        else
            committer->setStoredValue(value);
    }
}

void FindingEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

} // namespace vigil
