#pragma once

#include "core/model/Consent.h"
#include "core/repo/WriteTx.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

class Database;
struct EntitySpec;

// The interview safeguards of DOMAIN.md §4 as rules of the single writer.
// WriteTx runs these checks on every insert, update and removal (matched by
// table name, whatever EntitySpec the caller passes), so neither a repository
// nor a direct WriteTx can write notes before consent, record identity or
// sensitive attributes without consent, choose a pseudonym, undo a
// withdrawal, or file a reprisal allegation outside the coordinator scope.
//
// Rules, by table:
// - interview: no notes or sensitive vulnerabilities (disability, lgbti,
//   minority, indigenous: §4.10) unless consent is in force; the pseudonym is
//   a generated code of the interview's kind; visit, kind and pseudonym never
//   change; consent_withdrawn never goes back to 0; no removal while live
//   identity entries remain.
// - consent_record: not after a withdrawal; always includes aggregate_only; a
//   group interview allows only aggregate_only and quote_anonymously (§4.4); a
//   child's consent must be adapted (§4.9); afterwards only withdrawn_at may be
//   set, once; never removed while its interview lives.
// - identity_entry: scope coordinator, a sealed blob, and consent to use the
//   name or refer the case; never updated.
// - allegation: from an interview of the same visit, only with consent in
//   force; consent_to_act needs share_with_authorities or refer_case; a
//   referral needs consent_to_act.
// - reprisal_allegation: scope coordinator; the pseudonym is a well-formed
//   code, of an interview of the visit when a visit is given.
class RecordSafeguards
{
    Q_DECLARE_TR_FUNCTIONS(vigil::RecordSafeguards)
public:
    // `values`: the normalised fields being inserted; `scope`: the record's.
    static Status checkInsert(Database& db, const EntitySpec& spec, const FieldValues& values,
                              const QString& scope);
    // `changes`: the normalised fields whose value changes.
    static Status checkUpdate(Database& db, const EntitySpec& spec, const QString& id,
                              const FieldValues& changes);
    static Status checkRemove(Database& db, const EntitySpec& spec, const QString& id);
    // Undoing a deletion: identity entries and consent records never come
    // back (a withdrawal or a deliberate deletion is final), and nothing is
    // restored under a deleted parent interview.
    static Status checkRestore(Database& db, const EntitySpec& spec, const QString& id);

    // The consent in force for an interview (NotFound if there is no such interview).
    static Result<Consent> consentOf(Database& db, const QString& interviewId);

    // Vulnerabilities that are sensitive data (health, sexual orientation,
    // ethnic origin): recorded only with consent (§4.10).
    static bool isSensitiveVulnerability(QStringView code);
    // Consent scopes a group interview may carry: it has no confidentiality (§4.4).
    static bool groupAllows(QStringView scope);

    // The consent-gate refusals, shared with the repositories' own checks.
    static Error notesBeforeConsent();
    static Error consentWithdrawn();
};

} // namespace vigil
