#include "core/repo/InterviewRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/InterviewWarnings.h"
#include "core/repo/PseudonymGenerator.h"
#include "core/repo/RecordContext.h"
#include "core/sync/Hlc.h"
#include "core/repo/RecordSafeguards.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

#include <QDateTime>

namespace vigil {

namespace {

QVariant list(const QStringList& items)
{
    QStringList kept;
    for (const QString& item : items) {
        if (!item.trimmed().isEmpty())
            kept.append(item.trimmed());
    }
    return kept.isEmpty() ? QVariant() : QVariant(kept.join(QStringLiteral(", ")));
}

QStringList split(const QString& stored)
{
    QStringList out;
    for (const QString& item : stored.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(item.trimmed());
    return out;
}

FieldValues editableFields(const Interview& i)
{
    return {{"without_witnesses", fields::flag(*i.withoutWitnesses)},
            {"location", fields::text(i.location)},
            {"unit_id", fields::text(i.unitId)},
            {"interpreter", i.interpreter},
            {"vulnerabilities", i.vulnerabilities},
            {"reprisal_risk", i.reprisalRisk},
            {"topics", list(i.topics)},
            {"notes", fields::text(i.notes)},
            {"follow_up", fields::flag(i.followUp)},
            {"chosen_by", i.chosenBy},
            {"interviewer_gender_requested", fields::text(i.interviewerGenderRequested)},
            {"held_at", fields::number(i.heldAt)}};
}

constexpr const char* kColumns =
    "id, visit_id, kind, without_witnesses, coalesce(location, ''), coalesce(unit_id, ''), "
    "interpreter, pseudonym, coalesce(vulnerabilities, ''), reprisal_risk, coalesce(topics, ''), "
    "coalesce(notes, ''), follow_up, chosen_by, coalesce(interviewer_gender_requested, ''), "
    "held_at, consent_withdrawn";

Interview readInterview(const Statement& s)
{
    Interview i;
    i.id = s.columnText(0);
    i.visitId = s.columnText(1);
    i.kind = s.columnText(2);
    i.withoutWitnesses = s.columnInt(3) != 0;
    i.location = s.columnText(4);
    i.unitId = s.columnText(5);
    i.interpreter = s.columnText(6);
    i.pseudonym = s.columnText(7);
    i.vulnerabilities = split(s.columnText(8));
    i.reprisalRisk = s.columnText(9);
    i.topics = split(s.columnText(10));
    i.notes = s.columnText(11);
    i.followUp = s.columnInt(12) != 0;
    i.chosenBy = s.columnText(13);
    i.interviewerGenderRequested = s.columnText(14);
    i.heldAt = fields::optionalInt(s, 15);
    i.consentWithdrawn = s.columnInt(16) != 0;
    return i;
}

Error witnessesRequired()
{
    return Error::make(ErrorKind::Validation,
                       InterviewRepository::tr("Record whether the interview was held without "
                                               "witnesses (OPCAT Art. 20)."));
}

// Ids of rows matching `sql` with one bound id, collected before any write.
Result<QStringList> ids(Database& db, const char* sql, const QString& id)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    QStringList out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append((*stmt)->columnText(0));
    }
    return out;
}

} // namespace

Status InterviewRepository::checkUnit(const Interview& interview)
{
    if (interview.unitId.isEmpty())
        return {};
    auto stmt = m_ctx.db().cached("SELECT count(*) FROM place_unit u JOIN visit v "
                                  "ON v.place_id = u.place_id WHERE u.id = ? AND v.id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, interview.unitId).bind(2, interview.visitId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool sameplace = *row && (*stmt)->columnInt(0) > 0;
    (void)(*stmt)->reset();
    if (!sameplace)
        return Error::make(ErrorKind::Validation,
                           tr("The unit does not belong to the place being visited."));
    return {};
}

Result<QString> InterviewRepository::create(const Interview& interview)
{
    if (!interview.withoutWitnesses)
        return witnessesRequired();
    if (!interview.notes.isEmpty())
        return RecordSafeguards::notesBeforeConsent();
    const FieldSpec* kind = catalog::kInterview.field(QLatin1StringView("kind"));
    if (auto valid = WriteTx::normalise(catalog::kInterview, *kind, interview.kind); !valid)
        return valid.error();
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(checkUnit(interview));
    // Generated inside the write transaction, so two writers cannot draw the same code.
    auto pseudonym = PseudonymGenerator::next(m_ctx.db(), interview.visitId, interview.kind);
    if (!pseudonym)
        return pseudonym.error();
    FieldValues values = editableFields(interview);
    values.insert(
        values.begin(),
        {{"visit_id", interview.visitId}, {"kind", interview.kind}, {"pseudonym", *pseudonym}});
    auto id = tx->insert(catalog::kInterview, values);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status InterviewRepository::update(const Interview& interview)
{
    if (!interview.withoutWitnesses)
        return witnessesRequired();
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto stored = get(interview.id);
    if (!stored)
        return stored.error();
    Interview placed = interview;
    placed.visitId = stored->visitId;
    VIGIL_TRY(checkUnit(placed));
    VIGIL_TRY(tx->update(catalog::kInterview, interview.id, editableFields(interview)));
    return tx->commit();
}

Status InterviewRepository::setNotes(const QString& id, const QString& notes)
{
    return m_ctx.updateOne(catalog::kInterview, id, {{"notes", fields::text(notes)}});
}

Status InterviewRepository::remove(const QString& id)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(withdrawDependents(*tx, id, false, true));
    VIGIL_TRY(tx->remove(catalog::kInterview, id));
    return tx->commit();
}

Result<Interview> InterviewRepository::get(const QString& id)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM interview WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound, tr("The interview does not exist or was deleted."));
    Interview interview = readInterview(**stmt);
    (void)(*stmt)->reset();
    return interview;
}

Result<QList<Interview>> InterviewRepository::forVisit(const QString& visitId)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM interview WHERE visit_id = ? AND deleted = 0 "
                                  "ORDER BY pseudonym");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<Interview> interviews;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        interviews.append(readInterview(**stmt));
    }
    return interviews;
}

Result<QString> InterviewRepository::recordConsent(const QString& interviewId,
                                                   const QStringList& scopes,
                                                   const QString& adaptedFor)
{
    QStringList all = scopes;
    all.append(QStringLiteral("aggregate_only")); // the default minimum (§4.1)
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto id =
        tx->insert(catalog::kConsentRecord, {{"interview_id", interviewId},
                                             {"scopes", all},
                                             {"adapted_for", fields::text(adaptedFor)},
                                             {"recorded_at", Hlc::millis(m_ctx.clock().tick())}});
    if (!id)
        return id.error();
    const bool identity =
        all.contains(QStringLiteral("use_name")) || all.contains(QStringLiteral("refer_case"));
    const bool act = all.contains(QStringLiteral("share_with_authorities")) ||
                     all.contains(QStringLiteral("refer_case"));
    VIGIL_TRY(withdrawDependents(*tx, interviewId, identity, act));
    VIGIL_TRY(tx->commit());
    return id;
}

Status InterviewRepository::withdrawConsent(const QString& interviewId)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto consent = RecordSafeguards::consentOf(m_ctx.db(), interviewId);
    if (!consent)
        return consent.error();
    if (consent->state == Consent::State::None)
        return Error::make(ErrorKind::Validation,
                           tr("No consent was recorded for this interview, so none can be "
                              "withdrawn."));
    if (consent->state == Consent::State::Withdrawn)
        return Error::make(ErrorKind::Validation, tr("Consent was already withdrawn."));
    const qint64 now = Hlc::millis(m_ctx.clock().tick());
    auto open = ids(m_ctx.db(),
                    "SELECT id FROM consent_record WHERE interview_id = ? AND deleted = 0 "
                    "AND withdrawn_at IS NULL",
                    interviewId);
    if (!open)
        return open.error();
    for (const QString& record : *open)
        VIGIL_TRY(tx->update(catalog::kConsentRecord, record, {{"withdrawn_at", now}}));
    VIGIL_TRY(
        tx->update(catalog::kInterview, interviewId, {{"consent_withdrawn", fields::flag(true)}}));
    VIGIL_TRY(withdrawDependents(*tx, interviewId, false, false));
    return tx->commit();
}

Result<Consent> InterviewRepository::currentConsent(const QString& interviewId)
{
    return RecordSafeguards::consentOf(m_ctx.db(), interviewId);
}

Status InterviewRepository::withdrawDependents(WriteTx& tx, const QString& interviewId,
                                               bool keepIdentity, bool keepAct)
{
    Database& db = tx.context().db();
    if (!keepIdentity) {
        auto entries =
            ids(db, "SELECT id FROM identity_entry WHERE interview_id = ? AND deleted = 0",
                interviewId);
        if (!entries)
            return entries.error();
        for (const QString& entry : *entries)
            VIGIL_TRY(tx.remove(catalog::kIdentityEntry, entry));
    }
    if (!keepAct) {
        auto acting = ids(db,
                          "SELECT id FROM allegation WHERE interview_id = ? AND deleted = 0 "
                          "AND consent_to_act = 1",
                          interviewId);
        if (!acting)
            return acting.error();
        for (const QString& allegation : *acting)
            VIGIL_TRY(tx.update(catalog::kAllegation, allegation,
                                {{"consent_to_act", fields::flag(false)}}));
    }
    return {};
}

Result<QList<InterviewFlag>> InterviewRepository::flags(const QString& interviewId)
{
    return InterviewWarnings(m_ctx.db()).flags(interviewId);
}

Result<InterviewCoverage> InterviewRepository::coverage(const QString& visitId)
{
    return InterviewWarnings(m_ctx.db()).coverage(visitId);
}

} // namespace vigil
