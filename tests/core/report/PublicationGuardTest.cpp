#include "core/report/PublicationGuard.h"

#include "core/repo/IdentityRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/core/report/ReportFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

const char* const kNameCanary = "Zebulon Quillfeather";
const char* const kIdCanary = "WX-99821";

QList<GuardFinding> withCode(const GuardReport& r, const char* code)
{
    QList<GuardFinding> out;
    for (const GuardFinding& f : r.findings) {
        if (f.code == QLatin1StringView(code))
            out.append(f);
    }
    return out;
}

struct GuardFixture : test::ReportFixture
{
    QString findingId = finding("treatment", "Use of restraints", "Restraint beds are used.");
    QString anchor = QStringLiteral("finding:") + findingId;

    QString interview(const QStringList& scopes, const char* risk = "low",
                      const QStringList& vulnerabilities = {}, const QString& unit = {},
                      const char* kind = "individual_private")
    {
        Interview i = sample(kind);
        i.reprisalRisk = QString::fromLatin1(risk);
        i.vulnerabilities = vulnerabilities;
        if (!unit.isEmpty())
            i.unitId = unit;
        const QString id = create(i);
        REQUIRE_OK(interviews.recordConsent(id, scopes));
        return id;
    }
    QString quote(const QString& interviewId, const char* text)
    {
        auto id = edits().addQuote(visit, interviewId, anchor, QString::fromUtf8(text));
        REQUIRE_OK(id);
        return *id;
    }
};

} // namespace

TEST_CASE("PublicationGuard: identity data never reaches a report", "[report]")
{
    GuardFixture f;
    const QString person = f.interview({QStringLiteral("use_name")});
    IdentityFields fields;
    QString name = QString::fromUtf8(kNameCanary);
    QString number = QString::fromUtf8(kIdCanary);
    fields.realName = SecretBuffer::takeUtf8(name);
    fields.idNumber = SecretBuffer::takeUtf8(number);
    auto entry = IdentityRepository(*f.vault).add(person, fields);
    REQUIRE_OK(entry);

    SECTION("Identity entries are sealed and never read by the builder")
    {
        for (Kind kind : test::allKinds()) {
            const QByteArray html = f.exportHtml(kind);
            CHECK_FALSE(html.contains(kNameCanary));
            CHECK_FALSE(html.contains(kIdCanary));
        }
    }

    SECTION("A name the lead typed is taken out of every kind, given the unsealed entry")
    {
        REQUIRE_OK(f.edits().addParagraph(
            f.visit, f.anchor,
            QStringLiteral("Staff restrained %1 for a night. Restraint is not recorded.")
                .arg(QString::fromUtf8(kNameCanary))));
        for (Kind kind : test::allKinds())
            REQUIRE_OK(f.edits().setText(
                f.visit, QStringLiteral("summary"), kind,
                QStringLiteral("Prisoner %1 complained.").arg(QString::fromUtf8(kIdCanary))));
        auto unsealed = IdentityRepository(*f.vault).read(*entry, test::secret("pass"));
        REQUIRE_OK(unsealed);
        const std::vector<SecretBuffer> identities = [&] {
            std::vector<SecretBuffer> v;
            v.push_back(std::move(unsealed->realName));
            v.push_back(std::move(unsealed->idNumber));
            return v;
        }();

        for (Kind kind : test::allKinds()) {
            INFO(kindCode(kind).toStdString());
            const ReportDocument doc = f.build(kind);
            CHECK(HtmlRenderer::render(doc).contains(kNameCanary)); // what the guard is for
            const GuardReport r = f.guard(doc, identities);
            const auto found = withCode(r, "identity_data");
            REQUIRE(found.size() == 2);
            for (const GuardFinding& g : found)
                CHECK(g.severity == GuardFinding::Severity::Removed);
            CHECK(found.at(0).sectionKey == QStringLiteral("summary"));
            CHECK(found.at(1).sectionKey == f.anchor);
            CHECK(found.at(1).sentence.startsWith(QStringLiteral("Staff restrained")));
            CHECK(found.at(1).source.entity == QStringLiteral("report_item"));

            const QByteArray html = f.exportHtml(kind, identities);
            CHECK_FALSE(html.contains(kNameCanary));
            CHECK_FALSE(html.contains(kIdCanary));
            CHECK(html.contains("Restraint beds are used.")); // only the offending paragraph goes
        }
    }
}

TEST_CASE("PublicationGuard: quotes only where the consent allows the kind", "[report]")
{
    GuardFixture f;
    const QString given = f.interview({QStringLiteral("quote_anonymously")});
    const QString givenUp = f.interview({QStringLiteral("quote_anonymously")});
    const QString withdrawn = f.interview({QStringLiteral("quote_anonymously")});
    const QString highRisk = f.interview({QStringLiteral("quote_anonymously")}, "high");
    const QString group =
        f.interview({QStringLiteral("quote_anonymously")}, "low", {}, {}, "group");
    f.quote(given, "CANARY-GIVEN they shout at night.");
    f.quote(givenUp, "CANARY-GIVEN-UP the beds have straps.");
    f.quote(withdrawn, "CANARY-WITHDRAWN no doctor came.");
    f.quote(highRisk, "CANARY-HIGH-RISK the guard hit me.");
    f.quote(group, "CANARY-GROUP the food is cold.");
    // Consent changes after the quotes were chosen.
    REQUIRE_OK(f.interviews.recordConsent(givenUp, {}));
    REQUIRE_OK(f.interviews.withdrawConsent(withdrawn));

    struct Expect
    {
        Kind kind;
        bool highRiskShown;
        const char* highRiskCode; // nullptr: no finding
        GuardFinding::Severity highRiskSeverity;
    };
    const Expect table[] = {
        {Kind::InternalNotes, true, nullptr, GuardFinding::Severity::Warning},
        {Kind::Authorities, true, "quote_reprisal_risk", GuardFinding::Severity::Warning},
        {Kind::Public, false, "quote_reprisal_risk", GuardFinding::Severity::Removed},
    };
    for (const Expect& e : table) {
        INFO(kindCode(e.kind).toStdString());
        const GuardReport r = f.guard(f.build(e.kind));
        const auto without = withCode(r, "quote_without_consent");
        REQUIRE(without.size() == 1);
        CHECK(without.first().severity == GuardFinding::Severity::Removed);
        CHECK(without.first().sentence.startsWith(QStringLiteral("CANARY-GIVEN-UP")));
        CHECK(without.first().sectionKey == f.anchor);
        CHECK(without.first().sectionTitle == QStringLiteral("Use of restraints"));
        const auto gone = withCode(r, "quote_consent_withdrawn");
        REQUIRE(gone.size() == 1);
        CHECK(gone.first().severity == GuardFinding::Severity::Removed);
        const auto risk = withCode(r, "quote_reprisal_risk");
        if (e.highRiskCode) {
            REQUIRE(risk.size() == 1);
            CHECK(risk.first().severity == e.highRiskSeverity);
        } else {
            CHECK(risk.isEmpty());
        }

        const QByteArray html = f.exportHtml(e.kind);
        CHECK(html.contains("CANARY-GIVEN they shout"));
        CHECK(html.contains("CANARY-GROUP"));
        CHECK(html.contains("Group interview"));
        CHECK_FALSE(html.contains("CANARY-GIVEN-UP"));
        CHECK_FALSE(html.contains("CANARY-WITHDRAWN"));
        CHECK(html.contains("CANARY-HIGH-RISK") == e.highRiskShown);
    }
}

TEST_CASE("PublicationGuard: small-group risks and pseudonyms are warnings with their sentence",
          "[report]")
{
    GuardFixture f;
    // The only woman among the people heard in B wing (another in A wing); two
    // foreign nationals in C.
    const QString woman = f.interview({QStringLiteral("quote_anonymously")}, "low",
                                      {QStringLiteral("woman")}, f.unitB);
    f.interview({QStringLiteral("quote_anonymously")}, "low", {}, f.unitB);
    f.interview({QStringLiteral("quote_anonymously")}, "low", {QStringLiteral("woman")}, f.unitA);
    const QString foreigner = f.interview({QStringLiteral("quote_anonymously")}, "low",
                                          {QStringLiteral("foreign_national")}, f.unitC);
    f.interview({QStringLiteral("quote_anonymously")}, "low", {QStringLiteral("foreign_national")},
                f.unitC);
    f.quote(woman, "Male officers search me. Every day.");
    f.quote(foreigner, "Nobody explains the rules in my language.");
    REQUIRE_OK(f.edits().addParagraph(f.visit, QStringLiteral("methodology"),
                                      QStringLiteral("Conditions were poor. The only woman in the "
                                                     "unit is held in the console room.")));
    REQUIRE_OK(f.edits().setText(f.visit, QStringLiteral("summary"), Kind::Authorities,
                                 QStringLiteral("As D-07 told us, the beds have straps.")));

    const ReportDocument doc = f.build(Kind::Authorities);
    const GuardReport r = f.guard(doc);
    CHECK(r.needsAcceptance());
    CHECK(r.removals().isEmpty());

    const auto small = withCode(r, "small_group");
    REQUIRE(small.size() == 2);
    CHECK(small.at(0).sentence ==
          QStringLiteral("The only woman in the unit is held in the console room."));
    CHECK(small.at(0).sectionKey == QStringLiteral("methodology"));
    CHECK(small.at(0).sectionTitle == QStringLiteral("Methodology"));
    CHECK(small.at(0).severity == GuardFinding::Severity::Warning);
    CHECK(small.at(1).sentence == QStringLiteral("Male officers search me."));
    CHECK(small.at(1).sectionKey == f.anchor);
    CHECK(small.at(1).message.contains(QStringLiteral("B wing")));

    const auto codes = withCode(r, "pseudonym");
    REQUIRE(codes.size() == 1);
    CHECK(codes.first().sentence == QStringLiteral("As D-07 told us, the beds have straps."));
    CHECK(codes.first().sectionKey == QStringLiteral("summary"));

    // Warnings are for the user to decide: apply() leaves them in.
    const QByteArray html = HtmlRenderer::render(PublicationGuard::apply(doc, r));
    CHECK(html.contains("Male officers search me."));
    CHECK(html.contains("The only woman"));
}

TEST_CASE("PublicationGuard: accepting the warnings is audited without the text", "[report]")
{
    GuardFixture f;
    REQUIRE_OK(f.edits().addParagraph(f.visit, f.anchor,
                                      QStringLiteral("The sole foreign national was isolated.")));
    const GuardReport r = f.guard(f.build(Kind::Public));
    REQUIRE(r.warnings().size() == 1);
    const qint64 before = f.count("SELECT count(*) FROM audit_event");

    REQUIRE_OK(PublicationGuard::recordDecision(f.records(), f.visit, Kind::Public, r.warnings()));

    CHECK(f.count("SELECT count(*) FROM audit_event") == before + 1);
    auto stmt = f.db().prepare("SELECT entity, entity_id, detail FROM audit_event "
                               "WHERE action = 'report.guard_accepted'");
    REQUIRE_OK(stmt);
    REQUIRE(*stmt->step());
    CHECK(stmt->columnText(0) == QStringLiteral("visit"));
    CHECK(stmt->columnText(1) == f.visit);
    const QString detail = stmt->columnText(2);
    CHECK(detail.contains(QStringLiteral("kind=public")));
    CHECK(detail.contains(QStringLiteral("small_group@") + f.anchor));
    CHECK_FALSE(detail.contains(QStringLiteral("foreign")));
    auto chain = AuditLog::verify(f.db());
    REQUIRE_OK(chain);
    CHECK(chain->firstBrokenSeq == 0);

    REQUIRE_REFUSED(
        PublicationGuard::recordDecision(f.records(), f.otherPlace, Kind::Public, r.warnings()),
        ErrorKind::NotFound);
}

TEST_CASE("PublicationGuard: small groups count interviewees of the same kind only", "[report]")
{
    GuardFixture f;
    // The only woman detainee heard in B wing; a woman officer there does not
    // make her one of several.
    const QString detainee = f.interview({QStringLiteral("quote_anonymously")}, "low",
                                         {QStringLiteral("woman")}, f.unitB);
    f.interview({}, "low", {QStringLiteral("woman")}, f.unitB, "staff");
    f.quote(detainee, "They search us at night.");
    const auto small = withCode(f.guard(f.build(Kind::Authorities)), "small_group");
    REQUIRE(small.size() == 1);
    CHECK(small.first().sentence == QStringLiteral("They search us at night."));

    // A second woman detainee there: no longer alone.
    f.interview({}, "low", {QStringLiteral("woman")}, f.unitB);
    CHECK(withCode(f.guard(f.build(Kind::Authorities)), "small_group").isEmpty());
}

TEST_CASE("PublicationGuard: the summary counts the recommendations left after removals",
          "[report]")
{
    test::ReportFixture f;
    f.recommendation("Install windows.");
    const char canary[] = "Install-Canary-Ninefold";
    f.recommendation(canary);
    std::vector<SecretBuffer> identities;
    QString secret = QString::fromLatin1(canary);
    identities.push_back(SecretBuffer::takeUtf8(secret));
    const ReportDocument doc = f.build(Kind::Authorities);
    const QByteArray html =
        HtmlRenderer::render(PublicationGuard::apply(doc, f.guard(doc, identities)));
    CHECK_FALSE(html.contains(canary));
    CHECK(html.contains("This report makes 1 recommendation"));
}
