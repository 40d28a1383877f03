#pragma once

#include "core/repo/EntitySpec.h"

#include <QStringView>
#include <vector>

// Every record table the merge engine writes: the record catalog
// (core/repo/EntityCatalog.h) plus the sync layer's own synced record, the
// conflict resolution.
namespace vigil::MergeCatalog {

// Conflict resolutions (table sync_resolution): conflict_id names the
// conflict (ConflictDetector::conflictId), choice says what the user did.
extern const EntitySpec kSyncResolution;

// The tombstone pseudo-field of every record.
inline constexpr const char* kDeletedField = "deleted";

const EntitySpec* byEntity(QStringView entity);
std::vector<const EntitySpec*> all();

} // namespace vigil::MergeCatalog
