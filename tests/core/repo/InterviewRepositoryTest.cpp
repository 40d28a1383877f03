#include "core/repo/InterviewRepository.h"

#include "core/repo/IdentityRepository.h"
#include "core/repo/PseudonymGenerator.h"
#include "core/vault/Vault.h"
#include "tests/core/repo/InterviewFixture.h"

#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using Fixture = test::InterviewFixture;

namespace {

const QStringList kNameScopes{QStringLiteral("use_name"), QStringLiteral("refer_case")};

IdentityFields someone(const char* name)
{
    IdentityFields f;
    f.realName = test::secret(name);
    return f;
}

} // namespace

TEST_CASE("an interview needs 'without witnesses' recorded (Art. 20)", "[interview]")
{
    Fixture f;
    Interview missing = f.sample();
    missing.withoutWitnesses.reset();
    auto refused = f.interviews.create(missing);
    REQUIRE_REFUSED(refused, ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("Art. 20")));
    CHECK(f.count("SELECT count(*) FROM interview") == 0);

    const QString id = f.create();
    Interview stored = *f.interviews.get(id);
    CHECK(stored.withoutWitnesses == true);
    stored.withoutWitnesses.reset();
    REQUIRE_REFUSED(f.interviews.update(stored), ErrorKind::Validation);
    // Raw writes hit the catalog's required rule.
    REQUIRE_REFUSED(f.tryUpdate(catalog::kInterview, id, {{"without_witnesses", QVariant()}}),
                    ErrorKind::Validation);
}

TEST_CASE("pseudonyms are generated, of the interview's kind, unique within a visit", "[interview]")
{
    Fixture f;
    QSet<QString> codes;
    for (int i = 0; i < 30; ++i) {
        Interview interview = f.sample(i % 3 == 0 ? "group" : "individual_private");
        interview.pseudonym = QStringLiteral("John Smith"); // ignored: never user-chosen
        const QString id = f.create(interview);
        const QString code = f.interviews.get(id)->pseudonym;
        INFO(code.toStdString());
        CHECK(PseudonymGenerator::matchesKind(code, interview.kind));
        codes.insert(code);
    }
    CHECK(codes.size() == 30);
    CHECK(f.count("SELECT count(DISTINCT pseudonym) FROM interview") == 30);
    CHECK(f.count("SELECT count(*) FROM interview WHERE pseudonym LIKE 'D-__'") == 20);
    CHECK(f.count("SELECT count(*) FROM interview WHERE pseudonym LIKE 'G-__'") == 10);
    // Each visit has its own codes; staff interviews get S-.
    Interview staff = f.sample("staff");
    staff.visitId = f.otherVisit;
    staff.unitId.clear();
    CHECK(f.interviews.get(f.create(staff))->pseudonym.startsWith(QStringLiteral("S-")));
}

TEST_CASE("pseudonym codes are well formed and past 66 a visit widens to three digits",
          "[interview]")
{
    CHECK(PseudonymGenerator::isWellFormed(QStringLiteral("D-07")));
    CHECK(PseudonymGenerator::isWellFormed(QStringLiteral("G-123")));
    CHECK_FALSE(PseudonymGenerator::isWellFormed(QStringLiteral("D-00")));
    CHECK_FALSE(PseudonymGenerator::isWellFormed(QStringLiteral("D-007")));
    CHECK_FALSE(PseudonymGenerator::isWellFormed(QStringLiteral("D-7")));
    CHECK_FALSE(PseudonymGenerator::isWellFormed(QStringLiteral("X-07")));
    CHECK_FALSE(PseudonymGenerator::isWellFormed(QStringLiteral("Amina K.")));
    CHECK_FALSE(PseudonymGenerator::matchesKind(QStringLiteral("D-07"), QStringLiteral("staff")));

    Fixture f;
    for (int i = 0; i < 70; ++i)
        f.create();
    CHECK(f.count("SELECT count(DISTINCT pseudonym) FROM interview") == 70);
    // 67 codes fit in 01-99 (two thirds taken); the next ones come from 100-999.
    CHECK(f.count("SELECT count(*) FROM interview WHERE length(pseudonym) = 5") == 3);
}

TEST_CASE("a pseudonym cannot be chosen or changed through the writer", "[interview]")
{
    Fixture f;
    auto chosen = f.tryInsert(catalog::kInterview, {{"visit_id", f.visit},
                                                    {"kind", QStringLiteral("individual_private")},
                                                    {"without_witnesses", true},
                                                    {"interpreter", QStringLiteral("none")},
                                                    {"pseudonym", QStringLiteral("Amina K.")},
                                                    {"reprisal_risk", QStringLiteral("low")},
                                                    {"chosen_by", QStringLiteral("team")}});
    REQUIRE_REFUSED(chosen, ErrorKind::Validation);
    const QString id = f.create();
    REQUIRE_REFUSED(f.tryUpdate(catalog::kInterview, id, {{"pseudonym", QStringLiteral("D-99")}}),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(f.tryUpdate(catalog::kInterview, id, {{"kind", QStringLiteral("group")}}),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(f.tryUpdate(catalog::kInterview, id, {{"visit_id", f.otherVisit}}),
                    ErrorKind::Validation);
    CHECK(f.count("SELECT count(*) FROM change_op WHERE field IN ('pseudonym', 'kind')") == 2);
}

TEST_CASE("notes are refused before consent, on every path", "[interview]")
{
    Fixture f;
    Interview withNotes = f.sample();
    withNotes.notes = QStringLiteral("He says the night shift beats people in the showers.");
    auto created = f.interviews.create(withNotes);
    REQUIRE_REFUSED(created, ErrorKind::Validation);
    CHECK(created.error().message.contains(QStringLiteral("consent")));

    const QString id = f.create();
    Interview changed = *f.interviews.get(id);
    changed.notes = withNotes.notes;
    REQUIRE_REFUSED(f.interviews.update(changed), ErrorKind::Validation);
    REQUIRE_REFUSED(f.interviews.setNotes(id, withNotes.notes), ErrorKind::Validation);
    // Around the repository: a raw update, a raw insert, and a spec of one's own.
    REQUIRE_REFUSED(f.tryUpdate(catalog::kInterview, id, {{"notes", withNotes.notes}}),
                    ErrorKind::Validation);
    auto raw = f.tryInsert(catalog::kInterview, {{"visit_id", f.visit},
                                                 {"kind", QStringLiteral("individual_private")},
                                                 {"without_witnesses", true},
                                                 {"interpreter", QStringLiteral("none")},
                                                 {"pseudonym", QStringLiteral("D-42")},
                                                 {"reprisal_risk", QStringLiteral("low")},
                                                 {"chosen_by", QStringLiteral("team")},
                                                 {"notes", withNotes.notes}});
    REQUIRE_REFUSED(raw, ErrorKind::Validation);
    static constexpr FieldSpec kNotesOnly[] = {{"notes", FieldType::Prose}};
    const EntitySpec lookalike{"memo", "interview", "team", kNotesOnly};
    REQUIRE_REFUSED(f.tryUpdate(lookalike, id, {{"notes", withNotes.notes}}),
                    ErrorKind::Validation);

    CHECK(f.count("SELECT count(*) FROM interview WHERE notes IS NOT NULL") == 0);
    CHECK(f.count("SELECT count(*) FROM change_op WHERE field = 'notes'") == 0);
    CHECK(f.interviews.currentConsent(id)->state == Consent::State::None);

    REQUIRE_OK(f.interviews.recordConsent(id, {}));
    REQUIRE_OK(f.interviews.setNotes(id, withNotes.notes));
    CHECK(f.interviews.get(id)->notes == withNotes.notes);
    changed = *f.interviews.get(id);
    changed.notes += QStringLiteral(" Also no access to a lawyer.");
    REQUIRE_OK(f.interviews.update(changed));
}

TEST_CASE("sensitive attributes wait for consent too (minimum data)", "[interview]")
{
    Fixture f;
    Interview i = f.sample();
    i.vulnerabilities = {QStringLiteral("foreign_national"), QStringLiteral("lgbti")};
    REQUIRE_REFUSED(f.interviews.create(i), ErrorKind::Validation);
    i.vulnerabilities = {QStringLiteral("foreign_national"), QStringLiteral("woman")};
    const QString id = f.create(i);
    Interview stored = *f.interviews.get(id);
    stored.vulnerabilities.append(QStringLiteral("disability"));
    REQUIRE_REFUSED(f.interviews.update(stored), ErrorKind::Validation);
    REQUIRE_OK(f.interviews.recordConsent(id, {}));
    REQUIRE_OK(f.interviews.update(stored));
    CHECK(f.interviews.get(id)->vulnerabilities.contains(QStringLiteral("disability")));
}

TEST_CASE("consent scopes: aggregate use always, group interviews stay non-confidential",
          "[interview]")
{
    Fixture f;
    const QString id = f.create();
    REQUIRE_REFUSED(f.interviews.recordConsent(id, {QStringLiteral("publish_everything")}),
                    ErrorKind::Validation);
    REQUIRE_OK(f.interviews.recordConsent(id, {QStringLiteral("quote_anonymously")}));
    auto consent = f.interviews.currentConsent(id);
    REQUIRE_OK(consent);
    CHECK(consent->state == Consent::State::Given);
    CHECK(consent->scopes ==
          QStringList({QStringLiteral("aggregate_only"), QStringLiteral("quote_anonymously")}));
    CHECK(consent->recordedAt > 0);

    const QString group = f.create("group");
    REQUIRE_REFUSED(f.interviews.recordConsent(group, {QStringLiteral("use_name")}),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(f.interviews.recordConsent(group, {QStringLiteral("refer_case")}),
                    ErrorKind::Validation);
    REQUIRE_OK(f.interviews.recordConsent(group, {QStringLiteral("quote_anonymously")}));
    // The writer refuses a consent without the minimum, whoever writes it.
    REQUIRE_REFUSED(f.tryInsert(catalog::kConsentRecord, {{"interview_id", id},
                                                          {"scopes", QStringLiteral("use_name")},
                                                          {"recorded_at", qint64(1)}}),
                    ErrorKind::Validation);
    // A child's consent is adapted.
    Interview child = f.sample();
    child.vulnerabilities = {QStringLiteral("child")};
    const QString childId = f.create(child);
    REQUIRE_REFUSED(f.interviews.recordConsent(childId, {}), ErrorKind::Validation);
    REQUIRE_OK(f.interviews.recordConsent(childId, {}, QStringLiteral("child")));
    CHECK(f.interviews.currentConsent(childId)->adaptedFor == QStringLiteral("child"));
}

TEST_CASE("withdrawing consent withdraws what depended on it, in one transaction", "[interview]")
{
    Fixture f;
    const QString id = f.consented({QStringLiteral("use_name"), QStringLiteral("refer_case")});
    const QString other = f.consented(kNameScopes);
    REQUIRE_OK(f.interviews.setNotes(id, QStringLiteral("Beaten on arrival, shows scars.")));
    IdentityRepository identities(*f.vault);
    auto entry = identities.add(id, someone("Amina K."));
    REQUIRE_OK(entry);
    auto untouched = identities.add(other, someone("Bilal R."));
    REQUIRE_OK(untouched);
    const QString allegation =
        f.insert(catalog::kAllegation, {{"visit_id", f.visit},
                                        {"interview_id", id},
                                        {"summary", QStringLiteral("Beaten on arrival.")},
                                        {"consent_to_act", true}});
    const qint64 auditBefore = f.count("SELECT count(*) FROM audit_event");
    const qint64 seqBefore = f.count("SELECT max(seq) FROM change_op");

    REQUIRE_OK(f.interviews.withdrawConsent(id));

    auto consent = f.interviews.currentConsent(id);
    REQUIRE_OK(consent);
    CHECK(consent->state == Consent::State::Withdrawn);
    REQUIRE(consent->withdrawnAt.has_value());
    CHECK(*consent->withdrawnAt >= consent->recordedAt);
    CHECK(f.interviews.get(id)->consentWithdrawn);
    CHECK(f.count("SELECT consent_to_act FROM allegation") == 0);
    CHECK(f.count("SELECT count(*) FROM identity_entry WHERE deleted = 1") == 1);
    CHECK(identities.list(id)->isEmpty());
    CHECK(identities.list(other)->size() == 1);
    // consent record, interview, allegation, identity entry: one audit event each.
    CHECK(f.count("SELECT count(*) FROM audit_event") == auditBefore + 4);
    const QByteArray newOps =
        "SELECT count(*) FROM change_op WHERE seq > " + QByteArray::number(seqBefore);
    CHECK(f.count(newOps.constData()) == 4);

    // Final: nothing more is written, nothing is undone.
    REQUIRE_REFUSED(
        f.interviews.setNotes(id, QStringLiteral("Beaten on arrival, shows scars. More.")),
        ErrorKind::Validation);
    REQUIRE_REFUSED(f.interviews.recordConsent(id, kNameScopes), ErrorKind::Validation);
    REQUIRE_REFUSED(f.interviews.withdrawConsent(id), ErrorKind::Validation);
    REQUIRE_REFUSED(identities.add(id, someone("Amina K.")), ErrorKind::Validation);
    REQUIRE_REFUSED(f.tryUpdate(catalog::kInterview, id, {{"consent_withdrawn", false}}),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(
        f.tryUpdate(catalog::kConsentRecord, consent->recordId, {{"withdrawn_at", QVariant()}}),
        ErrorKind::Validation);
    REQUIRE_REFUSED(f.tryUpdate(catalog::kAllegation, allegation, {{"consent_to_act", true}}),
                    ErrorKind::Validation);
    // Erasing the notes is always allowed.
    REQUIRE_OK(f.interviews.setNotes(id, QString()));
    CHECK(f.interviews.get(id)->notes.isEmpty());
}

TEST_CASE("a failed withdrawal leaves everything as it was", "[interview]")
{
    Fixture f;
    const QString id = f.create();
    REQUIRE_REFUSED(f.interviews.withdrawConsent(id), ErrorKind::Validation);
    CHECK(f.count("SELECT count(*) FROM consent_record") == 0);
    CHECK_FALSE(f.interviews.get(id)->consentWithdrawn);
}

TEST_CASE("narrowing consent deletes identity entries and consent to act", "[interview]")
{
    Fixture f;
    const QString id = f.consented({QStringLiteral("use_name"), QStringLiteral("refer_case")});
    IdentityRepository identities(*f.vault);
    REQUIRE_OK(identities.add(id, someone("Amina K.")));
    f.insert(catalog::kAllegation, {{"visit_id", f.visit},
                                    {"interview_id", id},
                                    {"summary", QStringLiteral("Denied medical care.")},
                                    {"consent_to_act", true}});
    REQUIRE_OK(f.interviews.recordConsent(id, {QStringLiteral("quote_anonymously")}));
    CHECK(identities.list(id)->isEmpty());
    CHECK(f.count("SELECT consent_to_act FROM allegation") == 0);
    CHECK(f.interviews.currentConsent(id)->allows("quote_anonymously"));
    CHECK_FALSE(f.interviews.currentConsent(id)->allows("use_name"));
    CHECK(f.count("SELECT count(*) FROM consent_record") == 2); // the history stays
    REQUIRE_REFUSED(f.tryRemove(catalog::kConsentRecord, f.interviews.currentConsent(id)->recordId),
                    ErrorKind::Validation);
}

TEST_CASE("removing an interview removes its identity entries", "[interview]")
{
    Fixture f;
    const QString id = f.consented(kNameScopes);
    IdentityRepository identities(*f.vault);
    REQUIRE_OK(identities.add(id, someone("Amina K.")));
    REQUIRE_REFUSED(f.tryRemove(catalog::kInterview, id), ErrorKind::Validation);
    REQUIRE_OK(f.interviews.remove(id));
    CHECK(f.count("SELECT count(*) FROM identity_entry WHERE deleted = 0") == 0);
    CHECK(f.interviews.get(id).error().kind == ErrorKind::NotFound);
    // Its code is not handed out again in the visit.
    for (int i = 0; i < 40; ++i)
        f.create();
    CHECK(f.count("SELECT count(DISTINCT pseudonym) FROM interview") == 41);
}

TEST_CASE("an interview's unit belongs to the visited place", "[interview]")
{
    Fixture f;
    Interview i = f.sample();
    i.unitId = f.foreignUnit;
    REQUIRE_REFUSED(f.interviews.create(i), ErrorKind::Validation);
    i.unitId.clear();
    const QString id = f.create(i);
    Interview stored = *f.interviews.get(id);
    stored.unitId = f.foreignUnit;
    REQUIRE_REFUSED(f.interviews.update(stored), ErrorKind::Validation);
    stored.unitId = f.unitB;
    REQUIRE_OK(f.interviews.update(stored));
    CHECK(f.interviews.forVisit(f.visit)->first().unitId == f.unitB);
}
