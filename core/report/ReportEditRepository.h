#pragma once

#include "core/report/ReportItem.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace vigil {
class RecordContext;
}

namespace vigil::report {

// The lead inspector's edits to a visit's report, stored in report_item like
// any record (WriteTx: change log, audit, sync). The only writer of that
// table. ReportBuilder applies the edits; the records they touch (a finding's
// text, an interview) never change.
//
// Every change returns what it replaced, so the UI can build the inverse as a
// QUndoCommand: setText/setExcluded/move return the previous value (write it
// back to undo); addQuote/addParagraph return the new id (remove() undoes);
// remove() is undone by restore().
class ReportEditRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::ReportEditRepository)
public:
    // The builder gives the n-th child of a section the position n * kPositionStep.
    static constexpr qint64 kPositionStep = 1024;

    explicit ReportEditRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // Replaces the text of a section ("summary", "methodology", "finding:<id>",
    // ...) in reports of `kind` only (the text the lead edits is the one built
    // for that kind: internal notes show more than a public summary), or the
    // text of an added quote or paragraph ("item:<id>"; it has one text in
    // every kind, `kind` is ignored). std::nullopt goes back to the builder's
    // text (not allowed for an added item). Returns the previous replacement.
    Result<std::optional<QString>> setText(const QString& visitId, const QString& itemKey,
                                           Kind kind, const std::optional<QString>& text);
    // Leaves the item out of the reports of these kinds (empty: out of none).
    // Returns the previous kinds (of all rows of the key: ReportItem::merged).
    Result<QList<Kind>> setExcluded(const QString& visitId, const QString& itemKey,
                                    const QList<Kind>& kinds);
    // Sets the item's sort key among its siblings (Section::position; for
    // added items, among the blocks of their section, whose n-th built block
    // has n * kPositionStep). std::nullopt: back to the builder's order.
    // Returns the previous key.
    Result<std::optional<qint64>> move(const QString& visitId, const QString& itemKey,
                                       std::optional<qint64> position);
    // An excerpt of an interview of the visit, placed at the end of section
    // `anchorKey`. Refused unless the interview's consent in force allows
    // quoting at all; the publication guard decides per report kind. The
    // item takes the interview's scope, so sync shares it no wider.
    Result<QString> addQuote(const QString& visitId, const QString& interviewId,
                             const QString& anchorKey, const QString& excerpt);
    // A paragraph of the lead's own at the end of section `anchorKey`.
    Result<QString> addParagraph(const QString& visitId, const QString& anchorKey,
                                 const QString& text);
    Status remove(const QString& id);
    Status restore(const QString& id);
    Result<ReportItem> get(const QString& id);
    // Live items of the visit, oldest change first, the rows of one edit key
    // merged into one (ReportItem::merged).
    Result<QList<ReportItem>> list(const QString& visitId);

    // The stored form of a list of kinds, and back.
    static QStringList kindCodes(const QList<Kind>& kinds);
    static QList<Kind> kindsFromCodes(const QString& stored);

private:
    struct Current
    {
        QString id; // the newest row; empty: the key has no edit row yet
        std::optional<QString> text;
        QList<Kind> excluded;
        std::optional<qint64> position;
        ReportItem::Type type = ReportItem::Type::Edit;
        QList<ReportItem> older; // other rows of the key (two devices), newest first
    };
    Result<Current> current(const QString& visitId, const QString& itemKey);
    // Updates the key's newest edit row (or the added item itself), inserting
    // the row if needed; on the key's older rows, clears what the new value
    // clears, so that their value does not show through the merge.
    Status write(const QString& visitId, const QString& itemKey, const Current& now,
                 const char* field, const QVariant& value);

    RecordContext& m_ctx;
};

} // namespace vigil::report
