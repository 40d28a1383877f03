// vigil-cli report, end to end on the demo vault: what a lead inspector gets
// in the PDF, ODT and HTML files (read back with pdftotext and LibreOffice),
// what the publication guard takes out or stops, and the exit codes scripts
// rely on.
#include "core/crypto/SecretBuffer.h"
#include "core/model/Interview.h"
#include "core/model/Recommendation.h"
#include "core/repo/BodyRepository.h"
#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationQueries.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "core/report/ReportBuilder.h"
#include "core/report/ReportEditRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/vault/Vault.h"
#include "tests/app/CliSandbox.h"
#include "tests/report/ReportTools.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr const char* kPass = "correct horse battery staple 7&Q";
constexpr int kGuardWarnings = 8; // ExitGuardWarnings

// What the test expects in a demo visit's report, read through the repositories.
struct DemoVisit
{
    QString id;
    QString place;
    QString marking; // of the internal notes
    QList<Recommendation> recommendations;
};

struct ReportSandbox : Sandbox
{
    QString pass = secretFile(QStringLiteral("pass"), kPass);

    ReportSandbox()
    {
        const Run demo = cli(withVault(pass, QStringList{QStringLiteral("demo")} + kFastKdf));
        INFO(demo);
        REQUIRE(demo.code == Ok);
    }

    std::unique_ptr<Vault> open() const
    {
        auto vault = Vault::open(this->vault, secret(kPass));
        REQUIRE(vault.ok());
        return std::move(*vault);
    }

    Run report(const QString& visit, const char* kind, const QString& out,
               const QStringList& more = {}) const
    {
        return cli(
            withVault(pass, QStringList{QStringLiteral("report"), QStringLiteral("--visit"), visit,
                                        QStringLiteral("--kind"), QString::fromLatin1(kind),
                                        QStringLiteral("--out"), out} +
                                more));
    }

    QString file(const char* name) const { return env + u'/' + QString::fromLatin1(name); }
};

// The latest demo visit with recommendations whose place still has open
// recommendations of an earlier visit, so its report has a follow-up table.
DemoVisit visitWithFollowUp(Vault& vault)
{
    RecordContext& ctx = vault.records();
    VisitRepository visits(ctx);
    auto count = visits.count();
    REQUIRE(count.ok());
    auto all = visits.list(0, *count);
    REQUIRE(all.ok());
    for (const Visit& v : *all) {
        auto recs = RecommendationRepository(ctx).listForVisit(v.id);
        REQUIRE(recs.ok());
        auto when = RecommendationRepository::visitDate(ctx.db(), v.id);
        auto open = RecommendationQueries(ctx).openForPlace(v.placeId);
        REQUIRE(when.ok());
        REQUIRE(open.ok());
        const bool earlierOpen = std::any_of(open->begin(), open->end(), [&](const auto& r) {
            return r.recommendation.visitId != v.id && r.visitDate < when->date;
        });
        if (recs->isEmpty() || !earlierOpen)
            continue;
        auto place = PlaceRepository(ctx).get(v.placeId);
        REQUIRE(place.ok());
        REQUIRE_FALSE(place->bodyId.isEmpty());
        auto body = BodyRepository(ctx).get(place->bodyId); // whose report it is
        REQUIRE(body.ok());
        return {v.id, place->name, report::ReportBuilder::internalMarking(body->name), *recs};
    }
    FAIL("the demo has no visit with recommendations and earlier open ones");
    return {};
}

// pdftotext -layout of `pdf`, its pages split on form feeds.
QStringList pdfPagesOf(const QString& pdf)
{
    const auto text = pdfToText(pdf);
    REQUIRE(text.has_value());
    return pdfPages(*text);
}

// The pages' text without the page furniture (marking, body name and page
// number), flattened, so a paragraph broken across pages reads on.
QString bodyText(const QStringList& pages, const QString& marking)
{
    static const QRegularExpression footer(QStringLiteral("Page \\d+ of \\d+"));
    QStringList lines;
    for (const QString& page : pages)
        for (const QString& line : page.split(u'\n'))
            if (const QString flat = flattened(line);
                !flat.contains(footer) && (marking.isEmpty() || flat != flattened(marking)))
                lines.append(line);
    return flattened(lines.join(u'\n'));
}

QString readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("vigil-cli report: a demo visit as PDF, ODT and HTML", "[cli][report]")
{
    if (const QString why = missingTool("pdftotext", "poppler-utils"); !why.isEmpty())
        SKIP(why.toStdString());
    ReportSandbox box;
    const DemoVisit visit = visitWithFollowUp(*box.open());

    // A newcomer finds the visit's ID in the list.
    const Run list = box.cli(
        box.withVault(box.pass, {QStringLiteral("report"), QStringLiteral("--list-visits")}));
    INFO(list);
    REQUIRE(list.code == Ok);
    const QStringList lines = list.out.split(u'\n');
    const auto line = std::find_if(lines.begin(), lines.end(),
                                   [&](const QString& l) { return l.startsWith(visit.id); });
    REQUIRE(line != lines.end());
    CHECK(line->contains(visit.place));
    CHECK(line->contains(QStringLiteral("%1 recommendation").arg(visit.recommendations.size())));

    // The report to the authorities: place, every recommendation with its
    // number, the follow-up table; no marking.
    const QString pdf = box.file("authorities.pdf");
    const Run authorities = box.report(visit.id, "authorities", pdf);
    INFO(authorities);
    REQUIRE(authorities.code == Ok);
    CHECK(authorities.out.contains(pdf));
    const QStringList pages = pdfPagesOf(pdf);
    const QString body = bodyText(pages, {});
    CHECK(body.contains(flattened(visit.place)));
    for (const Recommendation& r : visit.recommendations) {
        INFO("recommendation " << r.number);
        CHECK(body.contains(QStringLiteral("%1. %2").arg(r.number).arg(flattened(r.text))));
    }
    CHECK(body.contains(QStringLiteral("Follow-up of earlier recommendations")));
    CHECK(body.contains(QStringLiteral("Recommendations of earlier visits and their status")));
    CHECK_FALSE(flattened(pages.join(u'\n')).contains(QStringLiteral("Confidential")));

    // Internal notes: the marking on every page.
    const QString internalPdf = box.file("internal.pdf");
    const Run internal = box.report(visit.id, "internal", internalPdf);
    INFO(internal);
    REQUIRE(internal.code == Ok);
    const QStringList internalPages = pdfPagesOf(internalPdf);
    REQUIRE(internalPages.size() >= 2);
    for (int p = 0; p < internalPages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(flattened(internalPages.at(p)).contains(flattened(visit.marking)));
    }

    // HTML: the same text, and the format taken from the file's ending.
    const QString html = box.file("public.html");
    const Run publicHtml = box.report(visit.id, "public", html);
    INFO(publicHtml);
    REQUIRE(publicHtml.code == Ok);
    const QString htmlText = readAll(html);
    CHECK(htmlText.startsWith(QStringLiteral("<!DOCTYPE html>"), Qt::CaseInsensitive));
    CHECK(htmlText.contains(visit.place.toHtmlEscaped()));
    for (const Recommendation& r : visit.recommendations)
        CHECK(htmlText.contains(r.text.toHtmlEscaped()));
    // In another language than the visit's: Arabic, right to left.
    const QString arabic = box.file("arabic.html");
    const Run arabicRun = box.report(visit.id, "public", arabic,
                                     {QStringLiteral("--language"), QStringLiteral("ar")});
    INFO(arabicRun);
    REQUIRE(arabicRun.code == Ok);
    CHECK(readAll(arabic).contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")));

    // ODT: LibreOffice opens it and reads the same text.
    if (const QString why = missingTool("soffice", "libreoffice-writer-nogui"); !why.isEmpty())
        SKIP(why.toStdString());
    const QString odt = box.file("authorities.odt");
    const Run odtRun = box.report(visit.id, "authorities", odt,
                                  {QStringLiteral("--format"), QStringLiteral("odt")});
    INFO(odtRun);
    REQUIRE(odtRun.code == Ok);
    const auto texts = odtToText({odt}, box.tmp->filePath(QStringLiteral("lo")));
    REQUIRE(texts.has_value());
    const QString odtText = flattened(texts->first());
    CHECK(odtText.contains(flattened(visit.place)));
    for (const Recommendation& r : visit.recommendations)
        CHECK(odtText.contains(flattened(r.text)));
    CHECK(odtText.contains(QStringLiteral("Follow-up of earlier recommendations")));
}

TEST_CASE("vigil-cli report: the publication guard on export", "[cli][report]")
{
    if (const QString why = missingTool("pdftotext", "poppler-utils"); !why.isEmpty())
        SKIP(why.toStdString());
    ReportSandbox box;
    const QString identityCanary = QStringLiteral("Quorvane Thistlewick");
    const QString allowedQuote = QStringLiteral("Marmalade lanterns were never lit after dusk");
    const QString withdrawnQuote = QStringLiteral("Periwinkle kettles boiled dry every morning");
    const QString namedParagraph =
        QStringLiteral("Quorvane Thistlewick described how the night checks woke every cell.");
    DemoVisit visit;
    {
        auto vault = box.open();
        visit = visitWithFollowUp(*vault);
        RecordContext& ctx = vault->records();
        InterviewRepository interviews(ctx);
        auto all = interviews.forVisit(visit.id);
        REQUIRE(all.ok());
        QList<Interview> chosen; // private, no group to single out, no high risk
        for (Interview i : *all) {
            if (i.kind != u"individual_private" || i.consentWithdrawn || i.reprisalRisk == u"high")
                continue;
            i.vulnerabilities.clear();
            REQUIRE(interviews.update(i).ok());
            chosen.append(i);
        }
        REQUIRE(chosen.size() >= 2);
        report::ReportEditRepository edits(ctx);
        // An interviewee whose real name is on record, quoted with consent:
        // the quote may appear, the name never.
        REQUIRE(interviews
                    .recordConsent(chosen[0].id, {QStringLiteral("quote_anonymously"),
                                                  QStringLiteral("use_name")})
                    .ok());
        IdentityFields identity;
        identity.realName = secret("Quorvane Thistlewick");
        identity.idNumber = secret("CANARY-4471");
        REQUIRE(IdentityRepository(*vault).add(chosen[0].id, identity).ok());
        REQUIRE(
            edits.addQuote(visit.id, chosen[0].id, QStringLiteral("summary"), allowedQuote).ok());
        // A quote whose consent is then withdrawn: out of every kind.
        REQUIRE(interviews.recordConsent(chosen[1].id, {QStringLiteral("quote_anonymously")}).ok());
        REQUIRE(
            edits.addQuote(visit.id, chosen[1].id, QStringLiteral("summary"), withdrawnQuote).ok());
        REQUIRE(interviews.withdrawConsent(chosen[1].id).ok());
        // Someone typed the interviewee's real name into the report: the guard,
        // given the unsealed identity entries, takes the paragraph out.
        REQUIRE(edits.addParagraph(visit.id, QStringLiteral("summary"), namedParagraph).ok());
    }

    for (const char* kind : {"internal", "authorities", "public"}) {
        for (const char* format : {"pdf", "html"}) {
            const QString out = box.file(kind) + u'.' + QString::fromLatin1(format);
            const Run r = box.report(visit.id, kind, out);
            INFO(kind << " " << format << "\n" << r);
            REQUIRE(r.code == Ok);
            // The removal is reported by section and code, never by its text.
            CHECK(r.out.contains(QStringLiteral("quote_consent_withdrawn")));
            CHECK(r.out.contains(QStringLiteral("identity_data")));
            CHECK_FALSE((r.out + r.err).contains(QStringLiteral("Periwinkle")));
            CHECK_FALSE((r.out + r.err).contains(QStringLiteral("Thistlewick")));
            const QString text = QLatin1StringView(format) == u"pdf"
                                     ? flattened(pdfPagesOf(out).join(u'\n'))
                                     : readAll(out);
            CHECK(text.contains(allowedQuote));
            CHECK_FALSE(text.contains(withdrawnQuote));
            CHECK_FALSE(text.contains(identityCanary));
            CHECK_FALSE(text.contains(QStringLiteral("Thistlewick")));
            CHECK_FALSE(text.contains(QStringLiteral("CANARY-4471")));
            CHECK_FALSE(text.contains(QStringLiteral("night checks woke every cell")));
        }
    }
    {
        // The guard read the identity entries: each read is on record.
        auto vault = box.open();
        auto reads = vault->database().prepare(
            "SELECT count(*) FROM audit_event WHERE action = 'identity.read'");
        REQUIRE(reads.ok());
        REQUIRE(*reads->step());
        CHECK(reads->columnInt(0) >= 6); // one per export
    }

    // A sentence that singles someone out: a warning the user must accept.
    const QString singling = QStringLiteral("The only woman in the annex was kept apart from the "
                                            "other detainees.");
    {
        auto vault = box.open();
        REQUIRE(report::ReportEditRepository(vault->records())
                    .addParagraph(visit.id, QStringLiteral("summary"), singling)
                    .ok());
    }
    const QString blockedPdf = box.file("blocked.pdf");
    const Run blocked = box.report(visit.id, "authorities", blockedPdf);
    INFO(blocked);
    CHECK(blocked.code == kGuardWarnings);
    // By section, key and code; the sentence stays out of standard error (it
    // ends up in mail and logs), even asked for when it is not a terminal.
    CHECK(blocked.err.contains(QStringLiteral("small_group")));
    CHECK(blocked.err.contains(QStringLiteral("(summary)")));
    CHECK_FALSE(blocked.err.contains(QStringLiteral("only woman")));
    CHECK_FALSE(blocked.out.contains(QStringLiteral("only woman")));
    CHECK_FALSE(QFile::exists(blockedPdf));
    CHECK(QDir(box.env)
              .entryList({QStringLiteral("blocked*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
    const Run shown =
        box.report(visit.id, "authorities", blockedPdf, {QStringLiteral("--show-sentences")});
    INFO(shown);
    CHECK(shown.code == kGuardWarnings);
    CHECK_FALSE(shown.err.contains(QStringLiteral("only woman")));

    // Accepting takes the digest the blocked run printed: exactly these warnings.
    static const QRegularExpression digestIn(QStringLiteral("--accept-warnings=([0-9a-f]{16})"));
    const QRegularExpressionMatch printed = digestIn.match(blocked.err);
    REQUIRE(printed.hasMatch());
    const QString digest = printed.captured(1);
    CHECK(shown.err.contains(digest)); // the same warnings, the same digest

    const Run bare =
        box.report(visit.id, "authorities", blockedPdf, {QStringLiteral("--accept-warnings")});
    INFO(bare);
    CHECK(bare.code == Usage);
    CHECK(bare.err.contains(QStringLiteral("--accept-warnings=DIGEST")));
    const Run stale = box.report(visit.id, "authorities", blockedPdf,
                                 {QStringLiteral("--accept-warnings=0123456789abcdef")});
    INFO(stale);
    CHECK(stale.code == kGuardWarnings);
    CHECK(stale.err.contains(QStringLiteral("--accept-warnings=") + digest));
    CHECK(stale.err.contains(QStringLiteral("small_group")));
    CHECK_FALSE(QFile::exists(blockedPdf));

    const Run accepted = box.report(visit.id, "authorities", blockedPdf,
                                    {QStringLiteral("--accept-warnings=") + digest});
    INFO(accepted);
    REQUIRE(accepted.code == Ok);
    CHECK(accepted.out.contains(QStringLiteral("small_group")));
    CHECK(flattened(pdfPagesOf(blockedPdf).join(u'\n')).contains(singling));
    auto vault = box.open();
    auto audit = vault->database().prepare("SELECT detail FROM audit_event WHERE action = "
                                           "'report.guard_accepted' AND entity_id = ?");
    REQUIRE(audit.ok());
    audit->bind(1, visit.id);
    REQUIRE(*audit->step());
    const QString detail = audit->columnText(0);
    CHECK(detail.contains(QStringLiteral("kind=authorities")));
    CHECK(detail.contains(QStringLiteral("small_group@summary")));
    CHECK_FALSE(detail.contains(QStringLiteral("woman")));
    CHECK_FALSE(*audit->step()); // one export, one decision

    // A warning nobody has seen: the old digest no longer accepts.
    REQUIRE(report::ReportEditRepository(vault->records())
                .addParagraph(visit.id, QStringLiteral("summary"),
                              QStringLiteral("The sole foreign national shared no language "
                                             "with the staff."))
                .ok());
    vault.reset();
    const QString laterPdf = box.file("later.pdf");
    const Run later = box.report(visit.id, "authorities", laterPdf,
                                 {QStringLiteral("--accept-warnings=") + digest});
    INFO(later);
    CHECK(later.code == kGuardWarnings);
    CHECK(later.err.contains(digest)); // named as the one that no longer matches
    const QRegularExpressionMatch renewed = digestIn.match(later.err);
    REQUIRE(renewed.hasMatch());
    CHECK(renewed.captured(1) != digest);
    CHECK_FALSE(later.err.contains(QStringLiteral("foreign national")));
    CHECK_FALSE(QFile::exists(laterPdf));
}

TEST_CASE("vigil-cli report refuses bad options before asking for the passphrase", "[cli][report]")
{
    Sandbox box;
    const QString out = box.env + QStringLiteral("/r.pdf");
    const QString visit = QStringLiteral("01a2063c-0000-7000-8000-000000000000");
    const auto reportArgs = [&](const QStringList& rest) {
        return QStringList{QStringLiteral("report"), QStringLiteral("--visit"), visit} + rest;
    };
    // No passphrase file and no terminal: reaching the vault would fail differently.
    for (const QStringList& args :
         {reportArgs(
              {QStringLiteral("--kind"), QStringLiteral("secret"), QStringLiteral("--out"), out}),
          reportArgs({QStringLiteral("--out"), out}),
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public"), QStringLiteral("--out"),
                      out, QStringLiteral("--format"), QStringLiteral("docx")}),
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public"), QStringLiteral("--out"),
                      box.env + QStringLiteral("/r.txt")}),
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public")}),
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public"), QStringLiteral("--out"),
                      out, QStringLiteral("--language"), QStringLiteral("tlh")}),
          QStringList{QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("public"),
                      QStringLiteral("--out"), out},
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public"), QStringLiteral("--out"),
                      out, QStringLiteral("extra")}),
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public"), QStringLiteral("--out"),
                      out, QStringLiteral("--accept-warnings")}),
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public"),
                      QStringLiteral("--accept-warnings"), QStringLiteral("--out"), out}),
          reportArgs({QStringLiteral("--kind"), QStringLiteral("public"), QStringLiteral("--out"),
                      out, QStringLiteral("--accept-warnings=yes")})}) {
        const Run r = box.cli(box.withVault({}, args));
        INFO(args.join(u' ').toStdString() << "\n" << r);
        CHECK(r.code == Usage);
        CHECK(r.err.contains(QStringLiteral("vigil-cli:")));
        CHECK_FALSE(r.err.contains(QStringLiteral("assphrase")));
    }
    CHECK_FALSE(QFile::exists(out));

    const Run help = box.cli({QStringLiteral("--help")});
    for (const char* word : {"report", "--list-visits", "--visit", "--kind",
                             "--accept-warnings=DIGEST", "--show-sentences", "8 report not written"})
        CHECK(help.out.contains(QString::fromUtf8(word)));
}
