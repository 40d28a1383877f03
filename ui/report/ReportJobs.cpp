#include "ui/report/ReportJobs.h"

#include "core/attachments/AttachmentStore.h"
#include "core/repo/BodyRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "core/report/HtmlRenderer.h"
#include "core/report/PublicationGuard.h"
#include "core/report/ReportEditRepository.h"
#include "core/store/Database.h"
#include "report/OdtRenderer.h"
#include "report/PdfRenderer.h"
#include "report/ReportFile.h"
#include "ui/report/PreviewDocument.h"
#include "ui/report/ReportLanguage.h"

#include <QIODevice>
#include <functional>

namespace vigil::reportjobs {

namespace {

// One read-only connection for the duration of a job, on the job's thread.
struct Worker
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordContext> records;
};

Result<Worker> open(const attachmentjobs::Connection& connection)
{
    auto db = Database::open(connection.databasePath, connection.key, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto records = RecordContext::open(**db);
    if (!records)
        return records.error();
    return Worker{std::move(*db), std::move(*records)};
}

// The body whose report it is: the visited place's, else the vault's only one.
QString bodyName(RecordContext& ctx, const Place& place)
{
    BodyRepository bodies(ctx);
    if (!place.bodyId.isEmpty()) {
        if (auto body = bodies.get(place.bodyId))
            return body->name;
    }
    auto all = bodies.list();
    return all && all->size() == 1 ? all->first().name : QString();
}

struct Built
{
    report::ReportDocument document;
    Place place;
    Visit visit;
};

Result<Built> build(Worker& worker, const attachmentjobs::Connection& connection,
                    const Request& request, bool keepExcluded)
{
    auto visit = VisitRepository(*worker.records).get(request.visitId);
    if (!visit)
        return visit.error();
    auto place = PlaceRepository(*worker.records).get(visit->placeId);
    if (!place)
        return place.error();
    report::ReportBuilder::Options options;
    options.bodyName = bodyName(*worker.records, *place);
    options.keepExcluded = keepExcluded;
    AttachmentStore store(*worker.records, connection.attachmentsPath);
    report::ReportBuilder builder(*worker.records, &store, options);
    auto doc = builder.build(request.visitId, request.kind, request.language);
    if (!doc)
        return doc.error();
    return Built{std::move(*doc), std::move(*place), std::move(*visit)};
}

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error::make(ErrorKind::Cancelled,
                       QCoreApplication::translate("vigil::reportjobs", "The work was cancelled."));
}

// A step's result, or Cancelled when the flag was set while it ran.
template <typename T> Result<T> stepped(Result<T> result, const std::atomic_bool* cancel)
{
    if (result && cancelled(cancel))
        return cancelledError();
    return result;
}

} // namespace

Preview buildPreview(const attachmentjobs::Connection& connection, const Request& request,
                     const std::atomic_bool* cancel)
{
    Preview out;
    out.request = request;
    if (cancelled(cancel)) {
        out.error = cancelledError();
        return out;
    }
    const ReportLanguage::Scope language(request.language);
    auto worker = open(connection);
    if (!worker) {
        out.error = worker.error();
        return out;
    }
    // The outline keeps what the lead left out, so it is a build of its own;
    // the photos are decrypted for each (ReportBuilder takes no cache).
    auto outline = stepped(build(*worker, connection, request, true), cancel);
    if (!outline) {
        out.error = outline.error();
        return out;
    }
    out.outline = std::move(outline->document);
    auto edits = report::ReportEditRepository(*worker->records).list(request.visitId);
    if (!edits) {
        out.error = edits.error();
        return out;
    }
    out.edits = std::move(*edits);
    auto shown = stepped(build(*worker, connection, request, false), cancel);
    if (!shown) {
        out.error = shown.error();
        return out;
    }
    auto guard = stepped(report::PublicationGuard(*worker->records).check(shown->document), cancel);
    if (!guard) {
        out.error = guard.error();
        return out;
    }
    out.removals = int(guard->removals().size());
    out.warnings = int(guard->warnings().size());
    const QByteArray html =
        report::HtmlRenderer::render(report::PublicationGuard::apply(shown->document, *guard));
    if (cancelled(cancel)) {
        out.error = cancelledError();
        return out;
    }
    out.document = PreviewDocument::make(html, shown->document.rightToLeft, request.previewWidth,
                                         QCoreApplication::instance()->thread());
    return out;
}

Checked buildAndCheck(const attachmentjobs::Connection& connection, const Request& request,
                      const std::atomic_bool* cancel, std::span<const SecretBuffer> identities)
{
    Checked out;
    if (cancelled(cancel)) {
        out.error = cancelledError();
        return out;
    }
    const ReportLanguage::Scope language(request.language);
    auto worker = open(connection);
    if (!worker) {
        out.error = worker.error();
        return out;
    }
    auto built = stepped(build(*worker, connection, request, false), cancel);
    if (!built) {
        out.error = built.error();
        return out;
    }
    // Identity strings only when the user unsealed them for this check;
    // entries themselves never reach a report.
    auto guard = stepped(
        report::PublicationGuard(*worker->records).check(built->document, identities), cancel);
    if (!guard) {
        out.error = guard.error();
        return out;
    }
    out.document = std::move(built->document);
    out.guard = std::move(*guard);
    out.placeName = built->place.name;
    const Visit& v = built->visit;
    out.visitDate = v.actualStart.value_or(v.plannedStart.value_or(0));
    out.identitiesChecked = !identities.empty();
    return out;
}

bool sameFindings(const report::GuardReport& a, const report::GuardReport& b)
{
    const auto keys = [](const report::GuardReport& r) {
        QStringList out;
        for (const report::GuardFinding& f : r.findings) {
            if (f.code != u"identity_data")
                out << f.code + QLatin1Char('\x1f') + f.sectionKey + QLatin1Char('\x1f') +
                           f.source.entity + QLatin1Char('\x1f') + f.source.id;
        }
        out.sort();
        return out;
    };
    return keys(a) == keys(b);
}

namespace {

Status renderTo(const report::ReportDocument& document, Format format, const QString& path,
                const std::atomic_bool* cancel, const std::function<void(int)>& progress)
{
    // "Page 3 of 12" and the like in the report's language.
    const ReportLanguage::Scope language(document.language);
    report::RenderControl control;
    control.cancel = cancel;
    control.progress = [&progress](int done, int total) {
        if (total > 0)
            progress(int(qint64(done) * 1000 / total));
    };
    Status status;
    switch (format) {
    case Format::Pdf:
        status = report::PdfRenderer::renderToFile(document, path, control);
        break;
    case Format::Odt:
        status = report::OdtRenderer::renderToFile(document, path, control);
        break;
    case Format::Html:
        status =
            report::ReportFile::write(path, [&document, &control](QIODevice& device) -> Status {
                const QByteArray html = report::HtmlRenderer::render(document);
                if (control.cancelled())
                    return Error::make(ErrorKind::Cancelled,
                                       QCoreApplication::translate("vigil::reportjobs",
                                                                   "The export was cancelled."));
                if (device.write(html) != html.size())
                    return Error::make(ErrorKind::Io,
                                       QCoreApplication::translate(
                                           "vigil::reportjobs", "The report could not be written."),
                                       device.errorString());
                return {};
            });
        break;
    }
    return status;
}

} // namespace

void render(QPromise<Status>& promise, const report::ReportDocument& document, Format format,
            const QString& path, const CancelFlag& cancel)
{
    promise.setProgressRange(0, 1000);
    const Status status = renderTo(document, format, path, cancel.get(),
                                   [&promise](int value) { promise.setProgressValue(value); });
    promise.setProgressValue(1000);
    promise.addResult(status);
}

void exportReport(QPromise<Exported>& promise, const attachmentjobs::Connection& connection,
                  const Request& request, const report::GuardReport& accepted, Format format,
                  const QString& path, const CancelFlag& cancel)
{
    promise.setProgressRange(0, 1000);
    Exported out;
    Checked now = buildAndCheck(connection, request, cancel.get());
    if (now.error) {
        out.status = *now.error;
    } else if (!sameFindings(accepted, now.guard)) {
        out.status = Error::make(
            ErrorKind::Validation,
            QCoreApplication::translate("vigil::reportjobs",
                                        "The report changed since it was checked. Nothing was "
                                        "written: look at what the publication guard finds now."));
        out.changed = std::move(now);
    } else {
        report::GuardReport guard = now.guard;
        for (const report::GuardFinding& f : accepted.findings) {
            if (f.code == u"identity_data")
                guard.findings.append(f);
        }
        out.status =
            renderTo(report::PublicationGuard::apply(now.document, guard), format, path,
                     cancel.get(), [&promise](int value) { promise.setProgressValue(value); });
    }
    promise.setProgressValue(1000);
    promise.addResult(std::move(out));
}

} // namespace vigil::reportjobs
