#pragma once

#include "core/util/Result.h"

#include <span>

namespace vigil {

class Database;

// A numbered schema change. Migrations run in order, each in its own
// transaction together with the PRAGMA user_version bump.
struct Migration
{
    int version;
    const char* sql;
};

namespace Migrations {

// The vault schema, oldest first.
std::span<const Migration> vaultSchema();

// Applies every migration newer than the database's user_version. A database
// newer than the newest known migration is refused (opened by a newer Vigil).
Status apply(Database& db, std::span<const Migration> migrations);

} // namespace Migrations
} // namespace vigil
