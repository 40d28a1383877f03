#include "core/schema/OrgSchema.h"

namespace vigil::schema {

const char* const kOrgSchema = R"sql(
-- This vault's organisation: no row while the vault is standalone.
CREATE TABLE sync_org (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    org_id     TEXT NOT NULL,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    state      TEXT NOT NULL,
    joined_at  INTEGER NOT NULL
);

-- The roster: the organisation's devices as signed by a coordinator. An
-- entry is replaced only by one with a higher revision.
CREATE TABLE sync_device (
    device_id   TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    person_id   TEXT,
    sign_public BLOB NOT NULL,
    box_public  BLOB NOT NULL,
    revoked_at  INTEGER,
    -- Local: the device's highest seq this vault held when it learnt of the
    -- revocation; its later ops are refused whatever their bundles claim.
    revoked_seq INTEGER,
    revision    INTEGER NOT NULL,
    signed_by   TEXT NOT NULL,
    signature   BLOB NOT NULL
) WITHOUT ROWID;

-- Invitations this coordinator issued; the one-time secret stays here (in
-- the encrypted database) to authenticate the enrolment request.
CREATE TABLE sync_invitation (
    id          TEXT PRIMARY KEY NOT NULL,
    role        TEXT NOT NULL,
    person_id   TEXT,
    label       TEXT NOT NULL,
    secret      BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_by     TEXT
) WITHOUT ROWID;

-- Enrolment requests received by this coordinator.
CREATE TABLE sync_enrolment (
    device_id     TEXT PRIMARY KEY NOT NULL,
    invitation_id TEXT NOT NULL,
    name          TEXT NOT NULL,
    sign_public   BLOB NOT NULL,
    box_public    BLOB NOT NULL,
    received_at   INTEGER NOT NULL,
    state         TEXT NOT NULL
) WITHOUT ROWID;

-- How this device reaches the mailbox; the password never leaves the
-- encrypted database.
CREATE TABLE sync_transport (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    kind       TEXT NOT NULL,
    location   TEXT NOT NULL,
    username   TEXT,
    password   TEXT,
    pin_sha256 BLOB,
    automatic  INTEGER NOT NULL DEFAULT 1
);

-- Per peer and origin device: the highest seq this device has put into
-- bundles for the peer, and the highest the peer acknowledged.
CREATE TABLE sync_peer_vector (
    peer_id   TEXT NOT NULL,
    origin_id TEXT NOT NULL,
    sent_seq  INTEGER NOT NULL DEFAULT 0,
    acked_seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (peer_id, origin_id)
) WITHOUT ROWID;

-- Per peer: when this device last put a bundle for it, noticed its bundles
-- gone from the peer's inbox, and imported a bundle from it (local clock).
CREATE TABLE sync_peer (
    peer_id          TEXT PRIMARY KEY NOT NULL,
    bundles_put      INTEGER NOT NULL DEFAULT 0,
    last_put_at      INTEGER,
    gone_noticed_at  INTEGER,
    ack_received_at  INTEGER
) WITHOUT ROWID;

-- Visits whose records have been sent whole to a peer (a device added to a
-- visit's team later receives the visit's earlier ops once).
CREATE TABLE sync_peer_visit (
    peer_id  TEXT NOT NULL,
    visit_id TEXT NOT NULL,
    PRIMARY KEY (peer_id, visit_id)
) WITHOUT ROWID;

-- Every bundle this device has seen: imported, waiting for an earlier one,
-- or quarantined with the reason.
CREATE TABLE sync_inbox (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      BLOB NOT NULL,
    sender_id   TEXT,
    first_seq   INTEGER,
    last_seq    INTEGER,
    created_at  INTEGER,
    received_at INTEGER NOT NULL,
    state       TEXT NOT NULL,
    reason      TEXT,
    ops         INTEGER NOT NULL DEFAULT 0,
    blobs       INTEGER NOT NULL DEFAULT 0,
    conflicts   INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sync_inbox_sha256 ON sync_inbox(sha256);

-- Visits whose sensitive content the retention option purged from this
-- device (local only; docs/sync-protocol.md "Retention").
CREATE TABLE sync_purged_visit (
    visit_id  TEXT PRIMARY KEY NOT NULL,
    purged_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

} // namespace vigil::schema
