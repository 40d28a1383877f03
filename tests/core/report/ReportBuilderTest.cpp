#include "core/report/ReportBuilder.h"

#include "core/demo/DemoVault.h"
#include "core/model/Vocabulary.h"
#include "core/model/VocabularyLabels.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/VisitRepository.h"
#include "core/report/MethodologySection.h"
#include "core/report/ReportInput.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/core/report/ReportFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

// One demo vault for the tests below (generating it is the slow part).
struct ReportDemo
{
    std::unique_ptr<QTemporaryDir> dir = test::tempDir();
    std::unique_ptr<Vault> vault;
    QString visitId;

    ReportDemo()
    {
        auto created = DemoVault::create(dir->filePath(QStringLiteral("demo")),
                                         test::secret("demo"), test::fastKdf(), false);
        REQUIRE_OK(created);
        vault = std::move(created->vault);
        // The newest visit that checked earlier recommendations and made its own.
        auto stmt = vault->database().prepare(
            "SELECT v.id FROM visit v WHERE v.deleted = 0 "
            "AND EXISTS (SELECT 1 FROM recommendation r WHERE r.visit_id = v.id AND r.deleted = 0) "
            "AND EXISTS (SELECT 1 FROM recommendation_event e WHERE e.visit_id = v.id) "
            "ORDER BY coalesce(v.actual_start, v.planned_start) DESC LIMIT 1");
        REQUIRE_OK(stmt);
        auto row = stmt->step();
        REQUIRE_OK(row);
        REQUIRE(*row);
        visitId = stmt->columnText(0);
    }
    RecordContext& records() { return vault->records(); }

    ReportDocument build(Kind kind, const char* language = "en")
    {
        AttachmentStore store(*vault);
        ReportBuilder builder(records(), &store, {QStringLiteral("NPM of Westland"), {}});
        auto doc = builder.build(visitId, kind, QString::fromLatin1(language));
        REQUIRE_OK(doc);
        return *doc;
    }

    static ReportDemo& shared()
    {
        static ReportDemo demo;
        return demo;
    }
};

QStringList sectionKeys(const ReportDocument& doc)
{
    QStringList keys;
    for (const Section& s : doc.sections)
        keys.append(s.key);
    return keys;
}

} // namespace

TEST_CASE("ReportBuilder: a demo visit's report holds every part of the structure", "[report]")
{
    ReportDemo& demo = ReportDemo::shared();
    const ReportDocument doc = demo.build(Kind::Authorities);
    auto visit = VisitRepository(demo.records()).get(demo.visitId);
    REQUIRE_OK(visit);
    auto place = PlaceRepository(demo.records()).get(visit->placeId);
    REQUIRE_OK(place);

    SECTION("Cover and sections in order")
    {
        CHECK(doc.cover.placeName == place->name);
        CHECK(doc.cover.title.contains(place->name));
        CHECK(doc.cover.bodyName == QStringLiteral("NPM of Westland"));
        CHECK(doc.cover.placeType == VocabularyLabels::placeType(place->type));
        CHECK_FALSE(doc.cover.visitDates.isEmpty());
        REQUIRE_FALSE(doc.cover.teamByRole.isEmpty());
        CHECK(doc.cover.teamByRole.first().second.size() == 1); // one head of delegation, first
        CHECK(sectionKeys(doc) ==
              QStringList{QStringLiteral("summary"), QStringLiteral("methodology"),
                          QStringLiteral("findings"), QStringLiteral("recommendations"),
                          QStringLiteral("follow_up"), QStringLiteral("annexes")});
        CHECK(doc.marking.isEmpty());
        CHECK(doc.language == QStringLiteral("en"));
        CHECK_FALSE(doc.rightToLeft);
    }

    SECTION("Findings by category in taxonomy order, each finding under its key")
    {
        auto findings = FindingRepository(demo.records()).listForVisit(demo.visitId);
        REQUIRE_OK(findings);
        REQUIRE_FALSE(findings->isEmpty());
        for (const Finding& f : *findings) {
            INFO(f.title.toStdString());
            const Section* s = test::findSection(doc.sections, QStringLiteral("finding:") + f.id);
            REQUIRE(s);
            CHECK(s->title == f.title);
            const Section* parent = test::findSection(
                doc.sections, f.goodPractice ? QStringLiteral("findings/good_practices")
                                             : QStringLiteral("findings/") + f.category);
            REQUIRE(parent);
            CHECK(test::findSection(parent->subsections, s->key) == s);
        }
        const Section* all = test::findSection(doc, "findings");
        int last = -1;
        for (const Section& category : all->subsections) {
            if (category.key == u"findings/good_practices")
                continue;
            const QString code = category.key.mid(9);
            const auto at = std::find_if(
                std::begin(vocab::kFindingCategories), std::end(vocab::kFindingCategories),
                [&](const char* c) { return code == QLatin1StringView(c); });
            const int index = int(at - std::begin(vocab::kFindingCategories));
            CHECK(index > last);
            last = index;
            CHECK(category.title == VocabularyLabels::findingCategory(code));
        }
    }

    SECTION("Every recommendation with its number, text, addressee and deadline")
    {
        auto recs = RecommendationRepository(demo.records()).listForVisit(demo.visitId);
        REQUIRE_OK(recs);
        const auto lists = test::blocksOf<RecommendationList>(doc.sections);
        REQUIRE(lists.size() == 1);
        REQUIRE(lists.first().entries.size() == recs->size());
        for (qsizetype i = 0; i < recs->size(); ++i) {
            const RecommendationEntry& e = lists.first().entries.at(i);
            CHECK(e.number == recs->at(i).number);
            CHECK(e.text == recs->at(i).text);
            CHECK(e.addressee == VocabularyLabels::addressee(recs->at(i).addressee));
            CHECK(e.deadline == recs->at(i).deadline);
            CHECK(e.repeats.isEmpty() == recs->at(i).repeatedFrom.isEmpty());
        }
        const QByteArray html = HtmlRenderer::render(doc);
        for (const Recommendation& r : *recs) {
            CHECK(html.contains(QStringLiteral("<li value=\"%1\"").arg(r.number).toUtf8()));
            CHECK(html.contains(r.text.toHtmlEscaped().toUtf8()));
        }
    }

    SECTION("The follow-up table lists the earlier recommendations checked or still open")
    {
        // Computed here from the lifecycle's rules and the recorded events.
        auto here = RecommendationRepository::visitDate(demo.vault->database(), demo.visitId);
        REQUIRE_OK(here);
        QStringList expected;
        auto stmt = demo.vault->database().prepare(
            "SELECT r.id, r.status, r.text, (SELECT count(*) FROM recommendation_event e WHERE "
            "e.recommendation_id = r.id AND e.visit_id = ?2), "
            "coalesce(v.actual_start, v.planned_start, v.created_at) FROM recommendation r "
            "JOIN visit v ON v.id = r.visit_id WHERE v.place_id = ?1 AND r.deleted = 0 "
            "AND v.deleted = 0 AND r.visit_id != ?2");
        REQUIRE_OK(stmt);
        stmt->bind(1, visit->placeId).bind(2, demo.visitId);
        QStringList texts;
        while (true) {
            auto row = stmt->step();
            REQUIRE_OK(row);
            if (!*row)
                break;
            const bool checkedHere = stmt->columnInt(3) > 0;
            const bool open = RecommendationLifecycle::isOpen(stmt->columnText(1)) &&
                              stmt->columnInt(4) < here->date;
            if (checkedHere || open)
                texts.append(stmt->columnText(2));
        }
        REQUIRE_FALSE(texts.isEmpty());
        const Section* followUp = test::findSection(doc, "follow_up");
        REQUIRE(followUp);
        const auto tables = test::blocksOf<Table>({*followUp});
        REQUIRE(tables.size() == 1);
        CHECK(tables.first().header.size() == 4);
        CHECK(tables.first().rows.size() == texts.size());
        for (const QStringList& row : tables.first().rows) {
            CHECK(texts.contains(row.at(2)));
            CHECK_FALSE(row.at(3).isEmpty());
        }
        const QByteArray html = HtmlRenderer::render(doc);
        CHECK(html.contains("<thead>"));
        for (const QString& text : texts)
            CHECK(html.contains(text.toHtmlEscaped().toUtf8()));
    }

    SECTION("Methodology counts the interviews by kind and names the registers")
    {
        const Section* m = test::findSection(doc, "methodology");
        REQUIRE(m);
        QString text;
        for (const Paragraph& p : test::blocksOf<Paragraph>({*m}))
            text += p.text + QLatin1Char('\n');
        auto interviews = InterviewRepository(demo.records()).forVisit(demo.visitId);
        REQUIRE_OK(interviews);
        CHECK(text.contains(QStringLiteral("The team held %1 interview").arg(interviews->size())));
        for (const Interview& i : *interviews)
            CHECK_FALSE(text.contains(i.pseudonym)); // counted, never listed
    }
}

TEST_CASE("ReportBuilder: the kinds differ in detail and marking", "[report]")
{
    ReportDemo& demo = ReportDemo::shared();
    const ReportDocument internal = demo.build(Kind::InternalNotes);
    const ReportDocument authorities = demo.build(Kind::Authorities);
    const ReportDocument pub = demo.build(Kind::Public);

    CHECK(internal.marking == ReportBuilder::internalMarking(QStringLiteral("NPM of Westland")));
    CHECK(internal.marking.contains(QStringLiteral("Confidential")));
    CHECK(pub.marking.isEmpty());
    CHECK(internal.cover.title != authorities.cover.title);
    CHECK(pub.cover.title != authorities.cover.title);

    // Internal notes carry severity and sources; the public summary gives facts only, no annex.
    const auto severity = [](const ReportDocument& d) {
        for (const Paragraph& p : test::blocksOf<Paragraph>(d.sections)) {
            if (p.text.startsWith(QStringLiteral("Severity:")))
                return true;
        }
        return false;
    };
    CHECK(severity(internal));
    CHECK_FALSE(severity(authorities));
    CHECK(test::findSection(authorities, "annexes/registers"));
    CHECK_FALSE(test::findSection(pub, "annexes"));
    CHECK(test::blocksOf<Image>(pub.sections).isEmpty());
    CHECK(test::blocksOf<Paragraph>(pub.sections).size() <
          test::blocksOf<Paragraph>(authorities.sections).size());
    // The recommendations are in every kind.
    for (const ReportDocument* d : {&internal, &authorities, &pub})
        CHECK(test::blocksOf<RecommendationList>(d->sections).size() == 1);
}

TEST_CASE("ReportBuilder: an Arabic report is right-to-left", "[report]")
{
    ReportDemo& demo = ReportDemo::shared();
    const ReportDocument doc = demo.build(Kind::Authorities, "ar");
    CHECK(doc.language == QStringLiteral("ar"));
    CHECK(doc.rightToLeft);
    const QByteArray html = HtmlRenderer::render(doc);
    CHECK(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // The visit's language decides when none is asked for.
    CHECK(demo.build(Kind::Authorities, "").language == QStringLiteral("en"));
}

TEST_CASE("ReportBuilder: photos of findings go to the annex, within consent", "[report]")
{
    test::ReportFixture f;
    const QString findingId =
        f.finding("material_conditions", "Cells without light", "Dark cells.");
    Observation o;
    o.visitId = f.visit;
    o.kind = QStringLiteral("photo");
    o.title = QStringLiteral("Cell 12 window");
    auto obs = ObservationRepository(f.records()).create(o);
    REQUIRE_OK(obs);
    REQUIRE_OK(FindingRepository(f.records())
                   .linkEvidence(findingId, QStringLiteral("observation"), *obs));
    const QString observationPhoto = f.photo("observation", *obs);
    // A photo of an interviewee's injury, without consent to be quoted.
    const QString interview = f.consented({});
    const QString injury = f.photo("interview", interview);
    REQUIRE_OK(FindingRepository(f.records())
                   .linkEvidence(findingId, QStringLiteral("attachment"), injury));

    const ReportDocument doc = f.build(Kind::Authorities);
    const auto images = test::blocksOf<Image>(doc.sections);
    REQUIRE(images.size() == 1);
    CHECK(images.first().source.id == observationPhoto);
    CHECK(images.first().data == test::tinyPng()); // decrypted
    CHECK(images.first().caption.contains(QStringLiteral("Cell 12 window")));
    CHECK(
        HtmlRenderer::render(doc).contains("data:image/png;base64," + test::tinyPng().toBase64()));
    CHECK(test::blocksOf<Image>(f.build(Kind::Public).sections).isEmpty());

    // With consent to be quoted, the interview's photo may join (not in public).
    REQUIRE_OK(f.interviews.recordConsent(interview, {QStringLiteral("quote_anonymously")}));
    CHECK(test::blocksOf<Image>(f.build(Kind::Authorities).sections).size() == 2);
}

TEST_CASE("ReportBuilder: the summary counts the recommendations the kind lists", "[report]")
{
    test::ReportFixture f;
    f.recommendation("Install windows.");
    const QString second = f.recommendation("Serve hot meals.");
    REQUIRE_OK(
        f.edits().setExcluded(f.visit, QStringLiteral("recommendation:") + second, {Kind::Public}));
    const auto summary = [&f](Kind kind) {
        const ReportDocument doc = f.build(kind);
        return ReportBuilder::sectionText(*test::findSection(doc, "summary"));
    };
    CHECK(summary(Kind::Authorities).contains(QStringLiteral("makes 2 recommendation")));
    CHECK(summary(Kind::Public).contains(QStringLiteral("makes 1 recommendation")));
}

TEST_CASE("ReportBuilder: an access event without a time says so", "[report]")
{
    ReportInput in;
    in.kind = Kind::Authorities;
    in.locale = QLocale(QStringLiteral("en"));
    AccessEvent e;
    e.kind = QStringLiteral("refusal");
    e.area = QStringLiteral("Block D");
    in.access.append(e);
    const Section s = MethodologySection::build(in);
    const auto tables = test::blocksOf<Table>({s});
    REQUIRE(tables.size() == 1);
    REQUIRE(tables.first().rows.size() == 1);
    CHECK(tables.first().rows.first().at(1) == QStringLiteral("time not recorded"));
    CHECK_FALSE(tables.first().rows.first().join(u' ').contains(QStringLiteral("1970")));
}
