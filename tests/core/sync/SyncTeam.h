#pragma once

// An organisation built the way users build it: a coordinator creates it and
// invites a lead and two monitors, each with their own vault, who join with
// the invitation files; their requests travel through the mailbox and the
// coordinator approves them. Then everyone syncs over the same transport.
// Used by the end-to-end tests over a folder and over a real WebDAV server.
#include "core/sync/exchange/SyncSession.h"
#include "core/sync/transport/Transport.h"
#include "tests/core/sync/exchange/ExchangeTestSupport.h"

#include <functional>
#include <memory>
#include <vector>

namespace vigil::test {

struct SyncTeam
{
    using TransportMaker = std::function<std::unique_ptr<Transport>()>;

    explicit SyncTeam(TransportMaker makeTransport);

    // The coordinator, the lead, two monitors (OrgDevice: vault + roster entry).
    std::vector<std::unique_ptr<OrgDevice>> devices;
    OrgDevice& coordinator() { return *devices.at(0); }
    OrgDevice& lead() { return *devices.at(1); }
    OrgDevice& monitor1() { return *devices.at(2); }
    OrgDevice& monitor2() { return *devices.at(3); }
    QString placeId;

    // One sync round of `device` over a fresh transport; the coordinator's
    // enrolment requests are received as the app does it.
    Result<SyncOutcome> sync(OrgDevice& device);
    // Every device syncs, in order, `rounds` times; fails the test on an error.
    void syncAll(int rounds = 2);

private:
    void enrol();
    TransportMaker m_makeTransport;
};

// The single integer `sql` returns on `db`.
qint64 countRows(Database& db, const char* sql);

} // namespace vigil::test
