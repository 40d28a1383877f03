#pragma once

#include "core/util/Result.h"

#include <QByteArray>

namespace vigil {

class Database;

// A BLAKE2b-256 digest of a vault's synced state: every row of every record
// table (MergeCatalog::all()) with its columns in a fixed order, rows sorted
// by id, and every conflict with whether it is open. Two vaults that hold the
// same set of ops have the same digest, whatever order the ops came in;
// local-only data (rowids, the audit log, the search index, the change log
// itself) is left out.
class StateDigest
{
public:
    static Result<QByteArray> compute(Database& db);
};

} // namespace vigil
