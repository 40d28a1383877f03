#include "core/report/PublicationGuard.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "core/repo/WriteTx.h"
#include "core/report/GuardChecker.h"
#include "core/report/ReportBuilder.h"

namespace vigil::report {

namespace {

constexpr qsizetype kShortestIdentity = 3;

bool sameSource(const Source& a, const Source& b)
{
    return a.entity == b.entity && a.id == b.id;
}

// Takes out of `blocks` what `f` points at; true if anything matched.
bool removeBlocks(QList<Block>& blocks, const GuardFinding& f)
{
    const QString& sentence = f.sentence;
    bool matched = false;
    for (Block& block : blocks) {
        if (auto* t = std::get_if<Table>(&block); t && sameSource(t->source, f.source)) {
            matched |= t->rows.removeIf([&sentence](const QStringList& row) {
                return std::any_of(row.begin(), row.end(),
                                   [&sentence](const QString& c) { return c.contains(sentence); });
            }) > 0;
            if (t->caption.contains(sentence)) {
                t->caption.clear();
                matched = true;
            }
        } else if (auto* list = std::get_if<RecommendationList>(&block)) {
            matched |= list->entries.removeIf([&f](const RecommendationEntry& e) {
                return sameSource(e.source, f.source) &&
                       (e.text.contains(f.sentence) || e.repeats.contains(f.sentence));
            }) > 0;
        }
    }
    matched |= blocks.removeIf([&f](const Block& block) {
        if (const auto* p = std::get_if<Paragraph>(&block))
            return sameSource(p->source, f.source) && p->text.contains(f.sentence);
        if (const auto* q = std::get_if<Quote>(&block))
            return sameSource(q->source, f.source);
        if (const auto* img = std::get_if<Image>(&block))
            return sameSource(img->source, f.source);
        if (const auto* list = std::get_if<RecommendationList>(&block))
            return list->entries.isEmpty();
        return false;
    }) > 0;
    return matched;
}

// Applies one removal below `sections`; true once it found its section.
bool removeIn(QList<Section>& sections, const GuardFinding& f)
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        Section& s = sections[i];
        if (s.key == f.sectionKey) {
            if (!f.sentence.isEmpty() && s.title.contains(f.sentence)) {
                sections.removeAt(i);
                return true;
            }
            removeBlocks(s.blocks, f);
            return true;
        }
        if (removeIn(s.subsections, f))
            return true;
    }
    return false;
}

void blankIn(QString& field, const QString& sentence)
{
    if (!sentence.isEmpty() && field.contains(sentence))
        field.clear();
}

} // namespace

Result<GuardReport> PublicationGuard::check(const ReportDocument& document,
                                            std::span<const SecretBuffer> knownIdentities)
{
    QStringList identities;
    for (const SecretBuffer& secret : knownIdentities) {
        QString value = secret.toDisplayString();
        if (value.trimmed().size() >= kShortestIdentity)
            identities.append(value.trimmed());
        wipeString(value);
    }
    // The checker owns (and wipes) the copies from here on, whatever happens below.
    GuardChecker checker(m_ctx.db(), document, std::move(identities));
    auto listed = InterviewRepository(m_ctx).forVisit(document.visitId);
    if (!listed)
        return listed.error();
    auto visit = VisitRepository(m_ctx).get(document.visitId);
    if (!visit)
        return visit.error();
    auto placeUnits = PlaceRepository(m_ctx).units(visit->placeId);
    if (!placeUnits)
        return placeUnits.error();
    checker.setContext(std::move(*listed), std::move(*placeUnits));
    return checker.run();
}

ReportDocument PublicationGuard::apply(ReportDocument document, const GuardReport& report)
{
    for (const GuardFinding& f : report.removals()) {
        if (f.sectionKey == u"cover") {
            Cover& c = document.cover;
            for (QString* field : {&c.title, &c.placeName, &c.authority, &c.bodyName})
                blankIn(*field, f.sentence);
            for (auto& [role, names] : c.teamByRole)
                names.removeIf([&f](const QString& n) { return n.contains(f.sentence); });
            continue;
        }
        removeIn(document.sections, f);
    }
    ReportBuilder::countInSummary(document);
    return document;
}

Status PublicationGuard::recordDecision(RecordContext& ctx, const QString& visitId, Kind kind,
                                        const QList<GuardFinding>& accepted)
{
    // Codes and places only: the sentences may be what must not spread.
    QStringList what;
    for (const GuardFinding& f : accepted) {
        const QString item = f.code + QLatin1Char('@') + f.sectionKey;
        if (!what.contains(item))
            what.append(item);
    }
    const QString detail = QStringLiteral("kind=%1; accepted=%2; warnings=%3")
                               .arg(kindCode(kind), what.join(QLatin1Char(',')))
                               .arg(accepted.size());
    auto visit = VisitRepository(ctx).get(visitId);
    if (!visit)
        return visit.error();
    auto tx = ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->audit("report.guard_accepted", catalog::kVisit, visitId, detail));
    return tx->commit();
}

} // namespace vigil::report
