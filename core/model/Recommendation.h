#pragma once

#include <QDate>
#include <QString>

namespace vigil {

// A recommendation made after a visit (DOMAIN.md §6), numbered within the
// visit. Its status moves only through RecommendationLifecycle.
struct Recommendation
{
    QString id;
    QString visitId;
    qint64 number = 0; // assigned on creation: next in the visit, never reused
    QString text;
    QString addressee;                           // vocab::kAddressees
    QString level = QStringLiteral("place");     // vocab::kRecommendationLevels
    QString priority = QStringLiteral("medium"); // vocab::kPriorities
    QDate deadline;                              // null: none set
    QString repeatedFrom; // a recommendation of an earlier visit to the same place
    QString status = QStringLiteral("draft"); // vocab::kRecommendationStatuses; read only
};

// A recommendation with the visit it was made on, for follow-up lists.
struct RecommendationSummary
{
    Recommendation recommendation;
    QString placeId;
    // The visit's date in Unix ms: its actual start, else its planned start,
    // else when it was recorded.
    qint64 visitDate = 0;
};

// One recorded step of a recommendation's lifecycle.
struct RecommendationEvent
{
    QString id;
    QString recommendationId;
    QString kind;    // vocab::kRecommendationEventKinds
    QString status;  // the status the step led to
    qint64 at = 0;   // when it took effect (e.g. the date of the authority's reply), Unix ms
    QString visitId; // the visit that checked implementation, if any
    QString evidence;
    QString note;
};

// A prompt for the recommendation editor towards a SMART recommendation.
struct SmartHint
{
    QString code;    // stable: addressee_missing, addressee_cannot_act, deadline_missing,
                     // finding_missing, text_missing
    QString field;   // the editor field it concerns: addressee, deadline, findings, text
    QString message; // translated
};

} // namespace vigil
