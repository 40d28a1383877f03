#pragma once

namespace vigil::schema {

// Migration 7: the organisation, its roster, invitations and enrolments, the
// transport settings, per-peer send and acknowledgement state and the inbox
// of bundles (docs/sync-protocol.md). All of it is local bookkeeping: none of
// these tables is in the change log; the roster travels as signed roster
// items instead.
extern const char* const kOrgSchema;

} // namespace vigil::schema
