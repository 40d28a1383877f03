#include "ui/report/ExportReportDialog.h"

#include "core/report/PublicationGuard.h"
#include "ui/UiContext.h"
#include "ui/report/GuardFindingsView.h"
#include "ui/report/IdentityCheckPanel.h"
#include "ui/report/ReportEditCommands.h"
#include "ui/report/ReportLanguage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {

QString extension(reportjobs::Format format)
{
    switch (format) {
    case reportjobs::Format::Odt:
        return QStringLiteral("odt");
    case reportjobs::Format::Html:
        return QStringLiteral("html");
    case reportjobs::Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

} // namespace

ExportReportDialog::ExportReportDialog(UiContext& ctx, const reportjobs::Request& request,
                                       QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_request(request), m_format(new QComboBox(this)),
      m_file(new QLineEdit(this)), m_browse(new QPushButton(tr("&Choose…"), this)),
      m_findings(new GuardFindingsView(this)),
      m_identity(new IdentityCheckPanel(ctx, request, this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_export(new QPushButton(tr("&Export"), this)),
      m_cancel(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export report"));
    auto* heading = new QLabel(tr("%1, in %2")
                                   .arg(ReportEditCommands::kindLabel(request.kind),
                                        ReportLanguage::nativeName(request.language)),
                               this);
    heading->setObjectName(QStringLiteral("exportHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("PDF document"), int(reportjobs::Format::Pdf));
    m_format->addItem(tr("OpenDocument text (ODT)"), int(reportjobs::Format::Odt));
    m_format->addItem(tr("Web page (HTML)"), int(reportjobs::Format::Html));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("File to write"));
    m_browse->setObjectName(QStringLiteral("chooseFileButton"));
    m_browse->setAccessibleName(tr("Choose the file to write"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(formatLabel, m_format);
    form->addRow(fileLabel, fileRow);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("guardFindingsScroll"));
    scroll->setAccessibleName(tr("What the publication guard found"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_findings);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the report"));
    m_export->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("closeButton"));
    m_cancel->setAccessibleName(tr("Close, or cancel the export"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_identity);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::formatChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ExportReportDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, &ExportReportDialog::chooseFile);
    connect(m_findings, &GuardFindingsView::acceptanceChanged, this,
            &ExportReportDialog::updateButtons);
    connect(m_findings, &GuardFindingsView::showRequested, this, [this](const QString& key) {
        Q_EMIT showRequested(key);
        reject();
    });
    connect(m_identity, &IdentityCheckPanel::checked, this, &ExportReportDialog::showChecked);
    connect(m_export, &QPushButton::clicked, this, &ExportReportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportReportDialog::reject);
    connect(&m_check, &QFutureWatcherBase::finished, this, &ExportReportDialog::checkFinished);
    connect(&m_render, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_render, &QFutureWatcherBase::finished, this, &ExportReportDialog::renderFinished);

    auto connection = attachmentjobs::connectionFor(ctx.vault());
    if (!connection) {
        m_status->setText(connection.error().message);
    } else {
        if (!ReportLanguage::isInstalled())
            ReportLanguage::install(QCoreApplication::instance());
        m_status->setText(tr("Checking the report with the publication guard…"));
        m_check.setFuture(QtConcurrent::run(
            [connection = std::move(*connection), request, cancel = m_checkCancel] {
                return reportjobs::buildAndCheck(connection, request, cancel.get());
            }));
    }
    updateButtons();
}

ExportReportDialog::~ExportReportDialog()
{
    // Both jobs read the vault through their own connection: they end first,
    // told to stop at their next step (a lock must not wait for a whole render).
    m_checkCancel->store(true);
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_render.waitForFinished();
    m_check.waitForFinished();
}

QString ExportReportDialog::defaultFileName(const QString& placeName, qint64 visitDate,
                                            report::Kind kind, reportjobs::Format format)
{
    QStringList parts;
    if (!placeName.isEmpty())
        parts << placeName;
    if (visitDate > 0)
        parts << QDateTime::fromMSecsSinceEpoch(visitDate).date().toString(Qt::ISODate);
    QString name = parts.join(QLatin1Char(' '));
    name +=
        (name.isEmpty() ? QString() : QStringLiteral(" - ")) + ReportEditCommands::kindLabel(kind);
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (unsafe.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    return name.left(120).trimmed() + QLatin1Char('.') + extension(format);
}

reportjobs::Format ExportReportDialog::format() const
{
    return reportjobs::Format(m_format->currentData().toInt());
}

void ExportReportDialog::checkFinished()
{
    const reportjobs::Checked checked = m_check.result();
    if (checked.error) {
        m_status->setText(tr("The report could not be checked: %1").arg(checked.error->message));
        return;
    }
    m_status->clear();
    showChecked(checked);
}

void ExportReportDialog::showChecked(const reportjobs::Checked& checked)
{
    m_checked = checked;
    m_ready = true;
    m_findings->setReport(m_checked.guard);
    if (!m_checked.identitiesChecked)
        m_identity->reset();
    if (m_file->text().isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_file->setText(QDir(dir).filePath(
            defaultFileName(m_checked.placeName, m_checked.visitDate, m_request.kind, format())));
    }
    updateButtons();
}

void ExportReportDialog::formatChanged()
{
    const QString path = m_file->text();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_file->setText(
            info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extension(format())));
    }
}

void ExportReportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), m_file->text(),
        tr("%1 (*.%2)").arg(m_format->currentText(), extension(format())));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportReportDialog::updateButtons()
{
    const bool rendering = m_render.isRunning();
    m_export->setEnabled(m_ready && !rendering && !m_done && !m_file->text().trimmed().isEmpty() &&
                         m_findings->allAccepted());
    m_format->setEnabled(!rendering && !m_done);
    m_file->setEnabled(!rendering && !m_done);
    m_browse->setEnabled(!rendering && !m_done);
    m_findings->setEnabled(!rendering && !m_done);
    m_identity->setEnabled(m_ready && !rendering && !m_done);
    m_cancel->setText(rendering ? tr("Cancel") : tr("Close"));
}

bool ExportReportDialog::startExport()
{
    updateButtons();
    if (!m_export->isEnabled())
        return false;
    const QList<report::GuardFinding> warnings = m_checked.guard.warnings();
    if (!warnings.isEmpty()) {
        // Audited before anything is written: the decision is the user's, on record.
        const Status recorded = report::PublicationGuard::recordDecision(
            m_ctx.records(), m_request.visitId, m_request.kind, warnings);
        if (!recorded) {
            m_status->setText(recorded.error().message);
            m_ctx.report(recorded.error());
            return false;
        }
    }
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection) {
        m_status->setText(connection.error().message);
        return false;
    }
    const QString path = m_file->text().trimmed();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_render.setFuture(QtConcurrent::run(
        [connection = std::move(*connection), request = m_request, accepted = m_checked.guard,
         format = format(), path, cancel = m_cancelFlag](QPromise<reportjobs::Exported>& promise) {
            reportjobs::exportReport(promise, connection, request, accepted, format, path, cancel);
        }));
    updateButtons();
    return true;
}

void ExportReportDialog::cancelExport()
{
    if (m_cancelFlag && m_render.isRunning()) {
        m_cancelFlag->store(true);
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportReportDialog::renderFinished()
{
    m_progress->hide();
    reportjobs::Exported outcome;
    if (m_render.future().resultCount() > 0)
        outcome = m_render.result();
    else
        outcome.status = Error::make(ErrorKind::Cancelled, QString());
    const Status& status = outcome.status;
    const QString path = m_file->text().trimmed();
    if (outcome.changed) {
        // What the user accepted is not what would be written: ask again.
        showChecked(*outcome.changed);
        m_status->setText(status.error().message);
    } else if (status) {
        m_done = true;
        m_status->setText(tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(path);
    } else if (status.error().kind == ErrorKind::Cancelled) {
        m_status->setText(tr("The export was cancelled. No file was written."));
    } else {
        m_status->setText(tr("The report could not be exported. %1").arg(status.error().message));
    }
    updateButtons();
}

void ExportReportDialog::reject()
{
    if (m_render.isRunning()) {
        cancelExport(); // the dialog stays to tell how the export ended
        return;
    }
    QDialog::reject();
}

} // namespace vigil
