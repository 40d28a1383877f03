#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace vigil {

class Database;

// How this device reaches its mailbox (table sync_transport, in the encrypted
// database; DESIGN.md §6.5). The password is read into guarded memory only
// when a sync runs.
struct TransportSettings
{
    QString kind;      // "folder" or "webdav"
    QString location;  // a folder path, or an https:// URL
    QString username;  // webdav
    QByteArray pin;    // webdav: optional SHA-256 of the server's public key
    bool automatic = true;

    bool isFolder() const { return kind == QLatin1StringView("folder"); }
    bool isWebDav() const { return kind == QLatin1StringView("webdav"); }
};

class TransportSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(vigil::TransportSettingsStore)
public:
    explicit TransportSettingsStore(Database& db) : m_db(db) {}

    Result<std::optional<TransportSettings>> load() const;
    // Checks the settings (an absolute folder, an https URL without
    // credentials in it, a 32-byte pin) and stores them; `password`
    // replaces the stored one unless null (keep) — an empty one clears it.
    Status save(const TransportSettings& settings, const SecretBuffer* password);
    Result<SecretBuffer> password() const;

    // Why the settings cannot be used, or nullopt.
    static std::optional<QString> check(const TransportSettings& settings);

private:
    Database& m_db;
};

} // namespace vigil
