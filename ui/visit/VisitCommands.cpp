#include "ui/visit/VisitCommands.h"

#include "core/repo/EntitySpec.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "ui/UiContext.h"

#include <utility>

namespace vigil {

namespace visitcmd {

Status restore(UiContext& ctx, const EntitySpec& spec, const QString& id)
{
    auto tx = ctx.records().beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->restore(spec, id));
    return tx->commit();
}

QString pushCreate(UiContext& ctx, const QString& text, const EntitySpec& spec, Create create,
                   Remove remove)
{
    // The id only exists after the first redo; both steps share it.
    auto id = std::make_shared<QString>();
    const EntitySpec* s = &spec;
    auto redo = [&ctx, s, id, create = std::move(create)]() -> Status {
        if (!id->isEmpty())
            return restore(ctx, *s, *id);
        auto created = create();
        if (!created)
            return created.error();
        *id = *created;
        return {};
    };
    auto undo = [id, remove = std::move(remove)]() {
        return remove(*id);
    };
    auto* command = new RecordCommand(ctx, text, QLatin1StringView(spec.entity), QString(),
                                      std::move(redo), std::move(undo));
    if (!RecordCommand::push(ctx, command))
        return {};
    return *id;
}

bool pushRemove(UiContext& ctx, const QString& text, const EntitySpec& spec, const QString& id,
                Remove remove, RecordCommand::Step relink)
{
    const EntitySpec* s = &spec;
    auto redo = [id, remove = std::move(remove)]() {
        return remove(id);
    };
    auto undo = [&ctx, s, id, relink = std::move(relink)]() -> Status {
        VIGIL_TRY(restore(ctx, *s, id));
        return relink ? relink() : Status();
    };
    return RecordCommand::push(ctx, new RecordCommand(ctx, text, QLatin1StringView(spec.entity), id,
                                                      std::move(redo), std::move(undo)));
}

bool pushRemoveEvidence(UiContext& ctx, const QString& text, const EntitySpec& spec,
                        const QString& kind, const QString& id, Remove remove)
{
    auto citing = FindingRepository(ctx.records()).findingsUsing(id);
    if (!citing) {
        ctx.report(citing.error());
        return false;
    }
    QStringList findingIds;
    for (const Finding& f : *citing)
        findingIds << f.id;
    auto relink = [&ctx, kind, id, findingIds]() -> Status {
        FindingRepository findings(ctx.records());
        for (const QString& findingId : findingIds) {
            auto link = findings.linkEvidence(findingId, kind, id);
            if (!link)
                return link.error();
        }
        return {};
    };
    return pushRemove(ctx, text, spec, id, std::move(remove), std::move(relink));
}

bool pushEdit(UiContext& ctx, const QString& text, const EntitySpec& spec, const QString& id,
              const QString& mergeKey, const QVariant& oldValue, const QVariant& newValue,
              Write write)
{
    if (oldValue == newValue)
        return true;
    return RecordCommand::push(ctx, new FieldEditCommand(ctx, text, QLatin1StringView(spec.entity),
                                                         id, mergeKey, oldValue, newValue, write));
}

} // namespace visitcmd

FieldEditCommand::FieldEditCommand(UiContext& ctx, const QString& text, const QString& entity,
                                   const QString& id, QString mergeKey, const QVariant& oldValue,
                                   const QVariant& newValue, const visitcmd::Write& write)
    : FieldEditCommand(ctx, text, entity, id, std::move(mergeKey), oldValue,
                       std::make_shared<QVariant>(newValue), write)
{
}

FieldEditCommand::FieldEditCommand(UiContext& ctx, const QString& text, const QString& entity,
                                   const QString& id, QString mergeKey, const QVariant& oldValue,
                                   std::shared_ptr<QVariant> latest, const visitcmd::Write& write)
    : RecordCommand(
          ctx, text, entity, id, [latest, write] { return write(*latest); },
          [oldValue, write] { return write(oldValue); }),
      m_mergeKey(std::move(mergeKey)), m_oldValue(oldValue), m_latest(std::move(latest))
{
}

int FieldEditCommand::id() const
{
    return 0x56495349; // one id for all field edits; mergeWith compares the keys
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const FieldEditCommand*>(other);
    if (!edit || m_mergeKey.isEmpty() || edit->m_mergeKey != m_mergeKey)
        return false;
    *m_latest = *edit->m_latest;
    // Typed and then typed back: nothing left to undo.
    setObsolete(*m_latest == m_oldValue);
    return true;
}

} // namespace vigil
