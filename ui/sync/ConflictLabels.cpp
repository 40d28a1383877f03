#include "ui/sync/ConflictLabels.h"

#include "core/model/VocabularyLabels.h"
#include "core/repo/EvidenceLookup.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "ui/LocaleFormat.h"

namespace vigil {

namespace {

struct Label
{
    const char* code;
    const char* text; // source text in the vigil::ConflictLabels context
};

// The kinds VocabularyLabels::recordKind does not name.
constexpr Label kEntities[] = {
    {"body", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Body")},
    {"person", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Person")},
    {"place", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Place")},
    {"place_unit", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Unit")},
    {"visit", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Visit")},
    {"visit_member", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Team member")},
    {"consent_record", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Consent")},
    {"identity_entry", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Identity entry")},
    {"allegation", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Allegation")},
    {"reprisal_allegation", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Reprisal allegation")},
    {"recommendation_event", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Follow-up step")},
    {"checklist_template", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Checklist template")},
    {"checklist_response", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Checklist answer")},
    {"attachment", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Attachment")},
    {"report_item", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Report text")},
};

// The prose fields (where conflicts arise) and the usual fields an edit
// racing a deletion touches.
constexpr Label kFields[] = {
    {"risk_notes", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Risk notes")},
    {"objectives", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Objectives")},
    {"description", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Description")},
    {"notes", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Notes")},
    {"facts", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Facts")},
    {"analysis", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Analysis")},
    {"summary", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Summary")},
    {"what", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "What happened")},
    {"assessment", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Assessment")},
    {"actions", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Actions taken")},
    {"text", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Text")},
    {"evidence", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Evidence")},
    {"note", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Note")},
    {"definition", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Template")},
    {"title", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Title")},
    {"name", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Name")},
    {"severity", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Severity")},
    {"category", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Category")},
    {"status", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Status")},
    {"answer", QT_TRANSLATE_NOOP("vigil::ConflictLabels", "Answer")},
};

template <std::size_t N> const char* find(const Label (&labels)[N], const QString& code)
{
    for (const Label& l : labels) {
        if (code == QLatin1StringView(l.code))
            return l.text;
    }
    return nullptr;
}

QString readable(const QString& code)
{
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString firstLine(const QString& text)
{
    constexpr qsizetype kMax = 80;
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > kMax ? line.left(kMax - 1) + QChar(0x2026) : line;
}

} // namespace

QString ConflictLabels::entity(const QString& entity)
{
    if (const char* text = find(kEntities, entity))
        return tr(text);
    const QString known = VocabularyLabels::recordKind(entity);
    return known == entity ? readable(entity) : known;
}

QString ConflictLabels::field(const QString& field)
{
    if (const char* text = find(kFields, field))
        return tr(text);
    return readable(field);
}

QString ConflictLabels::recordSummary(RecordContext& ctx, const QString& entity, const QString& id)
{
    if (entity == QLatin1StringView("finding")) {
        auto finding = FindingRepository(ctx).get(id);
        return finding ? firstLine(finding->title) : QString();
    }
    if (entity == QLatin1StringView("recommendation")) {
        auto r = RecommendationRepository(ctx).get(id);
        return r ? tr("No. %1: %2").arg(r->number).arg(firstLine(r->text)) : QString();
    }
    if (entity == QLatin1StringView("place")) {
        auto place = PlaceRepository(ctx).get(id);
        return place ? firstLine(place->name) : QString();
    }
    if (entity == QLatin1StringView("visit")) {
        auto visit = VisitRepository(ctx).get(id);
        if (!visit)
            return {};
        auto place = PlaceRepository(ctx).get(visit->placeId);
        const QString when = localeformat::date(visit->plannedStart);
        return place ? tr("%1, %2").arg(firstLine(place->name), when) : when;
    }
    // Interviews by pseudonym, observations by title and the like.
    auto target = EvidenceLookup::find(ctx.db(), entity, id);
    return target ? firstLine(target->title) : QString();
}

} // namespace vigil
