#pragma once

#include <QString>
#include <QStringList>

namespace vigil::report {

// What the recommendation tracker lists (DOMAIN.md §6: outstanding and
// implemented recommendations per place, authority and theme, across years).
// Every set filter narrows the list; an empty one does not filter. Codes are
// those of core/model/Vocabulary.h.
struct TrackerFilter
{
    enum class Sort
    {
        VisitDate, // the date of the visit the recommendation was made on
        Place,     // place name
        Number,    // the recommendation's number within its visit
        Status,    // in the order of vocab::kRecommendationStatuses (the lifecycle's)
        Priority,  // low to urgent
        Deadline,  // earliest first; none set last
        Addressee, // in the order of vocab::kAddressees
    };

    // Current statuses. Empty: every status but "draft" (a draft was never
    // sent, so there is nothing to follow); name "draft" to see drafts.
    QStringList statuses;
    QStringList addressees; // vocab::kAddressees
    QString authority;      // the place's supervising authority, as written on the place
    // Themes: recommendations argued from at least one finding of these categories.
    QStringList categories;
    QStringList placeTypes;
    QString placeId;
    QString bodyId; // the body the place belongs to
    // Calendar years of the visit date (RecommendationSummary::visitDate) in
    // local time, inclusive; 0 leaves that end open.
    int fromYear = 0;
    int toYear = 0;
    // Words of the recommendation's text, matched like the search page
    // (SearchQuery::toFtsExpression: accents and case ignored, last word a prefix).
    QString text;

    Sort sort = Sort::VisitDate;
    bool descending = false;
    // One page: rows [offset, offset + limit); limit 0 or less: all rows.
    qint64 offset = 0;
    qint64 limit = 0;
};

} // namespace vigil::report
