#include "core/report/ReportBuilder.h"

#include "core/model/VocabularyLabels.h"
#include "core/report/AnnexSections.h"
#include "core/report/FindingSections.h"
#include "core/report/MethodologySection.h"
#include "core/report/RecommendationSections.h"
#include "core/report/ReportEditApplier.h"
#include "core/report/ReportInput.h"
#include "core/report/ReportLabels.h"

#include <QLocale>
#include <functional>

namespace vigil::report {

namespace {

QString coverTitle(Kind kind, const QString& place)
{
    switch (kind) {
    case Kind::InternalNotes:
        return ReportBuilder::tr("Internal notes on the visit to %1").arg(place);
    case Kind::Public:
        return ReportBuilder::tr("Visit to %1: public summary").arg(place);
    case Kind::Authorities:
        break;
    }
    return ReportBuilder::tr("Report on the visit to %1").arg(place);
}

Cover cover(const ReportInput& in, const QByteArray& logo)
{
    Cover c;
    c.bodyName = in.bodyName;
    c.logo = logo;
    c.title = coverTitle(in.kind, in.place.name);
    c.placeName = in.place.name;
    c.placeType = VocabularyLabels::placeType(in.place.type);
    c.authority = in.place.authority;
    const Visit& v = in.visit;
    c.visitDates =
        ReportLabels::dateRange(in.locale, v.actualStart ? v.actualStart : v.plannedStart,
                                v.actualStart ? v.actualEnd : v.plannedEnd);
    c.visitType = VocabularyLabels::visitType(v.type);
    c.unannounced = v.unannounced;
    for (const VisitMember& m : in.team) { // lead first
        const QString role = ReportLabels::role(m.role);
        auto group = std::find_if(c.teamByRole.begin(), c.teamByRole.end(),
                                  [&role](const auto& g) { return g.first == role; });
        if (group == c.teamByRole.end())
            c.teamByRole.append({role, {m.personName}});
        else
            group->second.append(m.personName);
    }
    return c;
}

Section summary(const ReportInput& in, const Cover& c)
{
    Section s;
    s.key = QStringLiteral("summary");
    s.title = ReportBuilder::tr("Summary");
    const QString who =
        in.bodyName.isEmpty() ? ReportBuilder::tr("The monitoring team") : in.bodyName;
    QString first =
        c.visitDates.isEmpty()
            ? ReportBuilder::tr("%1 visited %2 (%3).").arg(who, c.placeName, c.placeType)
            : ReportBuilder::tr("%1 visited %2 (%3) on %4.")
                  .arg(who, c.placeName, c.placeType, c.visitDates);
    first += QLatin1Char(' ') + (in.visit.unannounced
                                     ? ReportBuilder::tr("The visit was unannounced.")
                                     : ReportBuilder::tr("The visit was announced in advance."));
    s.blocks.append(Paragraph{first, {}});
    // Its text is written by countInSummary once the document holds what it lists.
    s.blocks.append(Paragraph{
        QString(), {QStringLiteral("report_counts"), QString::number(in.findings.size())}});
    return s;
}

} // namespace

ReportBuilder::ReportBuilder(RecordContext& ctx, AttachmentStore* attachments, Options options)
    : m_ctx(ctx), m_attachments(attachments), m_options(std::move(options))
{
}

QString ReportBuilder::internalMarking(const QString& bodyName)
{
    return bodyName.isEmpty() ? tr("Confidential — internal notes of the monitoring body")
                              : tr("Confidential — internal notes of %1").arg(bodyName);
}

QString ReportBuilder::sectionText(const Section& section)
{
    // The section's own paragraphs (built, or the lead's replacement), not
    // the paragraphs and quotes added under it, which are edited one by one.
    QStringList parts;
    for (const Block& block : section.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block); p && p->source.entity != u"report_item")
            parts.append(p->text);
    }
    return parts.join(QStringLiteral("\n\n"));
}

void ReportBuilder::countInSummary(ReportDocument& document)
{
    qsizetype listed = 0;
    std::function<void(const QList<Section>&)> count = [&](const QList<Section>& sections) {
        for (const Section& s : sections) {
            for (const Block& block : s.blocks) {
                if (const auto* list = std::get_if<RecommendationList>(&block))
                    listed += list->entries.size();
            }
            count(s.subsections);
        }
    };
    count(document.sections);
    for (Section& s : document.sections) {
        if (s.key != u"summary")
            continue;
        for (Block& block : s.blocks) {
            auto* p = std::get_if<Paragraph>(&block);
            if (!p || p->source.entity != u"report_counts")
                continue; // the lead's own text is left as written
            // Findings: all the team made (a public summary lists the key ones);
            // recommendations: those this document lists.
            p->text = tr("The team made %n finding(s).", nullptr, p->source.id.toInt()) +
                      QLatin1Char(' ') +
                      tr("This report makes %n recommendation(s).", nullptr, int(listed));
        }
    }
}

Result<ReportDocument> ReportBuilder::build(const QString& visitId, Kind kind,
                                            const QString& language)
{
    auto input = ReportInput::load(m_ctx, visitId);
    if (!input)
        return input.error();
    ReportInput& in = *input;
    in.kind = kind;
    in.language = !language.isEmpty()            ? language
                  : !in.visit.language.isEmpty() ? in.visit.language
                                                 : QStringLiteral("en");
    in.locale = QLocale(in.language);
    in.bodyName = m_options.bodyName;
    if (m_options.keepExcluded) {
        for (ReportItem& item : in.items)
            item.excludedKinds.clear();
    }

    ReportDocument doc;
    doc.kind = kind;
    doc.language = in.language;
    doc.rightToLeft = in.locale.textDirection() == Qt::RightToLeft;
    doc.visitId = visitId;
    if (kind == Kind::InternalNotes)
        doc.marking = internalMarking(m_options.bodyName);
    doc.cover = cover(in, m_options.logo);

    doc.sections.append(summary(in, doc.cover));
    doc.sections.append(MethodologySection::build(in));
    doc.sections.append(FindingSections::build(in));
    auto recommendations = RecommendationSections::recommendations(m_ctx, in);
    if (!recommendations)
        return recommendations.error();
    doc.sections.append(*recommendations);
    auto followUp = RecommendationSections::followUp(m_ctx, in);
    if (!followUp)
        return followUp.error();
    doc.sections.append(*followUp);
    auto annexes = AnnexSections::build(m_ctx, m_attachments, in);
    if (!annexes)
        return annexes.error();
    doc.sections.append(*annexes);

    ReportEditApplier::apply(doc, in);
    countInSummary(doc);
    return doc;
}

} // namespace vigil::report
