#pragma once

#include <QString>
#include <QVariant>
#include <tuple>
#include <utility>

namespace vigil {

// One change-log op (DESIGN.md §6.2, docs/record-model.md): the value one
// device gave one field of one record at one hybrid-logical-clock stamp. Its
// identity is (deviceId, seq); `baseHlc` is the stamp of the value it
// replaced on its device (0 for a new record's fields and for deletions).
struct Op
{
    QString deviceId; // 32 lowercase hex digits
    qint64 seq = 0;   // gap-free per device, from 1
    qint64 hlc = 0;
    QString entity;   // EntitySpec::entity
    QString entityId; // the record's UUIDv7
    QString field;    // a field of the entity's spec, or "deleted" (the tombstone)
    QVariant value;   // null clears the field
    qint64 baseHlc = 0;
    QString scope; // org, team, medical or coordinator (DESIGN.md §6.4)
};

// An op's identity: (device id, seq).
using OpKey = std::pair<QString, qint64>;

// The order in which ops of one field win: hybrid-logical-clock stamp, then
// device id (DESIGN.md §6.2). Two ops of one device never share a stamp.
struct OpStamp
{
    qint64 hlc = 0;
    QString deviceId;

    friend bool operator<(const OpStamp& a, const OpStamp& b)
    {
        return std::tie(a.hlc, a.deviceId) < std::tie(b.hlc, b.deviceId);
    }
    friend bool operator==(const OpStamp& a, const OpStamp& b)
    {
        return a.hlc == b.hlc && a.deviceId == b.deviceId;
    }
};

} // namespace vigil
