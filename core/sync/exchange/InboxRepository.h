#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace vigil {

class Database;

// One bundle this device has seen (table sync_inbox).
struct InboxEntry
{
    static constexpr const char* kImported = "imported";
    static constexpr const char* kWaiting = "waiting";
    static constexpr const char* kQuarantined = "quarantined";

    qint64 id = 0;
    QString fileName;
    QByteArray sha256;   // 32 bytes: of the bundle's signature (of the file when it has
                         // none readable); a bundle seen twice is one row
    QString senderId;    // as the header claims it (verified only for imported rows)
    QString senderName;  // from the roster; empty when the sender is not in it
    qint64 firstSeq = 0; // the sender's own seq range
    qint64 lastSeq = 0;
    qint64 createdAt = 0;  // ms, the sender's clock
    qint64 receivedAt = 0; // ms, this device's clock, when first seen
    QString state;         // kImported, kWaiting, kQuarantined
    QString reason;        // reason code (Quarantine), empty when imported
    QString reasonText;    // the plain, translated sentence for `reason`
    qint64 ops = 0;        // ops in the bundle
    qint64 blobs = 0;      // attachment files
    qint64 conflicts = 0;  // conflicts the import added

    bool isImported() const { return state == QLatin1StringView(kImported); }
};

// The inbox screen's list and the import's bookkeeping of sync_inbox.
class InboxRepository
{
public:
    explicit InboxRepository(Database& db) : m_db(db) {}

    // Newest first (by time first seen), at most `limit` rows.
    Result<QList<InboxEntry>> list(int limit = 1000) const;
    Result<std::optional<InboxEntry>> findBySha256(const QByteArray& sha256) const;
    // Inserts the row or updates the one with the same SHA-256 (a waiting
    // bundle imported later), keeping its id and first receivedAt. Runs in
    // the caller's transaction, if any.
    Status record(const InboxEntry& entry);

private:
    Database& m_db;
};

} // namespace vigil
