#pragma once

#include "core/model/Consent.h"
#include "core/model/Interview.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;
class WriteTx;

// Interviews and their consent (DOMAIN.md §4). The pseudonym is generated
// (PseudonymGenerator); notes and sensitive attributes wait for consent;
// withdrawing consent withdraws what depended on it in the same transaction.
// The rules themselves are enforced by the writer (RecordSafeguards), so this
// class cannot be bypassed by writing the tables another way.
class InterviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::InterviewRepository)
public:
    explicit InterviewRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // Creates the interview with a fresh pseudonym. `withoutWitnesses` is
    // required (Art. 20); notes are refused, as no consent can exist yet.
    Result<QString> create(const Interview& interview);
    // Writes the editable fields (not visit, kind, pseudonym or withdrawal).
    Status update(const Interview& interview);
    // Notes need consent in force; clearing them is always allowed.
    Status setNotes(const QString& id, const QString& notes);
    // Deletes the interview and its identity entries.
    Status remove(const QString& id);
    Result<Interview> get(const QString& id);
    // Live interviews of a visit, by pseudonym.
    Result<QList<Interview>> forVisit(const QString& visitId);

    // Records consent with `scopes` (vocab::kConsentScopes; aggregate_only is
    // always added). A group interview accepts only aggregate_only and
    // quote_anonymously. Recording again replaces the scopes; scopes given up
    // withdraw what depended on them (identity entries, consent to act).
    Result<QString> recordConsent(const QString& interviewId, const QStringList& scopes,
                                  const QString& adaptedFor = {});
    // Stamps the consent withdrawn, marks the interview, deletes its identity
    // entries and removes consent to act from its allegations, in one
    // transaction. Final: notes can no longer be added to.
    Status withdrawConsent(const QString& interviewId);
    Result<Consent> currentConsent(const QString& interviewId);

    // Warnings as queries (see InterviewWarnings).
    Result<QList<InterviewFlag>> flags(const QString& interviewId);
    Result<InterviewCoverage> coverage(const QString& visitId);

private:
    // Deletes identity entries and clears consent to act where the consent no longer covers them.
    static Status withdrawDependents(WriteTx& tx, const QString& interviewId, bool keepIdentity,
                                     bool keepAct);
    Status checkUnit(const Interview& interview);

    RecordContext& m_ctx;
};

} // namespace vigil
