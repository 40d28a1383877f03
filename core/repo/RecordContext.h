#pragma once

#include "core/repo/WriteTx.h"
#include "core/sync/Hlc.h"
#include "core/util/Result.h"

#include <QString>

#include <memory>

namespace vigil {

class Database;

// What every repository shares on an open vault: the database connection,
// this device's id and its hybrid logical clock.
class RecordContext
{
public:
    // Loads (or creates) the device identity and the clock's last stamp.
    static Result<std::unique_ptr<RecordContext>> open(Database& db, Hlc::WallClock wall = {});

    Database& db() { return m_db; }
    const QString& deviceId() const { return m_deviceId; }
    Hlc& clock() { return m_clock; }

    // BEGIN IMMEDIATE plus the state a write needs (next op seq, audit head).
    Result<WriteTx> beginWrite();

    // A write of exactly one record, in its own transaction: the common case
    // of the repositories' create, update and remove.
    Result<QString> insertOne(const EntitySpec& spec, const FieldValues& values,
                              const char* scope = nullptr);
    Status updateOne(const EntitySpec& spec, const QString& id, const FieldValues& changes);
    Status removeOne(const EntitySpec& spec, const QString& id);

private:
    RecordContext(Database& db, QString deviceId, Hlc clock);
    Database& m_db;
    QString m_deviceId;
    Hlc m_clock;
};

} // namespace vigil
