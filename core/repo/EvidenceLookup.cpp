#include "core/repo/EvidenceLookup.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QDateTime>
#include <QLocale>

namespace vigil {

namespace {

// Each query returns: visit id, deleted, then up to three columns for the title.
struct KindQuery
{
    const char* kind;
    const char* sql;
};

constexpr KindQuery kQueries[] = {
    {"interview", "SELECT visit_id, deleted, pseudonym, NULL, NULL FROM interview WHERE id = ?"},
    {"observation", "SELECT visit_id, deleted, title, NULL, NULL FROM observation WHERE id = ?"},
    {"register_check", "SELECT visit_id, deleted, register_type, period_from, period_to "
                       "FROM register_check WHERE id = ?"},
    {"access_event", "SELECT visit_id, deleted, kind, area, occurred_at "
                     "FROM access_event WHERE id = ?"},
    {"checklist_response", "SELECT visit_id, deleted, question_id, answer, NULL "
                           "FROM checklist_response WHERE id = ?"},
    // An attachment belongs to the visit of its owner.
    {"attachment",
     "SELECT CASE a.owner_kind WHEN 'visit' THEN a.owner_id "
     "WHEN 'interview' THEN (SELECT visit_id FROM interview WHERE id = a.owner_id) "
     "WHEN 'observation' THEN (SELECT visit_id FROM observation WHERE id = a.owner_id) "
     "WHEN 'finding' THEN (SELECT visit_id FROM finding WHERE id = a.owner_id) "
     "WHEN 'register_check' THEN "
     "(SELECT visit_id FROM register_check WHERE id = a.owner_id) "
     "WHEN 'access_event' THEN "
     "(SELECT visit_id FROM access_event WHERE id = a.owner_id) END, "
     "a.deleted, a.file_name, NULL, NULL FROM attachment a WHERE a.id = ?"},
};

QString title(QLatin1StringView kind, const Statement& s)
{
    const QString a = s.columnText(2);
    const QString b = s.columnText(3);
    if (kind == QLatin1StringView("interview"))
        return EvidenceLookup::tr("Interview %1").arg(a);
    if (kind == QLatin1StringView("register_check")) {
        const QString to = s.columnText(4);
        return b.isEmpty() && to.isEmpty()
                   ? EvidenceLookup::tr("Register check: %1").arg(a)
                   : EvidenceLookup::tr("Register check: %1, %2 to %3").arg(a, b, to);
    }
    if (kind == QLatin1StringView("access_event")) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(s.columnInt(4));
        const QString where = b.isEmpty() ? QLocale().toString(when, QLocale::ShortFormat) : b;
        return EvidenceLookup::tr("Access %1: %2").arg(a, where);
    }
    if (kind == QLatin1StringView("checklist_response"))
        return b.isEmpty() ? EvidenceLookup::tr("Checklist question %1").arg(a)
                           : EvidenceLookup::tr("Checklist question %1: %2").arg(a, b.left(80));
    return a; // observation title, attachment file name
}

} // namespace

Result<EvidenceLookup::Target> EvidenceLookup::find(Database& db, const QString& kind,
                                                    const QString& id)
{
    for (const KindQuery& q : kQueries) {
        if (kind != QLatin1StringView(q.kind))
            continue;
        auto stmt = db.cached(q.sql);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, id);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(
                ErrorKind::Validation,
                tr("finding_evidence.evidence_id: there is no %1 with this id").arg(kind),
                QStringLiteral("validation finding_evidence.evidence_id"));
        Target target;
        target.visitId = (*stmt)->columnText(0);
        target.live = (*stmt)->columnInt(1) == 0;
        if (target.live)
            target.title = title(QLatin1StringView(q.kind), **stmt);
        (void)(*stmt)->reset();
        return target;
    }
    return Error::make(
        ErrorKind::Validation,
        tr("finding_evidence.evidence_kind: '%1' is not a kind of evidence").arg(kind.left(40)),
        QStringLiteral("validation finding_evidence.evidence_kind"));
}

bool EvidenceLookup::isSource(const QString& kind)
{
    return kind == QLatin1StringView("interview") || kind == QLatin1StringView("observation") ||
           kind == QLatin1StringView("register_check");
}

} // namespace vigil
