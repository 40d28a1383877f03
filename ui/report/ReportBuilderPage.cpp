#include "ui/report/ReportBuilderPage.h"

#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/report/ReportEditCommands.h"
#include "ui/report/ReportLanguage.h"
#include "ui/report/ReportOutlineModel.h"
#include "ui/report/ReportOutlinePane.h"
#include "ui/report/ReportPreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {

constexpr int kRebuildDelayMs = 250;

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ReportBuilderPage::ReportBuilderPage(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId),
      m_commands(std::make_unique<ReportEditCommands>(ctx, visitId))
{
    setObjectName(QStringLiteral("reportBuilderPage"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKindCombo"));
    m_kind->setAccessibleName(tr("Kind of report"));
    for (report::Kind kind :
         {report::Kind::Authorities, report::Kind::InternalNotes, report::Kind::Public})
        m_kind->addItem(ReportEditCommands::kindLabel(kind), int(kind));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_language->setAccessibleName(tr("Language of the report"));
    for (const QString& code : ReportLanguage::languages())
        m_language->addItem(ReportLanguage::nativeName(code), code);
    auto visit = VisitRepository(ctx.records()).get(visitId);
    const QString working = visit ? visit->language : QString();
    const int workingIndex = m_language->findData(working);
    m_language->setCurrentIndex(workingIndex >= 0
                                    ? workingIndex
                                    : m_language->findData(ReportLanguage::interfaceLanguage()));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("buildStatus"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setAccessibleName(tr("Export the report as PDF, ODT or HTML"));

    auto* top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("&Kind:"), m_kind, this));
    top->addWidget(m_kind);
    top->addSpacing(12);
    top->addWidget(buddyLabel(tr("&Language:"), m_language, this));
    top->addWidget(m_language);
    top->addStretch();
    top->addWidget(m_status);
    top->addWidget(m_export);

    m_preview = new ReportPreview(this);
    AccessibleParts::nameScrollBars(m_preview);
    m_guardNote = new QLabel(this);
    m_guardNote->setObjectName(QStringLiteral("guardNote"));
    m_guardNote->setWordWrap(true);
    m_guardNote->setTextFormat(Qt::PlainText);
    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_guardNote);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    m_outline = new ReportOutlinePane(ctx, visitId, *m_commands, splitter);
    m_outline->setObjectName(QStringLiteral("reportOutlinePane"));
    splitter->addWidget(m_outline);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(kRebuildDelayMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ReportBuilderPage::rebuild);
    connect(&m_job, &QFutureWatcherBase::finished, this, &ReportBuilderPage::buildFinished);
    connect(&ctx, &UiContext::recordsChanged, this, [this] {
        // A report is built from nearly every part of the record.
        if (isVisible())
            m_rebuildTimer.start();
        else
            m_stale = true;
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_outline->clear(kind()); // the old kind's ticks would mislead
        rebuild();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportBuilderPage::rebuild);
    connect(m_export, &QPushButton::clicked, this, &ReportBuilderPage::openExportDialog);
    setFocusProxy(m_outline);
}

ReportBuilderPage::~ReportBuilderPage()
{
    // The build reads through its own connection; it ends before the vault
    // may lock, at its next step rather than after every photo is decrypted.
    m_cancel->store(true);
    m_job.waitForFinished();
}

report::Kind ReportBuilderPage::kind() const
{
    return report::Kind(m_kind->currentData().toInt());
}

void ReportBuilderPage::setKind(report::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ReportBuilderPage::language() const
{
    return m_language->currentData().toString();
}

void ReportBuilderPage::setLanguage(const QString& code)
{
    m_language->setCurrentIndex(m_language->findData(code));
}

bool ReportBuilderPage::isBuilding() const
{
    return m_job.isRunning() || m_again || m_rebuildTimer.isActive();
}

void ReportBuilderPage::rebuild()
{
    m_rebuildTimer.stop();
    m_stale = false;
    if (m_job.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection)
        return m_ctx.report(connection.error());
    if (!ReportLanguage::isInstalled())
        ReportLanguage::install(QCoreApplication::instance());
    m_status->setText(tr("Updating the preview…"));
    const reportjobs::Request request{m_visitId, kind(), language(),
                                      m_preview->viewport()->width()};
    m_job.setFuture(
        QtConcurrent::run([connection = std::move(*connection), request, cancel = m_cancel] {
            return reportjobs::buildPreview(connection, request, cancel.get());
        }));
}

void ReportBuilderPage::buildFinished()
{
    if (m_again)
        return rebuild(); // what was built is already out of date
    const reportjobs::Preview preview = m_job.result();
    m_status->clear();
    if (preview.error) {
        m_status->setText(tr("The preview could not be built."));
        return m_ctx.report(*preview.error);
    }
    if (preview.request.kind != kind() || preview.request.language != language())
        return rebuild();
    m_outline->showOutline(preview.outline, preview.edits, preview.request.kind);
    m_preview->showReport(preview.document);
    QStringList notes;
    if (preview.removals > 0)
        notes << tr("On export, the publication guard takes out %n item(s) this kind of report "
                    "may not show; the preview leaves them out already.",
                    nullptr, preview.removals);
    if (preview.warnings > 0)
        notes << tr("%n warning(s) to resolve or accept before export.", nullptr, preview.warnings);
    m_guardNote->setText(notes.join(QLatin1Char('\n')));
    m_guardNote->setVisible(!notes.isEmpty());
    ++m_builds;
    Q_EMIT previewUpdated();
}

ReportOutlineModel* ReportBuilderPage::model() const
{
    return m_outline->model();
}

void ReportBuilderPage::flushPendingEdits()
{
    m_outline->flush();
}

ExportReportDialog* ReportBuilderPage::openExportDialog()
{
    m_outline->flush();
    auto* dialog = new ExportReportDialog(m_ctx, {m_visitId, kind(), language()}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportReportDialog::showRequested, this, [this](const QString& key) {
        m_outline->selectKey(key);
        m_outline->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
    return dialog;
}

void ReportBuilderPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void ReportBuilderPage::hideEvent(QHideEvent* event)
{
    m_outline->flush();
    QWidget::hideEvent(event);
}

} // namespace vigil
