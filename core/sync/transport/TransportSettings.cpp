#include "core/sync/transport/TransportSettings.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"

#include <QDir>
#include <QUrl>

namespace vigil {

std::optional<QString> TransportSettingsStore::check(const TransportSettings& s)
{
    if (s.isFolder()) {
        if (s.location.isEmpty() || !QDir::isAbsolutePath(s.location))
            return tr("Choose the sync folder (a USB stick or a shared drive) by its full path.");
        return std::nullopt;
    }
    if (s.isWebDav()) {
        const QUrl url(s.location, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1StringView("https") || url.host().isEmpty())
            return tr("The server address must start with https:// (sync never uses an "
                      "unencrypted connection).");
        if (!url.userInfo().isEmpty())
            return tr("Put the user name in its own field, not in the server address.");
        if (!s.pin.isEmpty() && s.pin.size() != 32)
            return tr("The certificate pin must be a SHA-256 value (64 hexadecimal digits).");
        return std::nullopt;
    }
    return tr("Choose how this device syncs: a folder or a WebDAV server.");
}

Result<std::optional<TransportSettings>> TransportSettingsStore::load() const
{
    auto stmt = m_db.cached(
        "SELECT kind, location, username, pin_sha256, automatic FROM sync_transport WHERE id = 1");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    std::optional<TransportSettings> out;
    if (*row) {
        Statement& s = **stmt;
        out = TransportSettings{s.columnText(0), s.columnText(1),
                                s.isNull(2) ? QString() : s.columnText(2), s.columnBlob(3),
                                s.columnInt(4) != 0};
    }
    VIGIL_TRY((*stmt)->reset());
    return out;
}

Status TransportSettingsStore::save(const TransportSettings& settings, const SecretBuffer* password)
{
    if (const auto why = check(settings))
        return Error::make(ErrorKind::Validation, *why);
    auto tx = m_db.beginWrite();
    if (!tx)
        return tx.error();
    auto upsert = m_db.prepare(
        "INSERT INTO sync_transport(id, kind, location, username, pin_sha256, automatic) "
        "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
        "location = excluded.location, username = excluded.username, "
        "pin_sha256 = excluded.pin_sha256, automatic = excluded.automatic");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, settings.kind).bind(2, settings.location);
    if (settings.username.isEmpty())
        upsert->bindNull(3);
    else
        upsert->bind(3, settings.username);
    if (settings.pin.isEmpty())
        upsert->bindNull(4);
    else
        upsert->bindBlob(4, settings.pin);
    upsert->bind(5, settings.automatic ? 1 : 0);
    VIGIL_TRY(upsert->run());
    if (password) {
        auto set = m_db.prepare("UPDATE sync_transport SET password = ? WHERE id = 1");
        if (!set)
            return set.error();
        if (password->isEmpty())
            set->bindNull(1);
        else
            set->bindBlob(1, password->data(), int(password->size()));
        VIGIL_TRY(set->run());
    }
    return tx->commit();
}

Result<SecretBuffer> TransportSettingsStore::password() const
{
    auto stmt = m_db.prepare("SELECT password FROM sync_transport WHERE id = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return SecretBuffer();
    return stmt->columnSecret(0);
}

} // namespace vigil
