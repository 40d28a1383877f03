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
    // "recommendation:<id>", "photo:<id>", "item:<id>"), or for a section's
    // replaced text the section and the kind it is for ("summary@public":
    // textKeyOf); empty otherwise.
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
    // A section's text is replaced per kind of report (internal notes hold
    // what a public summary must not), so its text edit has a key of its own.
    static QString textKeyOf(const QString& key, Kind kind)
    {
        return key + QLatin1Char('@') + kindCode(kind);
    }

    // Stored rows (oldest change first) with the edit rows of one key merged
    // into one, field by field: two devices may each have created a row for
    // the key before syncing. Exclusions are the union (an exclusion made on
    // either device holds: fail closed); text and position the newest set
    // one; id and updatedHlc the newest row's, which later writes go to.
    static QList<ReportItem> merged(const QList<ReportItem>& rows);
};

} // namespace vigil::report
