#pragma once

#include "core/repo/EntitySpec.h"

// The field specifications of every record table (DOMAIN.md §2), used by the
// generic writer for validation, change-log ops and audit events.
namespace vigil::catalog {

extern const EntitySpec kBody;
extern const EntitySpec kPerson;
extern const EntitySpec kPlace;
extern const EntitySpec kPlaceUnit;
extern const EntitySpec kVisit;
extern const EntitySpec kVisitMember;
extern const EntitySpec kVisitTransition;
extern const EntitySpec kAccessEvent;
extern const EntitySpec kInterview;
extern const EntitySpec kConsentRecord;
extern const EntitySpec kIdentityEntry;
extern const EntitySpec kObservation;
extern const EntitySpec kRegisterCheck;
extern const EntitySpec kFinding;
extern const EntitySpec kFindingEvidence;
extern const EntitySpec kAllegation;
extern const EntitySpec kReprisalAllegation;
extern const EntitySpec kRecommendation;
extern const EntitySpec kRecommendationFinding;
extern const EntitySpec kRecommendationEvent;
extern const EntitySpec kChecklistTemplate;
extern const EntitySpec kChecklistResponse;
extern const EntitySpec kAttachment;
extern const EntitySpec kReportItem;

// Every spec, for tests and sync.
std::span<const EntitySpec* const> all();
const EntitySpec* byEntity(QLatin1StringView entity);

} // namespace vigil::catalog
