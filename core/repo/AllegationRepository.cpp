#include "core/repo/AllegationRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

namespace vigil {

namespace {

FieldValues allegationFields(const Allegation& a)
{
    return {{"interview_id", fields::text(a.interviewId)},
            {"summary", a.summary},
            {"consent_to_act", fields::flag(a.consentToAct)},
            {"medical_consistency", fields::text(a.medicalConsistency)},
            {"referral", fields::text(a.referral)}};
}

FieldValues reprisalFields(const ReprisalAllegation& r)
{
    return {{"visit_id", fields::text(r.visitId)},
            {"pseudonym", r.pseudonym},
            {"what", r.what},
            {"occurred_on", fields::text(r.occurredOn)},
            {"assessment", fields::text(r.assessment)},
            {"actions", fields::text(r.actions)}};
}

constexpr const char* kAllegationColumns =
    "id, visit_id, coalesce(interview_id, ''), summary, consent_to_act, "
    "coalesce(medical_consistency, ''), coalesce(referral, '')";

Allegation readAllegation(const Statement& s)
{
    return {s.columnText(0),     s.columnText(1), s.columnText(2), s.columnText(3),
            s.columnInt(4) != 0, s.columnText(5), s.columnText(6)};
}

constexpr const char* kReprisalSelect =
    "SELECT r.id, coalesce(r.visit_id, ''), r.pseudonym, r.what, coalesce(r.occurred_on, ''), "
    "coalesce(r.assessment, ''), coalesce(r.actions, ''), r.created_at, coalesce(p.name, '') "
    "FROM reprisal_allegation r LEFT JOIN visit v ON v.id = r.visit_id "
    "LEFT JOIN place p ON p.id = v.place_id WHERE r.deleted = 0";

ReprisalAllegation readReprisal(const Statement& s)
{
    return {s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4),
            s.columnText(5), s.columnText(6), s.columnInt(7),  s.columnText(8)};
}

template <typename T, typename Read> Result<QList<T>> readAll(Statement& s, Read read)
{
    QList<T> out;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(read(s));
    }
    return out;
}

template <typename T, typename Read>
Result<T> readOne(Database& db, const QByteArray& sql, const QString& id, Read read,
                  const QString& missing)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto rows = readAll<T>(**stmt, read);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorKind::NotFound, missing);
    return rows->first();
}

} // namespace

Result<QString> AllegationRepository::create(const Allegation& allegation)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    FieldValues values = allegationFields(allegation);
    values.insert(values.begin(), {"visit_id", allegation.visitId});
    auto id = tx->insert(catalog::kAllegation, values);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status AllegationRepository::update(const Allegation& allegation)
{
    return m_ctx.updateOne(catalog::kAllegation, allegation.id, allegationFields(allegation));
}

Status AllegationRepository::remove(const QString& id)
{
    return m_ctx.removeOne(catalog::kAllegation, id);
}

Result<Allegation> AllegationRepository::get(const QString& id)
{
    return readOne<Allegation>(m_ctx.db(),
                               QByteArray("SELECT ") + kAllegationColumns +
                                   " FROM allegation WHERE id = ? AND deleted = 0",
                               id, readAllegation,
                               tr("The allegation does not exist or was deleted."));
}

Result<QList<Allegation>> AllegationRepository::forVisit(const QString& visitId)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kAllegationColumns +
                                  " FROM allegation WHERE visit_id = ? AND deleted = 0 "
                                  "ORDER BY created_at, id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    return readAll<Allegation>(**stmt, readAllegation);
}

Result<QString> AllegationRepository::createReprisal(const ReprisalAllegation& reprisal)
{
    return m_ctx.insertOne(catalog::kReprisalAllegation, reprisalFields(reprisal), "coordinator");
}

Status AllegationRepository::updateReprisal(const ReprisalAllegation& reprisal)
{
    return m_ctx.updateOne(catalog::kReprisalAllegation, reprisal.id, reprisalFields(reprisal));
}

Status AllegationRepository::removeReprisal(const QString& id)
{
    return m_ctx.removeOne(catalog::kReprisalAllegation, id);
}

Result<ReprisalAllegation> AllegationRepository::reprisal(const QString& id)
{
    return readOne<ReprisalAllegation>(
        m_ctx.db(), QByteArray(kReprisalSelect) + " AND r.id = ?", id, readReprisal,
        tr("The reprisal allegation does not exist or was deleted."));
}

Result<QList<ReprisalAllegation>> AllegationRepository::reprisalRegister()
{
    auto stmt = m_ctx.db().cached(QByteArray(kReprisalSelect) +
                                  " ORDER BY r.occurred_on IS NULL, r.occurred_on DESC, "
                                  "r.created_at DESC, r.id DESC");
    if (!stmt)
        return stmt.error();
    return readAll<ReprisalAllegation>(**stmt, readReprisal);
}

} // namespace vigil
