// Deferred indexing for large writes. Keeping every secondary index and the full-text
// index in step row by row costs about three times the insert itself on a large import
// (bench/RESULTS.md); dropping them for the length of the transaction and building them
// again at its end, sorted, is much cheaper. The drop and the rebuild happen inside the
// caller's transaction, so readers never see a store without its indexes, and a failed
// import rolls the drop back with everything else.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Gives the store's connection a page cache large enough for a large import (256 MB), which
// touches every index page many times.
void use_import_cache(Store& store);

// True when `input_bytes` is large beside what the store already holds: at least 1 MB and a
// quarter of the store's size.
bool large_beside_store(Store& store, std::uintmax_t input_bytes);

// True when writing `input_bytes` into `store` is cheaper with indexes deferred: a large
// input (large_beside_store) into an SQLite store.
bool worth_deferring_indexes(Store& store, std::uintmax_t input_bytes);

// Leaves the store as quick to read after a large write as autovacuum's next round would, in the
// write's transaction. On PostgreSQL, for the store's tables this login owns: ANALYZE (the planner
// would take a freshly filled table for an empty one and scan it whole), and the full-text indexes'
// pending entries merged into them (a GIN index scans its whole pending list on every search: the
// redactor's name probes made the hub's one-year timeline take 7.0 s right after importing 100k
// events, 0.12 s once merged). SQLite needs neither.
void settle_after_large_write(Store& store);

// The indexes and full-text triggers dropped by defer_indexes, to be restored by restore_indexes.
struct DeferredIndexes {
    std::vector<std::string> statements;  // their CREATE statements, as stored in sqlite_schema
};

// Drops the secondary indexes that no importer lookup needs, the triggers that keep the
// full-text indexes in step, and the stored adjacency index with the triggers that
// invalidate it. Must run inside a transaction.
DeferredIndexes defer_indexes(Store& store);

// Creates the deferred indexes and triggers again and rebuilds the full-text indexes from
// the entities, aliases, events and citations tables. The adjacency index is left to the
// writer's finish (GraphWriter::finish), which stores it once, after its last change.
void restore_indexes(Store& store, const DeferredIndexes& deferred);

}  // namespace allegraph
