#include "ui/interview/InterviewsPanel.h"

#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/interview/InterviewCommands.h"
#include "ui/interview/InterviewEditor.h"
#include "ui/interview/InterviewLabels.h"
#include "ui/interview/InterviewListModel.h"
#include "ui/interview/NewInterviewDialog.h"
#include "ui/interview/WarningLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vigil {

InterviewsPanel::InterviewsPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId)
{
    setObjectName(QStringLiteral("interviewsPanel"));
    auto* layout = new QVBoxLayout(this);

    // Coverage first: who was heard where is the first thing to check.
    auto* top = new QHBoxLayout;
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverageLabel"));
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setWordWrap(true);
    m_new = new QPushButton(tr("&New interview…"), this);
    m_new->setObjectName(QStringLiteral("newInterviewButton"));
    m_new->setAccessibleName(tr("New interview"));
    top->addWidget(m_coverage, 1);
    top->addWidget(m_new, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_coverageWarnings = new QWidget(this);
    m_coverageWarnings->setObjectName(QStringLiteral("coverageWarnings"));
    m_coverageWarningsLayout = new QVBoxLayout(m_coverageWarnings);
    m_coverageWarningsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_coverageWarnings);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_model = new InterviewListModel(ctx.records(), visitId, this);
    m_list = new QTableView(splitter);
    m_list->setObjectName(QStringLiteral("interviewList"));
    m_list->setAccessibleName(tr("Interviews of this visit"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_editor = new InterviewEditor(ctx, splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 900});
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &InterviewsPanel::startNewInterview);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterviewsPanel::selectionChanged);
    connect(&ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (!InterviewLabels::isUnrelatedEntity(entity))
            reload();
    });
    reload();
    if (m_model->rowCount() > 0)
        selectInterview(m_model->idAt(0));
}

void InterviewsPanel::reload()
{
    const QString selected = m_editor->interviewId();
    m_reloading = true;
    if (auto status = m_model->reload(); !status)
        m_ctx.report(status.error());
    m_list->resizeColumnsToContents();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_list->selectRow(row);
    m_reloading = false;
    if (row < 0 && !selected.isEmpty())
        m_editor->setInterview(QString()); // deleted (or undone)
    reloadCoverage();
}

void InterviewsPanel::reloadCoverage()
{
    while (QLayoutItem* item = m_coverageWarningsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto coverage = InterviewRepository(m_ctx.records()).coverage(m_visitId);
    if (!coverage) {
        m_coverage->setText(coverage.error().message);
        return;
    }
    QStringList parts;
    for (const UnitCoverage& unit : coverage->units) {
        QString part =
            tr("%1: %n private interview(s)", nullptr, unit.privateInterviews).arg(unit.unitName);
        if (unit.groupInterviews > 0)
            part += tr(", %n group interview(s)", nullptr, unit.groupInterviews);
        parts.append(part);
    }
    if (coverage->privateWithoutUnit > 0)
        parts.append(tr("no unit: %n private interview(s)", nullptr, coverage->privateWithoutUnit));
    m_coverage->setText(
        parts.isEmpty()
            ? tr("Interview coverage: the place has no units recorded.")
            : tr("Interview coverage by unit — %1").arg(parts.join(QStringLiteral(" · "))));
    for (const CoverageWarning& warning : coverage->warnings) {
        auto* label = new WarningLabel(m_coverageWarnings);
        label->setObjectName(QStringLiteral("coverage_") + warning.code);
        label->setText(warning.message);
        m_coverageWarningsLayout->addWidget(label);
    }
    m_coverageWarnings->setVisible(!coverage->warnings.isEmpty());
}

void InterviewsPanel::selectionChanged()
{
    if (m_reloading)
        return;
    m_editor->setInterview(selectedInterview());
}

QString InterviewsPanel::selectedInterview() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->idAt(rows.first().row());
}

void InterviewsPanel::selectInterview(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->selectRow(row);
    m_editor->setInterview(id);
}

QString InterviewsPanel::createInterview(Interview interview)
{
    interview.visitId = m_visitId;
    const QString id = InterviewCommands::create(m_ctx, interview);
    if (!id.isEmpty())
        selectInterview(id);
    return id;
}

void InterviewsPanel::startNewInterview()
{
    m_editor->flush();
    QList<PlaceUnit> units;
    if (auto visit = VisitRepository(m_ctx.records()).get(m_visitId)) {
        if (auto list = PlaceRepository(m_ctx.records()).units(visit->placeId))
            units = *list;
    }
    auto* dialog = new NewInterviewDialog(units, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { createInterview(dialog->interview()); });
    dialog->open();
}

} // namespace vigil
