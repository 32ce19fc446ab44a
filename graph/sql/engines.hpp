// How each engine opens a store; graph/sql/store.cpp chooses the engine by the store's address
// (a postgresql:// URI, else an SQLite file). Internal to graph/sql/.
#pragma once

#include <memory>
#include <string>

#include "graph/result.hpp"
#include "graph/sql/engine.hpp"

namespace allegraph::engines {

// An opened engine, and whether this process created the store (graph/store.hpp's discard_if_created).
struct Opened {
    std::unique_ptr<Store::Engine> engine;
    bool created = false;
};

// Whether `address` names a PostgreSQL database (postgresql:// or postgres://).
bool is_postgres_address(const std::string& address);

// The SQLite database file at `path` (graph/sql/sqlite/store_open.cpp).
Result<Opened> open_sqlite(const std::string& path, Store::Mode mode);
// An SQLite database in memory, with the current schema.
std::unique_ptr<Store::Engine> sqlite_in_memory();
// A private copy of the SQLite store `from`, in SQLite's temporary database (its file unlinked as soon as made).
std::unique_ptr<Store::Engine> sqlite_private_copy(Store& from);
// Removes the SQLite file at `path` and its WAL files.
void remove_sqlite(const std::string& path);

// The PostgreSQL database at `address` (graph/sql/postgres/store_open.cpp). `create` makes the schema
// (and the roles, graph/sql/postgres/roles.sql) when the database has none.
Result<Opened> open_postgres(const std::string& address, Store::Mode mode);
// `address` without its password, for messages.
std::string shown_postgres_address(const std::string& address);
// Drops the schema a failed or empty import made in the PostgreSQL store.
void remove_postgres_schema(Store::Engine& engine);

}  // namespace allegraph::engines
