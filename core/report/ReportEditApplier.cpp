#include "core/report/ReportEditApplier.h"

#include "core/report/ReportEditRepository.h"
#include "core/report/ReportLabels.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace vigil::report {

namespace {

// Added quotes and paragraphs point at their report_item; a section's
// replaced text at its edit, as "report_text" so the two are told apart.
const QString kReportItem = QStringLiteral("report_item");
const QString kReportText = QStringLiteral("report_text");

bool isOwn(const Block& block)
{
    const auto* p = std::get_if<Paragraph>(&block);
    return p && p->source.entity != kReportItem;
}

QStringList paragraphsOf(const QString& text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QStringList out;
    for (const QString& part : text.split(blankLine, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

QString ReportEditApplier::blockKey(const Block& block)
{
    if (const auto* list = std::get_if<RecommendationList>(&block); list)
        return {}; // entries are addressed one by one
    if (const auto* image = std::get_if<Image>(&block); image)
        return QStringLiteral("photo:") + image->source.id;
    const Source* source = nullptr;
    if (const auto* p = std::get_if<Paragraph>(&block))
        source = &p->source;
    else if (const auto* q = std::get_if<Quote>(&block))
        source = &q->source;
    if (source && source->entity == kReportItem)
        return ReportItem::itemKeyOf(source->id);
    return {};
}

void ReportEditApplier::replaceText(Section& section, const ReportInput& in)
{
    // Only the text written for this kind: internal notes' detail must not
    // reach a public summary.
    if (const ReportItem* edit = in.textEdit(section.key)) {
        const auto first = std::find_if(section.blocks.begin(), section.blocks.end(), isOwn);
        qsizetype at = first - section.blocks.begin();
        section.blocks.removeIf(isOwn);
        at = std::min(at, section.blocks.size());
        for (const QString& text : paragraphsOf(*edit->text))
            section.blocks.insert(at++, Paragraph{text, {kReportText, edit->id}});
    }
    for (Section& sub : section.subsections)
        replaceText(sub, in);
}

void ReportEditApplier::addItems(Section& section, const ReportInput& in)
{
    struct Placed
    {
        qint64 position;
        int rank; // built blocks before added ones at the same position
        QString id;
        Block block;
    };
    QList<Placed> placed;
    for (qsizetype i = 0; i < section.blocks.size(); ++i)
        placed.append(
            {qint64(i) * ReportEditRepository::kPositionStep, 0, QString(), section.blocks.at(i)});
    bool added = false;
    for (const ReportItem& item : in.items) {
        if (item.type == ReportItem::Type::Edit || item.anchorKey != section.key ||
            item.excludedKinds.contains(in.kind) || !item.text)
            continue;
        const Source source{kReportItem, item.id};
        Block block = Paragraph{*item.text, source};
        if (item.type == ReportItem::Type::Quote) {
            const Interview* interview = in.interview(item.interviewId);
            block = Quote{*item.text,
                          interview ? ReportLabels::quoteAttribution(interview->kind) : QString(),
                          item.interviewId, source};
        }
        // Without a position: at the end, in the order they were added (ids are time-ordered).
        placed.append(
            {item.position.value_or(std::numeric_limits<qint64>::max()), 1, item.id, block});
        added = true;
    }
    if (added) {
        std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
            if (a.position != b.position)
                return a.position < b.position;
            if (a.rank != b.rank)
                return a.rank < b.rank;
            return a.id < b.id;
        });
        section.blocks.clear();
        for (const Placed& p : placed)
            section.blocks.append(p.block);
    }
    for (Section& sub : section.subsections)
        addItems(sub, in);
}

void ReportEditApplier::exclude(QList<Section>& sections, const ReportInput& in)
{
    sections.removeIf([&in](const Section& s) { return in.excluded(s.key); });
    for (Section& s : sections) {
        for (Block& block : s.blocks) {
            if (auto* list = std::get_if<RecommendationList>(&block)) {
                list->entries.removeIf([&in](const RecommendationEntry& e) {
                    return in.excluded(QStringLiteral("recommendation:") + e.source.id);
                });
            }
        }
        s.blocks.removeIf([&in](const Block& b) {
            if (const auto* list = std::get_if<RecommendationList>(&b))
                return list->entries.isEmpty();
            const QString key = blockKey(b);
            return !key.isEmpty() && in.excluded(key);
        });
        exclude(s.subsections, in);
        // Emptied by the exclusions (e.g. every finding of a category left out).
        s.subsections.removeIf(
            [](const Section& sub) { return sub.blocks.isEmpty() && sub.subsections.isEmpty(); });
    }
}

void ReportEditApplier::position(QList<Section>& sections, const ReportInput& in)
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        Section& s = sections[i];
        s.position = qint64(i) * ReportEditRepository::kPositionStep;
        if (const ReportItem* edit = in.edit(s.key); edit && edit->position)
            s.position = *edit->position;
        position(s.subsections, in);
    }
}

void ReportEditApplier::sort(QList<Section>& sections)
{
    std::stable_sort(sections.begin(), sections.end(),
                     [](const Section& a, const Section& b) { return a.position < b.position; });
    for (Section& s : sections)
        sort(s.subsections);
}

void ReportEditApplier::apply(ReportDocument& document, const ReportInput& in)
{
    for (Section& s : document.sections) {
        replaceText(s, in);
        addItems(s, in);
    }
    // Default keys come from the full built order, before anything is left
    // out, so that a moved section lands in the same place in every kind.
    position(document.sections, in);
    exclude(document.sections, in);
    document.sections.removeIf(
        [](const Section& s) { return s.blocks.isEmpty() && s.subsections.isEmpty(); });
    sort(document.sections);
}

} // namespace vigil::report
