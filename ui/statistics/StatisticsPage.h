#pragma once

#include "core/report/AnnualStatistics.h"
#include "core/util/Error.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace vigil {

class UiContext;

// The annual figures (DOMAIN.md §7, DESIGN.md §7) for the year chosen: the
// figures of an NPM annual report as a table, the main ones as charts, and
// "Export CSV…" for the annual report's tables. The figures are computed on
// a worker thread with its own connection, while the page is shown.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(UiContext& ctx, QWidget* parent = nullptr);
    ~StatisticsPage() override;

    int year() const;
    void setYear(int year);
    // The figures shown, once computed.
    const std::optional<report::AnnualFigures>& figures() const { return m_figures; }
    bool isComputing() const { return m_job.isRunning(); }
    // Writes the shown year's figures as CSV; false (reported) on failure.
    bool exportCsv(const QString& path);

    QComboBox* yearCombo() const { return m_year; }
    QTreeView* table() const { return m_table; }
    QStandardItemModel* tableModel() const { return m_model; }
    QTabWidget* charts() const { return m_charts; }
    QPushButton* exportButton() const { return m_export; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Computed
    {
        int year = 0;
        std::optional<report::AnnualFigures> figures;
        std::optional<Error> error;
    };

    void loadYears();
    void compute();
    void computed();
    void showFigures(const report::AnnualFigures& figures);
    void chooseCsvFile();
    QChartView* chartView(const char* name, const QString& accessibleName);

    UiContext& m_ctx;
    QComboBox* m_year;
    QPushButton* m_export;
    QLabel* m_summary;
    QStandardItemModel* m_model;
    QTreeView* m_table;
    QTabWidget* m_charts;
    QChartView* m_places;
    QChartView* m_findings;
    QChartView* m_recommendations;
    QFutureWatcher<Computed> m_job;
    std::optional<report::AnnualFigures> m_figures;
    bool m_stale = true;
    bool m_again = false;
};

} // namespace vigil
