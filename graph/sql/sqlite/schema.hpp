// Schema: the SQL that creates and migrates an SQLite store. Each migration moves the
// database from `PRAGMA user_version` N to N+1; a new database runs them all.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include "graph/result.hpp"

namespace allegraph {

// The schema version this binary writes.
int current_schema_version();

// Runs every migration the database lacks up to `target` (default: the current
// version), in one transaction. Fails on a database written by a newer binary.
Result<void> migrate(SQLite::Database& db, int target = current_schema_version());

}  // namespace allegraph
