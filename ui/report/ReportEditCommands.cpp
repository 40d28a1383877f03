#include "ui/report/ReportEditCommands.h"

#include "core/report/ReportEditRepository.h"
#include "ui/UiContext.h"
#include "ui/undo/RecordCommand.h"

#include <QUndoStack>
#include <memory>

namespace vigil {

namespace {

const QString kEntity = QStringLiteral("report_item");

QString idOf(const QString& itemKey)
{
    return itemKey.startsWith(u"item:") ? itemKey.mid(5) : itemKey;
}

} // namespace

QString ReportEditCommands::kindLabel(report::Kind kind)
{
    switch (kind) {
    case report::Kind::InternalNotes:
        return tr("Internal notes");
    case report::Kind::Public:
        return tr("Public summary");
    case report::Kind::Authorities:
        break;
    }
    return tr("Report to the authorities");
}

bool ReportEditCommands::setText(const QString& key, report::Kind kind,
                                 const std::optional<QString>& text)
{
    UiContext& ctx = m_ctx;
    const QString visit = m_visitId;
    auto previous = std::make_shared<std::optional<QString>>();
    return RecordCommand::push(
        ctx, new RecordCommand(
                 ctx, text ? tr("Edit report text") : tr("Restore the report's own text"), kEntity,
                 visit,
                 [&ctx, visit, key, kind, text, previous]() -> Status {
                     auto replaced = report::ReportEditRepository(ctx.records())
                                         .setText(visit, key, kind, text);
                     if (!replaced)
                         return replaced.error();
                     *previous = *replaced;
                     return {};
                 },
                 [&ctx, visit, key, kind, previous]() -> Status {
                     auto back = report::ReportEditRepository(ctx.records())
                                     .setText(visit, key, kind, *previous);
                     return back ? Status() : Status(back.error());
                 }));
}

bool ReportEditCommands::setIncluded(const QString& key, report::Kind kind, bool included)
{
    UiContext& ctx = m_ctx;
    const QString visit = m_visitId;
    auto previous = std::make_shared<QList<report::Kind>>();
    //: %1 is a kind of report, e.g. "Public summary"
    const QString text = included ? tr("Include in: %1").arg(kindLabel(kind))
                                  : tr("Leave out of: %1").arg(kindLabel(kind));
    return RecordCommand::push(
        ctx,
        new RecordCommand(
            ctx, text, kEntity, visit,
            [&ctx, visit, key, kind, included, previous]() -> Status {
                report::ReportEditRepository repo(ctx.records());
                // Read the kinds now, not when the command was made: redo after
                // other edits must keep them.
                auto items = repo.list(visit);
                if (!items)
                    return items.error();
                QList<report::Kind> kinds;
                for (const report::ReportItem& item : *items) {
                    if (item.key() == key)
                        kinds = item.excludedKinds; // the newest wins
                }
                kinds.removeAll(kind);
                if (!included)
                    kinds.append(kind);
                auto replaced = repo.setExcluded(visit, key, kinds);
                if (!replaced)
                    return replaced.error();
                *previous = *replaced;
                return {};
            },
            [&ctx, visit, key, previous]() -> Status {
                auto back =
                    report::ReportEditRepository(ctx.records()).setExcluded(visit, key, *previous);
                return back ? Status() : Status(back.error());
            }));
}

bool ReportEditCommands::move(const QList<Placement>& placements)
{
    if (placements.isEmpty())
        return false;
    UiContext& ctx = m_ctx;
    const QString visit = m_visitId;
    auto previous = std::make_shared<QList<std::optional<qint64>>>();
    return RecordCommand::push(
        ctx, new RecordCommand(
                 ctx, tr("Move in the report"), kEntity, visit,
                 [&ctx, visit, placements, previous]() -> Status {
                     report::ReportEditRepository repo(ctx.records());
                     QList<std::optional<qint64>> before;
                     for (const Placement& p : placements) {
                         auto replaced = repo.move(visit, p.key, p.position);
                         if (!replaced) {
                             // Put back what was already moved: all or nothing.
                             for (qsizetype i = before.size() - 1; i >= 0; --i)
                                 (void)repo.move(visit, placements.at(i).key, before.at(i));
                             return replaced.error();
                         }
                         before.append(*replaced);
                     }
                     *previous = before;
                     return {};
                 },
                 [&ctx, visit, placements, previous]() -> Status {
                     report::ReportEditRepository repo(ctx.records());
                     for (qsizetype i = previous->size() - 1; i >= 0; --i) {
                         auto back = repo.move(visit, placements.at(i).key, previous->at(i));
                         if (!back)
                             return back.error();
                     }
                     return {};
                 }));
}

std::optional<QString> ReportEditCommands::add(const QString& text,
                                               const std::function<Result<QString>()>& create)
{
    UiContext& ctx = m_ctx;
    auto id = std::make_shared<QString>();
    const bool ok = RecordCommand::push(
        ctx, new RecordCommand(
                 ctx, text, kEntity, m_visitId,
                 [&ctx, create, id]() -> Status {
                     if (!id->isEmpty()) // a redo: the same item comes back
                         return report::ReportEditRepository(ctx.records()).restore(*id);
                     auto created = create();
                     if (!created)
                         return created.error();
                     *id = *created;
                     return {};
                 },
                 [&ctx, id]() -> Status {
                     return report::ReportEditRepository(ctx.records()).remove(*id);
                 }));
    if (!ok)
        return std::nullopt;
    return *id;
}

std::optional<QString> ReportEditCommands::addParagraph(const QString& anchorKey,
                                                        const QString& text)
{
    UiContext& ctx = m_ctx;
    const QString visit = m_visitId;
    return add(tr("Add a paragraph to the report"), [&ctx, visit, anchorKey, text] {
        return report::ReportEditRepository(ctx.records()).addParagraph(visit, anchorKey, text);
    });
}

std::optional<QString> ReportEditCommands::addQuote(const QString& interviewId,
                                                    const QString& anchorKey,
                                                    const QString& excerpt)
{
    UiContext& ctx = m_ctx;
    const QString visit = m_visitId;
    return add(tr("Add a quote to the report"), [&ctx, visit, interviewId, anchorKey, excerpt] {
        return report::ReportEditRepository(ctx.records())
            .addQuote(visit, interviewId, anchorKey, excerpt);
    });
}

bool ReportEditCommands::remove(const QString& itemId)
{
    UiContext& ctx = m_ctx;
    const QString id = idOf(itemId);
    return RecordCommand::push(
        ctx, new RecordCommand(
                 ctx, tr("Remove from the report"), kEntity, m_visitId,
                 [&ctx, id]() -> Status {
                     return report::ReportEditRepository(ctx.records()).remove(id);
                 },
                 [&ctx, id]() -> Status {
                     return report::ReportEditRepository(ctx.records()).restore(id);
                 }));
}

} // namespace vigil
