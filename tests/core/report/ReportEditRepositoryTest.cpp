#include "core/report/ReportEditRepository.h"

#include "core/audit/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/core/report/ReportFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

QStringList paragraphs(const Section* s)
{
    QStringList out;
    if (!s)
        return out;
    for (const Block& b : s->blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b))
            out.append(p->text);
    }
    return out;
}

QStringList childKeys(const QList<Section>& sections)
{
    QStringList keys;
    for (const Section& s : sections)
        keys.append(s.key);
    return keys;
}

} // namespace

TEST_CASE("ReportEditRepository: text, exclusions, order and added items reach the report",
          "[report]")
{
    test::ReportFixture f;
    const QString light = f.finding("material_conditions", "Cells without light", "Dark cells.");
    const QString food = f.finding("material_conditions", "Food is cold", "Cold meals.", "medium");
    const QString rec = f.recommendation("Install windows.");
    ReportEditRepository edits = f.edits();

    SECTION("A replaced text changes the report, not the finding, and goes back")
    {
        auto previous =
            edits.setText(f.visit, QStringLiteral("finding:") + light, Kind::Authorities,
                          QStringLiteral("New facts.\n\nNew analysis."));
        REQUIRE_OK(previous);
        CHECK_FALSE(previous->has_value());
        const ReportDocument doc = f.build(Kind::Authorities);
        const Section* s = test::findSection(doc.sections, QStringLiteral("finding:") + light);
        CHECK(paragraphs(s) ==
              QStringList{QStringLiteral("New facts."), QStringLiteral("New analysis.")});
        CHECK(ReportBuilder::sectionText(*s) == QStringLiteral("New facts.\n\nNew analysis."));
        auto stored = FindingRepository(f.records()).get(light);
        REQUIRE_OK(stored);
        CHECK(stored->facts == QStringLiteral("Dark cells."));

        // The inverse: write back what setText returned.
        auto undone = edits.setText(f.visit, QStringLiteral("finding:") + light, Kind::Authorities,
                                    *previous);
        REQUIRE_OK(undone);
        CHECK(**undone == QStringLiteral("New facts.\n\nNew analysis."));
        const ReportDocument restored = f.build(Kind::Authorities);
        const Section* back =
            test::findSection(restored.sections, QStringLiteral("finding:") + light);
        REQUIRE(back);
        REQUIRE_FALSE(paragraphs(back).isEmpty());
        CHECK(paragraphs(back).first() == QStringLiteral("Dark cells."));
    }

    SECTION("The summary is the lead's text once written")
    {
        REQUIRE_OK(edits.setText(f.visit, QStringLiteral("summary"), Kind::Public,
                                 QStringLiteral("Our summary.")));
        CHECK(paragraphs(test::findSection(f.build(Kind::Public), "summary")) ==
              QStringList{QStringLiteral("Our summary.")});
    }

    SECTION("An item left out of one kind stays in the others")
    {
        auto previous =
            edits.setExcluded(f.visit, QStringLiteral("finding:") + food, {Kind::Public});
        REQUIRE_OK(previous);
        CHECK(previous->isEmpty());
        REQUIRE_OK(edits.setExcluded(f.visit, QStringLiteral("recommendation:") + rec,
                                     {Kind::Public, Kind::InternalNotes}));
        const QString key = QStringLiteral("finding:") + food;
        CHECK(test::findSection(f.build(Kind::Authorities).sections, key));
        CHECK(test::findSection(f.build(Kind::InternalNotes).sections, key));
        const ReportDocument pub = f.build(Kind::Public);
        CHECK_FALSE(test::findSection(pub.sections, key));
        CHECK(test::findSection(pub.sections, QStringLiteral("finding:") + light));
        CHECK(test::blocksOf<RecommendationList>(pub.sections).isEmpty());
        CHECK(test::blocksOf<RecommendationList>(f.build(Kind::Authorities).sections).size() == 1);

        // Excluding the whole category also drops it; the inverse brings it back.
        auto before = edits.setExcluded(f.visit, QStringLiteral("findings/material_conditions"),
                                        {Kind::Authorities});
        REQUIRE_OK(before);
        CHECK_FALSE(test::findSection(f.build(Kind::Authorities), "findings/material_conditions"));
        REQUIRE_OK(
            edits.setExcluded(f.visit, QStringLiteral("findings/material_conditions"), *before));
        CHECK(test::findSection(f.build(Kind::Authorities), "findings/material_conditions"));
    }

    SECTION("Moving a section between two others, and back")
    {
        const ReportDocument doc = f.build(Kind::Authorities);
        const QStringList built = childKeys(doc.sections);
        REQUIRE(built.indexOf(QStringLiteral("recommendations")) == 3);
        // Recommendations between the summary and the methodology.
        const qint64 between = (doc.sections.at(0).position + doc.sections.at(1).position) / 2;
        auto previous = edits.move(f.visit, QStringLiteral("recommendations"), between);
        REQUIRE_OK(previous);
        CHECK_FALSE(previous->has_value());
        const ReportDocument moved = f.build(Kind::Authorities);
        CHECK(childKeys(moved.sections).at(1) == QStringLiteral("recommendations"));
        CHECK(moved.sections.at(1).position == between);
        // Same order in every kind.
        CHECK(childKeys(f.build(Kind::Public).sections).at(1) == QStringLiteral("recommendations"));
        REQUIRE_OK(edits.move(f.visit, QStringLiteral("recommendations"), *previous));
        CHECK(childKeys(f.build(Kind::Authorities).sections) == built);
    }

    SECTION("Paragraphs and quotes under a section, removed and restored")
    {
        const QString interview = f.consented({QStringLiteral("quote_anonymously")});
        auto quote = edits.addQuote(f.visit, interview, QStringLiteral("finding:") + light,
                                    QStringLiteral("We never see daylight."));
        REQUIRE_OK(quote);
        auto para = edits.addParagraph(f.visit, QStringLiteral("finding:") + light,
                                       QStringLiteral("The director disputed this."));
        REQUIRE_OK(para);
        // Placed first among the finding's blocks.
        REQUIRE_OK(edits.move(f.visit, ReportItem::itemKeyOf(*para), -1));

        const ReportDocument doc = f.build(Kind::Authorities);
        const Section* s = test::findSection(doc.sections, QStringLiteral("finding:") + light);
        REQUIRE(s);
        REQUIRE(s->blocks.size() >= 3);
        CHECK(std::get<Paragraph>(s->blocks.first()).text ==
              QStringLiteral("The director disputed this."));
        const auto* q = std::get_if<Quote>(&s->blocks.last());
        REQUIRE(q);
        CHECK(q->text == QStringLiteral("We never see daylight."));
        CHECK(q->interviewId == interview);
        CHECK(q->attribution == QStringLiteral("Detainee, private interview"));
        CHECK_FALSE(ReportBuilder::sectionText(*s).contains(QStringLiteral("disputed")));

        REQUIRE_OK(edits.remove(*quote));
        CHECK(test::blocksOf<Quote>(f.build(Kind::Authorities).sections).isEmpty());
        REQUIRE_OK(edits.restore(*quote));
        CHECK(test::blocksOf<Quote>(f.build(Kind::Authorities).sections).size() == 1);
        // An added item cannot be emptied, only removed.
        CHECK_FALSE(
            edits.setText(f.visit, ReportItem::itemKeyOf(*quote), Kind::Public, std::nullopt).ok());
        auto previous = edits.setText(f.visit, ReportItem::itemKeyOf(*quote), Kind::Public,
                                      QStringLiteral("Shorter."));
        REQUIRE_OK(previous);
        CHECK(**previous == QStringLiteral("We never see daylight."));
    }
}

TEST_CASE("ReportEditRepository: edits are records: change log, audit, scope, reopen", "[report]")
{
    test::ReportFixture f;
    const QString finding = f.finding("treatment", "Use of restraints", "Restraint beds.");
    const QString interview = f.consented({QStringLiteral("quote_anonymously")});
    const qint64 opsBefore = f.count("SELECT count(*) FROM change_op WHERE entity = 'report_item'");
    CHECK(opsBefore == 0);

    ReportEditRepository edits = f.edits();
    REQUIRE_OK(edits.setText(f.visit, QStringLiteral("summary"), Kind::Public,
                             QStringLiteral("Lead's summary.")));
    REQUIRE_OK(edits.setExcluded(f.visit, QStringLiteral("finding:") + finding, {Kind::Public}));
    auto quote = edits.addQuote(f.visit, interview, QStringLiteral("finding:") + finding,
                                QStringLiteral("They tied me down for a night."));
    REQUIRE_OK(quote);

    CHECK(
        f.count("SELECT count(*) FROM change_op WHERE entity = 'report_item' AND field = 'text'") ==
        2);
    CHECK(f.count("SELECT count(*) FROM change_op WHERE entity = 'report_item' "
                  "AND field = 'excluded_kinds' AND value = 'public'") == 1);
    CHECK(f.count("SELECT count(*) FROM audit_event WHERE entity = 'report_item' AND action = "
                  "'insert'") == 3);
    // The quote shares the interview's scope, so sync filters it the same way.
    auto stmt = f.db().prepare("SELECT r.scope, i.scope, (SELECT count(*) FROM change_op c WHERE "
                               "c.entity_id = r.id AND c.scope != i.scope) FROM report_item r "
                               "JOIN interview i ON i.id = r.interview_id WHERE r.id = ?");
    REQUIRE_OK(stmt);
    stmt->bind(1, *quote);
    REQUIRE(*stmt->step());
    CHECK(stmt->columnText(0) == stmt->columnText(1));
    CHECK(stmt->columnInt(2) == 0);
    auto chain = AuditLog::verify(f.db());
    REQUIRE_OK(chain);
    CHECK(chain->firstBrokenSeq == 0);

    // Locked and opened again, the edits are still applied.
    f.vault->lock();
    auto reopened = Vault::open(f.vaultPath(), test::secret("pass"));
    REQUIRE_OK(reopened);
    f.vault = std::move(*reopened);
    const ReportDocument doc = f.build(Kind::Public);
    CHECK(std::get<Paragraph>(test::findSection(doc, "summary")->blocks.first()).text ==
          QStringLiteral("Lead's summary."));
    CHECK_FALSE(test::findSection(doc.sections, QStringLiteral("finding:") + finding));
    CHECK(test::blocksOf<Quote>(f.build(Kind::Authorities).sections).size() == 1);
    auto listed = f.edits().list(f.visit);
    REQUIRE_OK(listed);
    CHECK(listed->size() == 3);
}

TEST_CASE("ReportEditRepository: refusals", "[report]")
{
    test::ReportFixture f;
    ReportEditRepository edits = f.edits();
    const QString noQuote = f.consented({});
    const QString other =
        f.insert(catalog::kInterview, {{"visit_id", f.otherVisit},
                                       {"kind", QStringLiteral("individual_private")},
                                       {"without_witnesses", true},
                                       {"interpreter", QStringLiteral("none")},
                                       {"pseudonym", QStringLiteral("D-12")},
                                       {"reprisal_risk", QStringLiteral("low")},
                                       {"chosen_by", QStringLiteral("team")}});
    REQUIRE_OK(f.interviews.recordConsent(other, {QStringLiteral("quote_anonymously")}));
    const QString withdrawn = f.consented({QStringLiteral("quote_anonymously")});
    REQUIRE_OK(f.interviews.withdrawConsent(withdrawn));

    REQUIRE_REFUSED(
        edits.addQuote(f.visit, noQuote, QStringLiteral("summary"), QStringLiteral("x")),
        ErrorKind::Validation);
    REQUIRE_REFUSED(edits.addQuote(f.visit, other, QStringLiteral("summary"), QStringLiteral("x")),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(
        edits.addQuote(f.visit, withdrawn, QStringLiteral("summary"), QStringLiteral("x")),
        ErrorKind::Validation);
    REQUIRE_REFUSED(edits.addParagraph(f.visit, QStringLiteral("summary"), QStringLiteral("  ")),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(edits.setText(f.visit, QStringLiteral(""), Kind::Public, QStringLiteral("x")),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(edits.setText(f.visit, QStringLiteral("recommendation:x"), Kind::Public,
                                  QStringLiteral("x")),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(edits.setExcluded(f.visit, QStringLiteral("item:nope"), {Kind::Public}),
                    ErrorKind::NotFound);
    CHECK(f.count("SELECT count(*) FROM report_item") == 0);
}

TEST_CASE("ReportEditRepository: a section's text is replaced for one kind only", "[report]")
{
    test::ReportFixture f;
    const QString light = f.finding("material_conditions", "Cells without light", "Dark cells.");
    const QString key = QStringLiteral("finding:") + light;
    ReportEditRepository edits = f.edits();
    // The builder screen seeds the editor with the internal notes' text:
    // analysis, standards, severity and sources.
    const ReportDocument internalDoc = f.build(Kind::InternalNotes);
    const Section* internal = test::findSection(internalDoc.sections, key);
    REQUIRE(internal);
    const QString seeded = ReportBuilder::sectionText(*internal) + QStringLiteral("\n\nOurs.");
    REQUIRE(seeded.contains(QStringLiteral("Mandela Rules")));
    REQUIRE_OK(edits.setText(f.visit, key, Kind::InternalNotes, seeded));

    CHECK(ReportBuilder::sectionText(
              *test::findSection(f.build(Kind::InternalNotes).sections, key)) == seeded);
    const ReportDocument pubDoc = f.build(Kind::Public);
    const Section* pub = test::findSection(pubDoc.sections, key);
    REQUIRE(pub);
    CHECK(paragraphs(pub) == QStringList{QStringLiteral("Dark cells.")});
    CHECK_FALSE(f.exportHtml(Kind::Public).contains("Mandela Rules"));
    CHECK_FALSE(f.exportHtml(Kind::Authorities).contains("Ours."));

    // Each kind has its own replacement, and its own way back.
    REQUIRE_OK(edits.setText(f.visit, key, Kind::Public, QStringLiteral("Public words.")));
    CHECK(paragraphs(test::findSection(f.build(Kind::Public).sections, key)) ==
          QStringList{QStringLiteral("Public words.")});
    auto previous = edits.setText(f.visit, key, Kind::InternalNotes, std::nullopt);
    REQUIRE_OK(previous);
    CHECK(*previous == seeded);
    CHECK(paragraphs(test::findSection(f.build(Kind::Public).sections, key)) ==
          QStringList{QStringLiteral("Public words.")});
    CHECK_FALSE(
        ReportBuilder::sectionText(*test::findSection(f.build(Kind::InternalNotes).sections, key))
            .contains(QStringLiteral("Ours.")));
    // '@' is how the kind is stored in the key: not part of a key.
    REQUIRE_REFUSED(
        edits.setText(f.visit, key + QStringLiteral("@public"), Kind::Public, QStringLiteral("x")),
        ErrorKind::Validation);
}

TEST_CASE("ReportEditRepository: two devices' rows for one key merge field by field", "[report]")
{
    test::ReportFixture f;
    const QString food = f.finding("material_conditions", "Food is cold", "Cold meals.", "medium");
    const QString key = QStringLiteral("finding:") + food;
    ReportEditRepository edits = f.edits();
    // Device A left the finding out of the public summary and moved it.
    REQUIRE_OK(edits.setExcluded(f.visit, key, {Kind::Public}));
    REQUIRE_OK(edits.move(f.visit, key, 4096));
    // Device B, before syncing, made its own row for the key (newer).
    const QString rowB = f.insert(catalog::kReportItem,
                                  {{"visit_id", f.visit},
                                   {"kind", QStringLiteral("edit")},
                                   {"item_key", key},
                                   {"excluded_kinds", QStringList{QStringLiteral("internal")}}});
    CHECK(f.count("SELECT count(*) FROM report_item WHERE kind = 'edit' AND deleted = 0") == 2);

    // The exclusion of either holds (fail closed); the position set on A survives.
    CHECK_FALSE(test::findSection(f.build(Kind::Public).sections, key));
    CHECK_FALSE(test::findSection(f.build(Kind::InternalNotes).sections, key));
    const ReportDocument authDoc = f.build(Kind::Authorities);
    const Section* auth = test::findSection(authDoc.sections, key);
    REQUIRE(auth);
    CHECK(auth->position == 4096);
    auto listed = edits.list(f.visit);
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == rowB); // writes go to the newest row

    // Putting it back into the public summary clears the kind on every row.
    auto previous = edits.setExcluded(f.visit, key, {Kind::InternalNotes});
    REQUIRE_OK(previous);
    CHECK(ReportEditRepository::kindCodes(*previous) ==
          QStringList{QStringLiteral("internal"), QStringLiteral("public")});
    CHECK(test::findSection(f.build(Kind::Public).sections, key));
    CHECK_FALSE(test::findSection(f.build(Kind::InternalNotes).sections, key));
    CHECK(f.count("SELECT count(*) FROM report_item WHERE excluded_kinds LIKE '%public%'") == 0);
    // Back to the built order: A's position must not show through.
    REQUIRE_OK(edits.move(f.visit, key, std::nullopt));
    CHECK(f.count("SELECT count(*) FROM report_item WHERE position IS NOT NULL") == 0);
}
