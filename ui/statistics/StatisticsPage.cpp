#include "ui/statistics/StatisticsPage.h"

#include "core/repo/RecordContext.h"
#include "core/report/StatisticRows.h"
#include "core/report/StatisticsCsv.h"
#include "core/store/Database.h"
#include "ui/UiContext.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/nav/PageHeading.h"
#include "ui/statistics/StatisticsCharts.h"
#include "ui/visit/AttachmentJobs.h"

#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {

QString valueText(const report::StatisticRow& row)
{
    if (!row.defined)
        return StatisticsPage::tr("—");
    if (row.percent)
        return StatisticsPage::tr("%1 %").arg(QLocale().toString(row.value, 'f', 1));
    return QLocale().toString(qint64(row.value));
}

} // namespace

StatisticsPage::StatisticsPage(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_year(new QComboBox(this)),
      m_export(new QPushButton(tr("Export &CSV…"), this)), m_summary(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_table(new QTreeView(this)),
      m_charts(new QTabWidget(this))
{
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_year->setAccessibleName(tr("Year of the figures"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setAccessibleName(tr("Export the year's figures as CSV"));
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setAccessibleName(tr("Figures of the year"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    AccessibleParts::nameScrollBars(m_table);
    m_charts->setObjectName(QStringLiteral("statisticsCharts"));
    m_charts->setAccessibleName(tr("Charts of the year"));
    m_charts->setDocumentMode(true);
    m_places = chartView("placesChart", tr("Chart of the places visited, by type"));
    m_findings = chartView("findingsChart", tr("Chart of the findings, by theme"));
    m_recommendations =
        chartView("recommendationsChart", tr("Chart of the implementation of recommendations"));
    m_charts->addTab(m_places, tr("Places visited"));
    m_charts->addTab(m_findings, tr("Findings"));
    m_charts->addTab(m_recommendations, tr("Recommendations"));

    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(m_export);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("statisticsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Annual figures"), this));
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &StatisticsPage::compute);
    connect(m_export, &QPushButton::clicked, this, &StatisticsPage::chooseCsvFile);
    connect(&m_job, &QFutureWatcherBase::finished, this, &StatisticsPage::computed);
    connect(&ctx, &UiContext::recordsChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    m_export->setEnabled(false);
    setFocusProxy(m_year);
}

StatisticsPage::~StatisticsPage()
{
    m_job.waitForFinished(); // it reads through its own connection
}

QChartView* StatisticsPage::chartView(const char* name, const QString& accessibleName)
{
    auto* view = new QChartView(this);
    view->setObjectName(QLatin1StringView(name));
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    AccessibleParts::nameScrollBars(view);
    return view;
}

int StatisticsPage::year() const
{
    return m_year->currentData().toInt();
}

void StatisticsPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

void StatisticsPage::reload()
{
    m_stale = false;
    loadYears();
    compute();
}

void StatisticsPage::loadYears()
{
    auto range = report::AnnualStatistics(m_ctx.records().db()).yearRange();
    if (!range)
        return m_ctx.report(range.error());
    const int chosen = year();
    const int thisYear = QDate::currentDate().year();
    const int first = range->first > 0 ? range->first : thisYear;
    const int last = std::max(range->second, thisYear);
    const QSignalBlocker quiet(m_year);
    m_year->clear();
    for (int y = last; y >= first; --y) // the latest first
        m_year->addItem(QString::number(y), y);
    // The year chosen before, else the last with visits.
    const int index =
        m_year->findData(chosen > 0 ? chosen : (range->second > 0 ? range->second : thisYear));
    m_year->setCurrentIndex(std::max(0, index));
}

void StatisticsPage::compute()
{
    if (m_year->count() == 0)
        return;
    if (m_job.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection)
        return m_ctx.report(connection.error());
    m_summary->setText(tr("Counting…"));
    m_export->setEnabled(false);
    const int chosen = year();
    m_job.setFuture(QtConcurrent::run([connection = std::move(*connection), chosen] {
        Computed out;
        out.year = chosen;
        auto db = Database::open(connection.databasePath, connection.key, Database::Mode::ReadOnly);
        if (!db) {
            out.error = db.error();
            return out;
        }
        auto figures = report::AnnualStatistics(**db).forYear(chosen);
        if (figures)
            out.figures = std::move(*figures);
        else
            out.error = figures.error();
        return out;
    }));
}

void StatisticsPage::computed()
{
    if (m_again)
        return compute();
    const Computed result = m_job.result();
    if (result.error) {
        m_summary->setText(tr("The figures could not be counted."));
        return m_ctx.report(*result.error);
    }
    if (result.year != year())
        return compute();
    m_figures = result.figures;
    showFigures(*m_figures);
    m_export->setEnabled(true);
    Q_EMIT figuresShown();
}

void StatisticsPage::showFigures(const report::AnnualFigures& figures)
{
    const QLocale locale;
    // One sentence for translators; %n is the count the grammar follows.
    m_summary->setText(tr("%1: %n visit(s), %L2 of them unannounced; places visited: %L3.", nullptr,
                          int(figures.visits))
                           .arg(QString::number(figures.year))
                           .arg(figures.unannouncedVisits)
                           .arg(figures.placesVisited));

    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    QStandardItem* section = nullptr;
    QString sectionCode;
    for (const report::StatisticRow& row : report::StatisticRows::of(figures)) {
        if (!section || row.section != sectionCode) {
            sectionCode = row.section;
            section = new QStandardItem(report::StatisticRows::sectionLabel(row.section));
            QFont bold = section->font();
            bold.setBold(true);
            section->setFont(bold);
            m_model->appendRow({section, new QStandardItem});
        }
        auto* value = new QStandardItem(valueText(row));
        value->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        section->appendRow({new QStandardItem(row.label), value});
    }
    m_table->expandAll();
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);

    const Qt::LayoutDirection direction = layoutDirection();
    // A view owns the chart it shows and deletes the one it showed before.
    m_places->setChart(StatisticsCharts::placesVisited(figures, direction));
    m_findings->setChart(StatisticsCharts::findingsByTheme(figures, direction));
    m_recommendations->setChart(StatisticsCharts::recommendations(figures, direction));
}

void StatisticsPage::chooseCsvFile()
{
    if (!m_figures)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(tr("Annual figures %1.csv").arg(m_figures->year));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool StatisticsPage::exportCsv(const QString& path)
{
    if (!m_figures)
        return false;
    // Spreadsheets open it with the accents intact only with a byte order mark.
    const QByteArray csv =
        report::StatisticsCsv::annual(*m_figures, report::StatisticsCsv::Bom::Include);
    QSaveFile file(path);
    // Unbuffered: on a full disk the write fails here; Qt's commit() does
    // not notice a failed flush of its buffer.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(csv) != csv.size()
        || file.error() != QFileDevice::NoError || !file.commit()) {
        m_ctx.report(Error::make(
            ErrorKind::Io,
            tr("The figures could not be saved as %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString()));
        return false;
    }
    m_summary->setText(tr("The figures were saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void StatisticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace vigil
