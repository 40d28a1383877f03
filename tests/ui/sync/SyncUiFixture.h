#pragma once

// Shared by the [syncui] tests: an organisation of real vaults (the
// [exchange] fixtures) whose devices share a real sync folder, helpers to
// run the window's SyncController, and a transport that holds a sync inside
// a call until the test lets it go (fault injection through the Transport
// interface, STYLE.md §11).
#include "core/sync/transport/FolderTransport.h"
#include "core/sync/transport/TransportSettings.h"
#include "tests/core/sync/exchange/ExchangeTestSupport.h"
#include "tests/support/TestSupport.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncJobs.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <catch2/catch_test_macros.hpp>
#include <memory>

namespace vigil::test {

inline void useFolder(OrgDevice& device, const QString& folder, bool automatic = false)
{
    TransportSettings settings;
    settings.kind = QStringLiteral("folder");
    settings.location = folder;
    settings.automatic = automatic;
    REQUIRE(TransportSettingsStore(device.db()).save(settings, nullptr).ok());
}

// Runs one sync as Sync now does and waits for it, without blocking the loop.
inline void syncAndWait(SyncController& sync)
{
    sync.syncNow();
    REQUIRE(sync.isRunning());
    REQUIRE(QTest::qWaitFor([&] { return !sync.isRunning(); }, 60000));
}

// A FolderTransport whose list() waits, once entered, until release().
class GateTransport final : public Transport
{
public:
    struct Gate
    {
        std::atomic_bool entered{false};
        std::atomic_bool released{false};
        std::atomic_int puts{0};
        void release() { released.store(true); }
    };

    GateTransport(const QString& root, std::shared_ptr<Gate> gate)
        : m_folder(root), m_gate(std::move(gate))
    {
    }

    static syncjobs::TransportFactory factory(std::shared_ptr<Gate> gate)
    {
        return [gate](const TransportSettings& settings, SecretBuffer) {
            return Result<std::unique_ptr<Transport>>(
                std::unique_ptr<Transport>(new GateTransport(settings.location, gate)));
        };
    }

    Status prepare(const QString& id) override { return m_folder.prepare(id); }
    Result<QStringList> list(const QString& recipientId) override
    {
        m_gate->entered.store(true);
        while (!m_gate->released.load())
            QThread::msleep(5);
        return m_folder.list(recipientId);
    }
    Status fetch(const QString& r, const QString& n, const QString& local) override
    {
        return m_folder.fetch(r, n, local);
    }
    Status put(const QString& r, const QString& n, const QString& local) override
    {
        ++m_gate->puts;
        return m_folder.put(r, n, local);
    }
    Status remove(const QString& r, const QString& n) override { return m_folder.remove(r, n); }
    QString describe() const override { return m_folder.describe(); }

private:
    FolderTransport m_folder;
    std::shared_ptr<Gate> m_gate;
};

} // namespace vigil::test
