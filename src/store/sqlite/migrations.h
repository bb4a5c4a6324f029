#pragma once
// Versioned schema migrations for kiln.db. Each migration runs once, in
// order, inside the same write transaction that records its version in
// schema_version; re-opening a database applies only the newer ones.

#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/sqlite/sqlite_db.h"

namespace kiln::store::sqlite {

struct Migration {
  int version;               // 1, 2, 3… strictly increasing
  std::string_view name;     // what it does, recorded beside the version
  std::string_view sql;      // one or more statements
};

/// kiln's schema, oldest first. Append only: never edit a released entry.
const std::vector<Migration>& migrations();

/// Brings `conn`'s database up to the last of `list` under BEGIN IMMEDIATE
/// (safe when several processes open the same file at once). Returns the
/// schema version afterwards. Fails with kInternal when the database is newer
/// than this binary (its version is above the list's last).
Result<int> migrate(Connection& conn, const std::vector<Migration>& list = migrations());

/// The applied schema version (0 for a fresh database).
Result<int> schemaVersion(Connection& conn);

}  // namespace kiln::store::sqlite
