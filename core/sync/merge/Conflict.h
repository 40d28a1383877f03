#pragma once

#include <QString>
#include <QVariant>

namespace vigil {

// A conflict the merge engine recorded (table sync_conflict), with what the
// record holds now, for the screen that lists conflicts side by side.
struct Conflict
{
    QString id;
    QString kind; // ConflictDetector::kProse or kDeletion
    QString entity;
    QString entityId;
    QString field; // prose: the field; deletion: the field of the racing edit
    QString winnerDevice;
    qint64 winnerSeq = 0;
    QString loserDevice;
    qint64 loserSeq = 0;
    QVariant losingValue; // the version that did not win
    QString scope;
    qint64 createdAt = 0; // Unix ms of the later op
    bool open = true;
    // The newest resolution, once there is one (MergeCatalog::kSyncResolution).
    QString resolution; // kept_current, chose_text or restored
    qint64 resolvedAt = 0;

    // The record as it is now (absent while its ops are incomplete).
    bool recordExists = false;
    bool recordDeleted = false;
    QVariant currentValue; // the field's value now
};

} // namespace vigil
