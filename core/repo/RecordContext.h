#pragma once

#include "core/sync/Hlc.h"
#include "core/util/Result.h"

#include <QString>

#include <memory>

namespace vigil {

class Database;
class WriteTx;

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

private:
    RecordContext(Database& db, QString deviceId, Hlc clock);
    Database& m_db;
    QString m_deviceId;
    Hlc m_clock;
};

} // namespace vigil
