#pragma once

#include "core/crypto/SecretBuffer.h"
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
#include <span>

namespace vigil {
class PreviewDocument;
}

namespace vigil::reportjobs {

// Report work that must not block the UI thread (DESIGN.md §8): building a
// report (photos are decrypted for it), checking it with the publication
// guard, rendering it. Each job opens its own read-only connection to the
// vault (attachmentjobs::Connection) and runs in the report's language
// (ReportLanguage::Scope), whatever the interface's.
//
// Every job takes a cancel flag, shared with the screen that started it and
// set when that screen goes (a lock): the job checks it between its steps
// (build, check, lay out, render) and returns an error of kind Cancelled, so
// the screen's destructor waits for one step at most.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

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

Preview buildPreview(const attachmentjobs::Connection& connection, const Request& request,
                     const std::atomic_bool* cancel = nullptr);

// What the export dialog shows and, once the user agrees, renders.
struct Checked
{
    report::ReportDocument document; // built, not yet guarded
    report::GuardReport guard;
    QString placeName;    // for the default file name
    qint64 visitDate = 0; // Unix ms, 0 if none
    // Whether the check looked for the names and numbers of the visit's
    // identity entries (the user entered the passphrase for it).
    bool identitiesChecked = false;
    std::optional<Error> error;
};

// `identities`: strings to look for (PublicationGuard::check), e.g. the
// fields of the visit's identity entries, unsealed for this check only.
Checked buildAndCheck(const attachmentjobs::Connection& connection, const Request& request,
                      const std::atomic_bool* cancel = nullptr,
                      std::span<const SecretBuffer> identities = {});

// Whether two verdicts on the same report name the same findings (code,
// section and source), leaving out identity_data: the identity strings that
// found those are wiped right after their check.
bool sameFindings(const report::GuardReport& a, const report::GuardReport& b);

enum class Format
{
    Pdf,
    Odt,
    Html
};

// Renders a guarded document (PublicationGuard::apply done) to `path`, whole
// or not at all; progress in thousandths. A cancel leaves no file.
void render(QPromise<Status>& promise, const report::ReportDocument& document, Format format,
            const QString& path, const CancelFlag& cancel);

// What an export ended with.
struct Exported
{
    Status status;
    // The report changed since the user saw the guard's verdict and the
    // guard now finds something else: nothing was written, the new verdict
    // is to be shown and accepted again.
    std::optional<Checked> changed;
};

// Builds and checks the report again (it may have been edited since
// `accepted` was shown, on this device or by a sync) and renders it, guard
// applied, if the guard finds what the user accepted; the identity_data
// removals of `accepted` are carried over.
void exportReport(QPromise<Exported>& promise, const attachmentjobs::Connection& connection,
                  const Request& request, const report::GuardReport& accepted, Format format,
                  const QString& path, const CancelFlag& cancel);

} // namespace vigil::reportjobs
