#include "ui/lock/VaultOpener.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

VaultOpener::VaultOpener(QObject* parent) : QObject(parent)
{
    connect(&m_createWatcher, &QFutureWatcherBase::finished, this, &VaultOpener::createFinished);
    connect(&m_openWatcher, &QFutureWatcherBase::finished, this, &VaultOpener::openFinished);
}

VaultOpener::~VaultOpener() = default;

void VaultOpener::create(const QString& dir, SecretBuffer passphrase, const KdfParams& kdf,
                         const QString& name)
{
    if (m_running)
        return;
    m_running = true;
    m_createWatcher.setFuture(QtConcurrent::run([dir, kdf, name, secret = std::move(passphrase)] {
        return Vault::create(dir, secret, kdf, name);
    }));
}

void VaultOpener::open(const QString& dir, SecretBuffer passphrase)
{
    if (m_running)
        return;
    m_running = true;
    m_openWatcher.setFuture(QtConcurrent::run(
        [dir, secret = std::move(passphrase)] { return Vault::open(dir, secret); }));
}

void VaultOpener::createFinished()
{
    m_running = false;
    CreateResult result = m_createWatcher.future().takeResult();
    if (!result.ok()) {
        Q_EMIT failed(result.error().kind, result.error().message);
        return;
    }
    m_vault = std::move(result.value().vault);
    m_recoveryKey = std::move(result.value().recoveryKey);
    Q_EMIT succeeded();
}

void VaultOpener::openFinished()
{
    m_running = false;
    OpenResult result = m_openWatcher.future().takeResult();
    if (!result.ok()) {
        Q_EMIT failed(result.error().kind, result.error().message);
        return;
    }
    m_vault = std::move(result.value());
    Q_EMIT succeeded();
}

} // namespace vigil
