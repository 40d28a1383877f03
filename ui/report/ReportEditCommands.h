#pragma once

#include "core/report/ReportDocument.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace vigil {

class UiContext;

// The report builder's edits as undo steps (DESIGN.md §8): each calls
// ReportEditRepository and is committed at once; undo writes back what the
// repository said it replaced. Each returns whether the edit was stored (a
// failure has been reported to the user).
class ReportEditCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ReportEditCommands)
public:
    ReportEditCommands(UiContext& ctx, QString visitId) : m_ctx(ctx), m_visitId(std::move(visitId))
    {
    }

    // In reports of `kind` only (an added item's text is the same in all);
    // std::nullopt: back to the builder's own text.
    bool setText(const QString& key, report::Kind kind, const std::optional<QString>& text);
    // Puts the item in (or leaves it out of) reports of `kind`; other kinds keep theirs.
    bool setIncluded(const QString& key, report::Kind kind, bool included);
    struct Placement
    {
        QString key;
        qint64 position = 0;
    };
    // One undo step for all of them.
    bool move(const QList<Placement>& placements);
    std::optional<QString> addParagraph(const QString& anchorKey, const QString& text);
    std::optional<QString> addQuote(const QString& interviewId, const QString& anchorKey,
                                    const QString& excerpt);
    // An added quote or paragraph ("item:<id>" or its id).
    bool remove(const QString& itemId);

    static QString kindLabel(report::Kind kind);

private:
    std::optional<QString> add(const QString& text, const std::function<Result<QString>()>& create);

    UiContext& m_ctx;
    QString m_visitId;
};

} // namespace vigil
