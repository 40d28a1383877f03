#pragma once

#include "core/report/GuardFinding.h"
#include "core/report/ReportBuilder.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportItem.h"
#include "core/util/Error.h"
#include "core/util/Result.h"
#include "ui/visit/AttachmentJobs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPromise>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

namespace vigil {
class PreviewDocument;
}

namespace vigil::reportjobs {

// Report work that must not block the UI thread (DESIGN.md §8): building a
// report (photos are decrypted for it), checking it with the publication
// guard, rendering it. Each job opens its own read-only connection to the
// vault (attachmentjobs::Connection) and runs in the report's language
// (ReportLanguage::Scope), whatever the interface's.

struct Request
{
    QString visitId;
    report::Kind kind = report::Kind::Authorities;
    QString language;     // a code of ReportLanguage::languages()
    int previewWidth = 0; // the preview's width in pixels, to lay the report out for
};

// What the report builder page shows.
struct Preview
{
    Request request;
    // Every item, those left out of this kind included, for the outline.
    report::ReportDocument outline;
    QList<report::ReportItem> edits; // the lead's stored edits
    // The report as an export of this kind would render it (items left out
    // gone, and what the publication guard removes gone too), laid out for the
    // preview and living on the UI thread.
    std::shared_ptr<PreviewDocument> document;
    int removals = 0; // items the guard takes out on export
    int warnings = 0; // small-group risks to accept on export
    std::optional<Error> error;
};

Preview buildPreview(const attachmentjobs::Connection& connection, const Request& request);

// What the export dialog shows and, once the user agrees, renders.
struct Checked
{
    report::ReportDocument document; // built, not yet guarded
    report::GuardReport guard;
    QString placeName;    // for the default file name
    qint64 visitDate = 0; // Unix ms, 0 if none
    std::optional<Error> error;
};

Checked buildAndCheck(const attachmentjobs::Connection& connection, const Request& request);

enum class Format
{
    Pdf,
    Odt,
    Html
};

// Renders a guarded document (PublicationGuard::apply done) to `path`, whole
// or not at all; progress in thousandths. A cancel leaves no file.
void render(QPromise<Status>& promise, const report::ReportDocument& document, Format format,
            const QString& path, const std::shared_ptr<std::atomic_bool>& cancel);

} // namespace vigil::reportjobs
