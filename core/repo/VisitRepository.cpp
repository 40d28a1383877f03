#include "core/repo/VisitRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil {

namespace {

FieldValues editableFields(const Visit& v)
{
    return {{"type", v.type},
            {"unannounced", fields::flag(v.unannounced)},
            {"planned_start", fields::number(v.plannedStart)},
            {"planned_end", fields::number(v.plannedEnd)},
            {"objectives", fields::text(v.objectives)},
            {"language", fields::text(v.language)}};
}

constexpr const char* kColumns = "id, place_id, type, unannounced, planned_start, planned_end, "
                                 "actual_start, actual_end, objectives, state, language";
// rowid breaks ties in index order (visit_place and visit_start end in rowid),
// so the order is stable without a sort step.
constexpr const char* kOrder = " ORDER BY planned_start DESC, rowid DESC";

Visit readVisit(const Statement& s)
{
    Visit v;
    v.id = s.columnText(0);
    v.placeId = s.columnText(1);
    v.type = s.columnText(2);
    v.unannounced = s.columnInt(3) != 0;
    v.plannedStart = fields::optionalInt(s, 4);
    v.plannedEnd = fields::optionalInt(s, 5);
    v.actualStart = fields::optionalInt(s, 6);
    v.actualEnd = fields::optionalInt(s, 7);
    v.objectives = s.columnText(8);
    v.state = s.columnText(9);
    v.language = s.columnText(10);
    return v;
}

Result<QList<Visit>> readAll(Statement& stmt)
{
    QList<Visit> visits;
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        visits.append(readVisit(stmt));
    }
    return visits;
}

bool endsBeforeStart(const std::optional<qint64>& start, const std::optional<qint64>& end)
{
    return start && end && *end < *start;
}

Result<qint64> countWhere(Database& db, const QByteArray& sql, const QString& a, const QString& b,
                          const QString& c)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, a).bind(2, b).bind(3, c);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const qint64 n = (*stmt)->columnInt(0);
    (void)(*stmt)->reset();
    return n;
}

} // namespace

Result<QString> VisitRepository::create(const Visit& visit)
{
    if (endsBeforeStart(visit.plannedStart, visit.plannedEnd))
        return Error::make(ErrorKind::Validation,
                           tr("The planned end is before the planned start."));
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    FieldValues values = editableFields(visit);
    values.emplace_back("place_id", visit.placeId);
    values.emplace_back("state", QStringLiteral("planned"));
    auto id = tx->insert(catalog::kVisit, values);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status VisitRepository::update(const Visit& visit)
{
    if (endsBeforeStart(visit.plannedStart, visit.plannedEnd))
        return Error::make(ErrorKind::Validation,
                           tr("The planned end is before the planned start."));
    return m_ctx.updateOne(catalog::kVisit, visit.id, editableFields(visit));
}

Status VisitRepository::correctActualTimes(const QString& id, std::optional<qint64> start,
                                           std::optional<qint64> end)
{
    if (endsBeforeStart(start, end))
        return Error::make(ErrorKind::Validation,
                           tr("The time the team left is before the time it arrived."));
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(
        tx->update(catalog::kVisit, id,
                   {{"actual_start", fields::number(start)}, {"actual_end", fields::number(end)}}));
    return tx->commit();
}

Status VisitRepository::remove(const QString& id)
{
    return m_ctx.removeOne(catalog::kVisit, id);
}

Result<Visit> VisitRepository::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM visit WHERE id = ? AND deleted = 0";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound, tr("The visit does not exist or was deleted."));
    Visit v = readVisit(**stmt);
    (void)(*stmt)->reset();
    return v;
}

Result<QList<Visit>> VisitRepository::listForPlace(const QString& placeId)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM visit WHERE place_id = ? AND deleted = 0" + kOrder;
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, placeId);
    return readAll(**stmt);
}

Result<QList<Visit>> VisitRepository::list(qint64 offset, qint64 limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM visit WHERE deleted = 0" +
                           kOrder + " LIMIT ? OFFSET ?";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, limit).bind(2, offset);
    return readAll(**stmt);
}

Result<qint64> VisitRepository::count()
{
    return m_ctx.db().scalarInt("SELECT count(*) FROM visit WHERE deleted = 0");
}

Status VisitRepository::checkTeamRules(const QString& visitId, const QString& personId,
                                       const QString& role, const QString& memberId)
{
    // memberId excludes the membership being changed from both checks.
    if (!personId.isEmpty()) {
        auto same = countWhere(m_ctx.db(),
                               "SELECT count(*) FROM visit_member WHERE visit_id = ? AND "
                               "person_id = ? AND id IS NOT ? AND deleted = 0",
                               visitId, personId, memberId);
        if (!same)
            return same.error();
        if (*same > 0)
            return Error::make(ErrorKind::Validation,
                               tr("This person is already on the visit's team."));
    }
    if (role == QLatin1StringView("lead")) {
        auto leads = countWhere(m_ctx.db(),
                                "SELECT count(*) FROM visit_member WHERE visit_id = ? AND "
                                "role = ? AND id IS NOT ? AND deleted = 0",
                                visitId, role, memberId);
        if (!leads)
            return leads.error();
        if (*leads > 0)
            return Error::make(ErrorKind::Validation,
                               tr("The visit already has a lead; give the current lead another "
                                  "role first."));
    }
    return {};
}

Result<QString> VisitRepository::addMember(const QString& visitId, const QString& personId,
                                           const QString& role)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    // Checked inside the write transaction (BEGIN IMMEDIATE), so no other
    // local writer can add a lead in between.
    VIGIL_TRY(checkTeamRules(visitId, personId, role, QString()));
    auto id = tx->insert(catalog::kVisitMember,
                         {{"visit_id", visitId}, {"person_id", personId}, {"role", role}});
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status VisitRepository::setMemberRole(const QString& memberId, const QString& role)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto stmt = m_ctx.db().cached("SELECT visit_id FROM visit_member WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, memberId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const QString visitId = *row ? (*stmt)->columnText(0) : QString();
    (void)(*stmt)->reset();
    if (!visitId.isEmpty()) // else update() reports the missing member
        VIGIL_TRY(checkTeamRules(visitId, QString(), role, memberId));
    VIGIL_TRY(tx->update(catalog::kVisitMember, memberId, {{"role", role}}));
    return tx->commit();
}

Status VisitRepository::removeMember(const QString& memberId)
{
    return m_ctx.removeOne(catalog::kVisitMember, memberId);
}

Result<QList<VisitMember>> VisitRepository::members(const QString& visitId)
{
    auto stmt = m_ctx.db().cached(
        "SELECT m.id, m.visit_id, m.person_id, m.role, p.name, p.gender FROM visit_member m "
        "JOIN person p ON p.id = m.person_id WHERE m.visit_id = ? AND m.deleted = 0 "
        "ORDER BY m.role <> 'lead', p.name COLLATE NOCASE");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<VisitMember> team;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement& s = **stmt;
        team.append({s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                     s.columnText(4), s.columnText(5)});
    }
    return team;
}

} // namespace vigil
