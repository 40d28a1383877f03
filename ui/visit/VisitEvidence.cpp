#include "ui/visit/VisitEvidence.h"

#include "core/attachments/AttachmentStore.h"
#include "core/repo/AccessLogRepository.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/RegisterCheckRepository.h"
#include "ui/UiContext.h"
#include "ui/visit/VisitLabels.h"
#include "ui/LocaleFormat.h"

#include <QDateTime>
#include <QLocale>

namespace vigil {

namespace {

// Appends what `list` read, or reports why it could not.
template <typename T, typename Title>
void add(UiContext& ctx, QList<EvidenceItem>& out, const char* kind, const Result<QList<T>>& list,
         Title title)
{
    if (!list) {
        ctx.report(list.error());
        return;
    }
    for (const T& record : *list)
        out.append({QLatin1StringView(kind), record.id, title(record)});
}

QString when(const std::optional<qint64>& ms)
{
    return localeformat::dateTime(ms);
}

} // namespace

QList<EvidenceItem> VisitEvidence::forVisit(UiContext& ctx, const QString& visitId)
{
    QList<EvidenceItem> out;
    RecordContext& records = ctx.records();
    add(ctx, out, "interview", InterviewRepository(records).forVisit(visitId),
        [](const Interview& i) { return tr("Interview %1").arg(i.pseudonym); });
    add(ctx, out, "observation", ObservationRepository(records).listForVisit(visitId),
        [](const Observation& o) {
            return tr("Observation: %1")
                .arg(o.title.isEmpty() ? VisitLabels::observationKind(o.kind) : o.title);
        });
    add(ctx, out, "register_check", RegisterCheckRepository(records).listForVisit(visitId),
        [](const RegisterCheck& c) {
            return tr("Register check: %1").arg(VisitLabels::registerType(c.registerType));
        });
    add(ctx, out, "access_event", AccessLogRepository(records).forVisit(visitId),
        [](const AccessEvent& e) {
            //: Evidence: an access event, its kind and its time
            return tr("%1 at %2").arg(VisitLabels::accessKind(e.kind), when(e.occurredAt));
        });
    add(ctx, out, "attachment", AttachmentStore(ctx.vault()).forOwner(visitId),
        [](const Attachment& a) { return tr("Attachment: %1").arg(a.fileName); });
    add(ctx, out, "checklist_response", ChecklistResponseRepository(records).listForVisit(visitId),
        [](const ChecklistResponse& r) {
            return tr("Checklist %1: %2")
                .arg(r.questionId,
                     r.answer.isEmpty() ? tr("not answered") : VisitLabels::answer(r.answer));
        });
    return out;
}

} // namespace vigil
