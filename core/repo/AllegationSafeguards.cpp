#include "core/repo/AllegationSafeguards.h"

#include "core/repo/EntitySpec.h"
#include "core/repo/PseudonymGenerator.h"
#include "core/repo/RecordSafeguards.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil {

namespace {

const QVariant* find(const FieldValues& values, const char* name)
{
    for (const auto& [field, value] : values) {
        if (qstrcmp(field, name) == 0)
            return &value;
    }
    return nullptr;
}

// The value written if the field is among `values`, else the stored one.
QString merged(const FieldValues& values, const char* name, const QString& stored)
{
    const QVariant* v = find(values, name);
    if (!v)
        return stored;
    return v->isNull() ? QString() : v->toString();
}

Error refuse(const QString& message, const char* rule)
{
    return Error::make(ErrorKind::Validation, message,
                       QStringLiteral("safeguard: %1").arg(QLatin1StringView(rule)));
}

// Current text values of `columns` (NULL as empty) of one row, or none.
Result<QStringList> storedRow(Database& db, const QByteArray& sql, const QString& id, int columns)
{
    QStringList out;
    if (id.isEmpty())
        return QStringList(columns, QString());
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    for (int i = 0; i < columns; ++i)
        out.append(*row ? (*stmt)->columnText(i) : QString());
    (void)(*stmt)->reset();
    return out;
}

} // namespace

Status AllegationSafeguards::check(Database& db, const EntitySpec& spec, const QString& id,
                                   const FieldValues& values, const QString& scope)
{
    if (qstrcmp(spec.table, "reprisal_allegation") == 0)
        return checkReprisal(db, id, values, scope);
    return checkAllegation(db, id, values);
}

Status AllegationSafeguards::checkAllegation(Database& db, const QString& id,
                                             const FieldValues& values)
{
    const bool inserting = id.isEmpty();
    auto stored = storedRow(db,
                            "SELECT visit_id, coalesce(interview_id, ''), consent_to_act, "
                            "coalesce(referral, '') FROM allegation WHERE id = ?",
                            id, 4);
    if (!stored)
        return stored.error();
    const QString visitId = merged(values, "visit_id", stored->at(0));
    const QString interviewId = merged(values, "interview_id", stored->at(1));
    const bool consentToAct = merged(values, "consent_to_act", stored->at(2)) == u"1";
    const bool relinked = inserting || find(values, "interview_id") || find(values, "visit_id");
    const bool summaryWritten = relinked || find(values, "summary");
    const bool actWritten = consentToAct && (relinked || find(values, "consent_to_act"));

    if (find(values, "referral") && !merged(values, "referral", {}).isEmpty() && !consentToAct)
        return refuse(tr("A referral needs the interviewee's consent to act."),
                      "referral without consent");
    if (interviewId.isEmpty())
        return {};
    if (relinked) {
        auto interview =
            storedRow(db, "SELECT visit_id FROM interview WHERE id = ?", interviewId, 1);
        if (!interview)
            return interview.error();
        if (interview->at(0) != visitId)
            return refuse(tr("An allegation can only be linked to an interview of the same visit."),
                          "allegation visit mismatch");
    }
    if (!summaryWritten && !actWritten)
        return {};
    auto consent = RecordSafeguards::consentOf(db, interviewId);
    if (!consent)
        return consent.error();
    if (consent->state == Consent::State::Withdrawn)
        return RecordSafeguards::consentWithdrawn();
    if (consent->state == Consent::State::None)
        return refuse(tr("An allegation heard in an interview can only be recorded once the "
                         "interviewee's consent is recorded."),
                      "allegation before consent");
    if (actWritten && !consent->allows("share_with_authorities") && !consent->allows("refer_case"))
        return refuse(tr("Acting on an allegation needs the interviewee's consent to share it with "
                         "the authorities or to refer the case."),
                      "act without consent scope");
    return {};
}

Status AllegationSafeguards::checkReprisal(Database& db, const QString& id,
                                           const FieldValues& values, const QString& scope)
{
    const bool inserting = id.isEmpty();
    if (inserting && scope != QLatin1StringView("coordinator"))
        return refuse(tr("Reprisal allegations are restricted to coordinators."), "reprisal scope");
    if (!inserting && !find(values, "pseudonym") && !find(values, "visit_id"))
        return {};
    auto stored = storedRow(
        db, "SELECT coalesce(visit_id, ''), pseudonym FROM reprisal_allegation WHERE id = ?", id,
        2);
    if (!stored)
        return stored.error();
    const QString visitId = merged(values, "visit_id", stored->at(0));
    const QString pseudonym = merged(values, "pseudonym", stored->at(1));
    if (!PseudonymGenerator::isWellFormed(pseudonym))
        return refuse(tr("A reprisal allegation names the person only by an interview's pseudonym "
                         "code, such as D-07."),
                      "reprisal without pseudonym");
    if (visitId.isEmpty())
        return {};
    auto stmt = db.cached("SELECT count(*) FROM interview WHERE visit_id = ? AND pseudonym = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId).bind(2, pseudonym);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool known = *row && (*stmt)->columnInt(0) > 0;
    (void)(*stmt)->reset();
    if (!known)
        return refuse(tr("No interview of this visit has the pseudonym %1.").arg(pseudonym),
                      "reprisal pseudonym unknown");
    return {};
}

} // namespace vigil
