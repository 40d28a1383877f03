#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace vigil {

class Database;

// The append-only, hash-chained audit log (DESIGN.md §5). Each event's hash
// is BLAKE2b-256(previous hash || canonical encoding of the event); the first
// event's previous hash is 32 zero bytes. Details name fields and actions,
// never the values a user typed.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(vigil::AuditLog)
public:
    struct Event
    {
        qint64 seq = 0;
        qint64 at = 0; // Unix ms
        QString deviceId;
        QString action; // "insert", "update", "delete", "identity.read", ...
        QString entity;
        QString entityId;
        QString detail;
    };

    // The head of the chain, read once per write transaction.
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash; // 32 bytes
    };
    static Result<Head> head(Database& db);

    // Appends `event` after `head` (inside the caller's transaction) and
    // advances `head`. event.seq is assigned here.
    static Status append(Database& db, Head& head, Event event);

    struct Verification
    {
        qint64 events = 0;
        qint64 firstBrokenSeq = 0; // 0 when the chain is intact
        QString problem;           // translated, names the event
        QByteArray headHash;
    };
    static Result<Verification> verify(Database& db);

    static QByteArray canonical(const Event& event);
    static QByteArray chain(const QByteArray& prevHash, const Event& event);
};

} // namespace vigil
