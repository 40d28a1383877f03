#pragma once

#include "core/report/ReportDocument.h"

#include <QList>
#include <QString>
#include <optional>

namespace vigil::report {

// One stored change the lead inspector made to a visit's report (table
// report_item, docs/reports.md). The builder applies them on every build;
// the records themselves (findings, interviews) never change.
struct ReportItem
{
    enum class Type
    {
        Edit,      // changes the item `itemKey`: text, exclusions, position
        Quote,     // an excerpt of interview `interviewId`, under `anchorKey`
        Paragraph, // text of the lead's own, under `anchorKey`
    };

    QString id;
    QString visitId;
    Type type = Type::Edit;
    // Edit: the section or block it changes ("summary", "finding:<id>",
    // "recommendation:<id>", "photo:<id>", "item:<id>"); empty otherwise.
    QString itemKey;
    // Edit: the text that replaces the builder's (none: the builder's own);
    // Quote and Paragraph: their text.
    std::optional<QString> text;
    QList<Kind> excludedKinds;      // the kinds this item is left out of
    std::optional<qint64> position; // sort key among siblings; none: the builder's order
    QString interviewId;            // Quote
    QString anchorKey;              // Quote and Paragraph: the key of the section they sit in
    qint64 updatedHlc = 0;          // concurrent edits of one key (two devices) merge in this order

    // The key other edits address this item by.
    QString key() const { return type == Type::Edit ? itemKey : itemKeyOf(id); }
    static QString itemKeyOf(const QString& id) { return QStringLiteral("item:") + id; }
};

} // namespace vigil::report
