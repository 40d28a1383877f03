#pragma once

#include "core/checklist/ChecklistTemplate.h"
#include "core/demo/DemoContent.h"
#include "core/demo/DemoTimeline.h"
#include "core/repo/AccessLogRepository.h"
#include "core/repo/AllegationRepository.h"
#include "core/repo/BodyRepository.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/ChecklistTemplateRepository.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/PersonRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RegisterCheckRepository.h"
#include "core/repo/VisitLifecycle.h"
#include "core/repo/VisitRepository.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <span>
#include <vector>

namespace vigil {

class RecordContext;

// Everything the demo generator shares while it writes: the repositories
// (all on one RecordContext that runs on the demo's simulated clock), the
// random generator with its fixed seed, and what has been written so far.
class DemoWorld
{
public:
    struct Place
    {
        const demo::PlaceSeed* seed = nullptr;
        QString id;
        QString type;
        QStringList unitIds;
        QList<const demo::UnitSeed*> units;
    };

    struct Evidence
    {
        QString kind; // vocab::kEvidenceKinds
        QString id;
        QString category; // the finding category it speaks to
        QString registerType;
    };

    struct Visit
    {
        const demo::VisitSeed* seed = nullptr;
        int index = 0; // in DemoWorld::visits, the order of the plan
        int place = 0;
        QString id;
        qint64 start = 0; // arrival on the first day, Unix ms
        qint64 end = 0;   // departure on the last day
        int population = 0;
        QList<const demo::FindingSeed*> planned; // chosen before fieldwork, written at the debrief
        QStringList plannedUnits;                // the unit each planned finding is about
        QStringList speakers;                    // who is interviewed, in order (NoteSeed::speaker)
        int observations = 0;
        QStringList registerTypes; // register checks to do
        const demo::AllegationSeed* allegation = nullptr;
        QString allegationInterview;
        QList<const char*> usedTexts; // pool entries already used on this visit
        QList<Evidence> evidence;
        QStringList detaineeInterviews;
        QStringList findingIds;
        QList<const demo::FindingSeed*> findings;
        QList<int> recommendations; // indices into DemoWorld::recommendations
        QList<int> checked;         // earlier recommendations checked on this visit
    };

    struct Recommendation
    {
        QString id;
        QString status = QStringLiteral("draft");
        QString category;
        int visit = 0;
    };

    DemoWorld(RecordContext& ctx, DemoTimeline& timeline, quint32 seed);

    // A uniformly drawn index below n (n > 0), or a chance in percent.
    int below(int n) { return int(rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[std::size_t(below(int(items.size())))];
    }

    // The text with its placeholders filled for this visit (DemoContent.h).
    QString fill(const char* text, const Visit& visit, const QString& unitHint = {});
    // A unit of the visit's place that fits the text (segregation for
    // solitary confinement, ...), by name.
    QString unitFor(const Visit& visit, const QString& text);
    const QString& placeType(const Visit& visit) const;
    // The categories of the findings planned for the visit.
    QStringList plannedCategories(const Visit& visit) const;
    // The id of the unit of the visit's place with this name, or empty.
    QString unitId(const Visit& visit, const QString& unitName) const;

    RecordContext& ctx;
    DemoTimeline& timeline;
    QRandomGenerator rng;

    BodyRepository bodyRepo;
    PersonRepository personRepo;
    PlaceRepository placeRepo;
    VisitRepository visitRepo;
    VisitLifecycle visitLifecycle;
    AccessLogRepository accessLog;
    InterviewRepository interviewRepo;
    ObservationRepository observationRepo;
    RegisterCheckRepository registerRepo;
    FindingRepository findingRepo;
    RecommendationRepository recommendationRepo;
    RecommendationLifecycle recommendationLifecycle;
    AllegationRepository allegationRepo;
    ChecklistTemplateRepository templateRepo;
    ChecklistResponseRepository responseRepo;

    QString bodyId;
    QStringList personIds;
    std::vector<Place> places;
    std::vector<Visit> visits;
    std::vector<Recommendation> recommendations;
    QHash<QString, ChecklistTemplate> checklists; // by place type
    QList<const demo::AllegationSeed*> allegationsLeft;
    bool reprisalRecorded = false;
    bool consentWithdrawn = false;
};

} // namespace vigil
