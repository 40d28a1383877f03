#include "core/sync/exchange/RecordVisit.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QLatin1StringView>

namespace vigil {

namespace {

// How a record reaches its visit: the column naming its parent and the
// parent's entity (every record table is named after its entity).
struct ParentLink
{
    const char* entity;
    const char* column;
    const char* parent;
};

constexpr ParentLink kLinks[] = {
    {"visit_member", "visit_id", "visit"},
    {"visit_transition", "visit_id", "visit"},
    {"access_event", "visit_id", "visit"},
    {"interview", "visit_id", "visit"},
    {"observation", "visit_id", "visit"},
    {"register_check", "visit_id", "visit"},
    {"finding", "visit_id", "visit"},
    {"allegation", "visit_id", "visit"},
    {"reprisal_allegation", "visit_id", "visit"}, // optional: none for a file outside visits
    {"recommendation", "visit_id", "visit"},
    {"checklist_response", "visit_id", "visit"},
    {"report_item", "visit_id", "visit"},
    {"consent_record", "interview_id", "interview"},
    {"identity_entry", "interview_id", "interview"},
    {"finding_evidence", "finding_id", "finding"},
    {"recommendation_finding", "recommendation_id", "recommendation"},
    // A follow-up event may name a later visit; it belongs with its recommendation.
    {"recommendation_event", "recommendation_id", "recommendation"},
};

// attachment.owner_kind values (vocab::kAttachmentOwners), each an entity.
constexpr const char* kAttachmentOwners[] = {"visit",   "interview",      "observation",
                                             "finding", "register_check", "access_event"};

// resolution -> conflict -> attachment -> owner -> ... -> visit is the longest chain.
constexpr int kMaxDepth = 8;

const ParentLink* linkOf(const QString& entity)
{
    for (const ParentLink& link : kLinks) {
        if (entity == QLatin1StringView(link.entity))
            return &link;
    }
    return nullptr;
}

const char* ownerEntity(const QString& kind)
{
    for (const char* owner : kAttachmentOwners) {
        if (kind == QLatin1StringView(owner))
            return owner;
    }
    return nullptr;
}

} // namespace

Result<std::optional<QString>> RecordVisit::visitOf(const QString& entity, const QString& entityId)
{
    return resolve(entity, entityId, 0);
}

Result<std::optional<QString>> RecordVisit::resolve(const QString& entity, const QString& entityId,
                                                    int depth)
{
    using Answer = std::optional<QString>;
    if (entity == QLatin1StringView("visit"))
        return Answer(entityId);
    if (const auto hit = m_cache.constFind(entityId); hit != m_cache.constEnd())
        return Answer(*hit);
    if (depth > kMaxDepth)
        return Answer(QString());

    // Follows one parent reference; an unknown parent leaves the answer open.
    const auto up = [&](const char* parentEntity, const Answer& parentId) -> Result<Answer> {
        if (!parentId)
            return Answer();
        if (parentId->isEmpty())
            return Answer(QString());
        return resolve(QLatin1StringView(parentEntity), *parentId, depth + 1);
    };

    Result<Answer> answer = Answer(QString()); // organisation records, unknown entities
    if (const ParentLink* link = linkOf(entity)) {
        auto parent = field(link->entity, link->column, entityId);
        if (!parent)
            return parent.error();
        answer = up(link->parent, *parent);
    } else if (entity == QLatin1StringView("attachment")) {
        auto kind = field("attachment", "owner_kind", entityId);
        if (!kind)
            return kind.error();
        auto owner = field("attachment", "owner_id", entityId);
        if (!owner)
            return owner.error();
        if (!*kind || !*owner)
            answer = Answer();
        else if (const char* ownerKind = ownerEntity(**kind))
            answer = up(ownerKind, *owner);
    } else if (entity == QLatin1StringView("sync_resolution")) {
        auto conflict = field("sync_resolution", "conflict_id", entityId);
        if (!conflict)
            return conflict.error();
        answer = !*conflict ? Result<Answer>(Answer()) : conflictVisit(**conflict, depth);
    }
    if (!answer)
        return answer.error();
    if (*answer) // only settled answers: a missing parent may arrive
        m_cache.insert(entityId, **answer);
    return answer;
}

Result<std::optional<QString>> RecordVisit::conflictVisit(const QString& conflictId, int depth)
{
    // A resolution goes where the record in conflict goes. Conflicts are
    // derived from the change log here; one that is not (or no longer) here
    // names no visit.
    auto stmt = m_db.cached("SELECT entity, entity_id FROM sync_conflict WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, conflictId);
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    const QString target = *row ? (*stmt)->columnText(0) : QString();
    const QString targetId = *row ? (*stmt)->columnText(1) : QString();
    (void)(*stmt)->reset(); // before recursing: the statement is shared
    if (targetId.isEmpty())
        return std::optional<QString>(QString());
    return resolve(target, targetId, depth + 1);
}

Result<std::optional<QString>> RecordVisit::field(const char* table, const char* column,
                                                  const QString& id)
{
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM " + table + " WHERE id = ?";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    if (*row) {
        const QString value = (*stmt)->isNull(0) ? QString() : (*stmt)->columnText(0);
        (void)(*stmt)->reset();
        return std::optional<QString>(value);
    }
    (void)(*stmt)->reset();
    return loggedField(column, id);
}

Result<std::optional<QString>> RecordVisit::loggedField(const char* column, const QString& id)
{
    // The value the materialiser would give the field once it can: the
    // newest op holding one; a cleared field only when no op holds one.
    auto stmt = m_db.cached("SELECT value FROM change_op WHERE entity_id = ? AND field = ? "
                            "ORDER BY value IS NULL, hlc DESC, device_id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, column);
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    std::optional<QString> value;
    if (*row)
        value = (*stmt)->isNull(0) ? QString() : (*stmt)->columnText(0);
    (void)(*stmt)->reset();
    return value;
}

} // namespace vigil
