#include "core/report/HtmlRenderer.h"

#include "tests/core/report/ReportFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

ReportDocument sample()
{
    ReportDocument doc;
    doc.kind = Kind::InternalNotes;
    doc.language = QStringLiteral("zh_CN");
    doc.marking = QStringLiteral("Confidential — internal notes of <NPM>");
    doc.visitId = QStringLiteral("v1");
    doc.cover.bodyName = QStringLiteral("NPM & Co");
    doc.cover.logo = test::tinyPng();
    doc.cover.title = QStringLiteral("Report on the visit to Northgate");
    doc.cover.placeName = QStringLiteral("Northgate Prison");
    doc.cover.teamByRole = {{QStringLiteral("Head of delegation"), {QStringLiteral("Ana Lee")}}};

    Section findings;
    findings.key = QStringLiteral("findings");
    findings.title = QStringLiteral("Findings");
    Section category;
    category.key = QStringLiteral("findings/treatment");
    category.title = QStringLiteral("Treatment");
    Section finding;
    finding.key = QStringLiteral("finding:0190-ab");
    finding.title = QStringLiteral("Restraints <b>");
    finding.blocks.append(
        Paragraph{QStringLiteral("Beds with straps & \"buckles\".\nSecond line."), {}});
    finding.blocks.append(Quote{QStringLiteral("They tied me."),
                                QStringLiteral("Detainee, private interview"),
                                QStringLiteral("i1"),
                                {}});
    finding.blocks.append(
        Image{test::tinyPng(), QStringLiteral("image/png"), QStringLiteral("Photo 1: bed"), {}});
    category.subsections.append(finding);
    findings.subsections.append(category);

    Section recs;
    recs.key = QStringLiteral("recommendations");
    recs.title = QStringLiteral("Recommendations");
    RecommendationList list;
    list.entries.append({3,
                         QStringLiteral("Remove the straps."),
                         QStringLiteral("Ministry"),
                         QStringLiteral("High"),
                         QDate(2025, 6, 30),
                         QString(),
                         {}});
    list.entries.append({7,
                         QStringLiteral("Record every restraint."),
                         QString(),
                         QString(),
                         QDate(),
                         QStringLiteral("Repeats recommendation 2 of the visit of 1 March 2024"),
                         {}});
    recs.blocks.append(list);

    Section followUp;
    followUp.key = QStringLiteral("follow_up");
    followUp.title = QStringLiteral("Follow-up");
    followUp.blocks.append(Table{QStringLiteral("Earlier"),
                                 {QStringLiteral("No."), QStringLiteral("Status")},
                                 {{QStringLiteral("1"), QStringLiteral("Implemented")},
                                  {QStringLiteral("2"), QStringLiteral("<open>")}},
                                 {}});
    doc.sections = {findings, recs, followUp};
    return doc;
}

} // namespace

TEST_CASE("HtmlRenderer: a complete, escaped, self-contained document", "[report]")
{
    const QByteArray html = HtmlRenderer::render(sample());
    const QString text = QString::fromUtf8(html);

    CHECK(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\" dir=\"ltr\">"));
    CHECK(html.trimmed().endsWith("</html>"));
    CHECK(html.contains("<meta charset=\"utf-8\">"));
    CHECK(html.contains("@page"));
    // The marking at the top and at the bottom, escaped.
    CHECK(text.count(QStringLiteral("Confidential — internal notes of &lt;NPM&gt;")) == 2);
    CHECK(text.indexOf(QStringLiteral("class=\"marking\"")) < text.indexOf(QStringLiteral("<h1>")));
    CHECK(text.lastIndexOf(QStringLiteral("class=\"marking\"")) >
          text.indexOf(QStringLiteral("</main>")));

    // Headings by depth, text escaped, line breaks kept.
    CHECK(html.contains("<h2>Findings</h2>"));
    CHECK(html.contains("<h3>Treatment</h3>"));
    CHECK(html.contains("<h4>Restraints &lt;b&gt;</h4>"));
    CHECK(html.contains("<p>Beds with straps &amp; &quot;buckles&quot;.<br>Second line.</p>"));
    CHECK_FALSE(html.contains("<b>"));
    CHECK(html.contains("<td>&lt;open&gt;</td>"));
    CHECK(html.contains("NPM &amp; Co"));

    // Recommendations keep their own numbers.
    CHECK(html.contains("<ol class=\"recommendations\">"));
    CHECK(html.contains("<li value=\"3\""));
    CHECK(html.contains("<li value=\"7\""));
    CHECK(html.contains("Remove the straps."));
    CHECK(html.contains("Repeats recommendation 2 of the visit of 1 March 2024"));
    CHECK(html.contains("Priority: High"));

    // Tables with a header row, quotes with their attribution.
    CHECK(html.contains(
        "<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Status</th></tr></thead>"));
    CHECK(html.contains("<caption>Earlier</caption>"));
    CHECK(html.contains(
        "<blockquote><p>They tied me.</p><footer>— Detainee, private interview</footer>"));

    // Pictures inline as data: URIs; nothing is fetched from elsewhere.
    const QByteArray png = "data:image/png;base64," + test::tinyPng().toBase64();
    CHECK(html.count(png) == 2); // the logo and the photo
    CHECK(html.contains("<figcaption>Photo 1: bed</figcaption>"));
    CHECK_FALSE(html.contains("http://"));
    CHECK_FALSE(html.contains("https://"));
}

TEST_CASE("HtmlRenderer: right-to-left and unmarked documents", "[report]")
{
    ReportDocument doc = sample();
    doc.language = QStringLiteral("ar");
    doc.rightToLeft = true;
    doc.marking.clear();
    doc.cover.title = QStringLiteral("تقرير الزيارة");
    const QByteArray html = HtmlRenderer::render(doc);
    CHECK(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    CHECK(html.contains(QStringLiteral("<h1>تقرير الزيارة</h1>").toUtf8()));
    CHECK_FALSE(html.contains("class=\"marking\""));
}
