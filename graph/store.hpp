// Store: the database that holds the graph (DESIGN §4), as the layers above the engine see it:
// opened, closed and handed to the typed reads and writes declared in graph/. Which engine holds
// it, and every statement it runs, stay in the engine's folder, graph/sql/: an SQLite file (mode
// 0600, WAL, foreign keys, a busy timeout, the schema migrated forward on open) or a PostgreSQL
// database named by a postgresql:// address (a newsroom's shared store, docs/postgresql.md).
#pragma once

#include <memory>
#include <string>

#include "graph/result.hpp"

namespace allegraph {

// The store to use (a file, or a postgresql:// address): `flag` when given, else $ALLEGRAPH_DB, else ./allegraph.db.
std::string resolve_db_path(const std::string& flag);

// `path` as it may be shown: a PostgreSQL address without its password.
std::string shown_store_address(const std::string& path);

// The engine that holds the store at `path`: "postgresql" for a postgresql:// address, else "sqlite".
std::string store_engine_name(const std::string& path);

class Store {
public:
    // read: an existing database, never changed (an older schema is migrated first);
    // write: an existing database, to change; create: write, making the file (mode 0600) when missing.
    enum class Mode { read, write, create };

    // Opens the store at `path`: an SQLite file, or a PostgreSQL database when `path` is a
    // postgresql:// address. Refuses, before writing a byte, a path that is not a regular file, a
    // database that is not an allegraph store, and a store of a newer schema; migrates an older one
    // forward. A reader who may not write in the folder reads a WAL database in place. `create`
    // makes the file (mode 0600), or the PostgreSQL schema and roles, when missing.
    static Result<std::unique_ptr<Store>> open(const std::string& path, Mode mode);

    // An in-memory database with the current schema, for tests and fuzzers.
    static std::unique_ptr<Store> open_in_memory();

    // The store at `path` put back as it stood at `moment` (a time from history_moment,
    // graph/history.hpp), for --as-of-db. On SQLite a private copy in SQLite's temporary database,
    // whose file is unlinked as soon as it is made; on PostgreSQL the store itself inside a
    // transaction that is never committed. Whoever is private now is private in it too.
    static Result<std::unique_ptr<Store>> open_as_it_stood(const std::string& path, const std::string& moment);

    // Closes `store`; when this process created its file (or PostgreSQL schema) and nothing was ever
    // written to it (an import that failed or was a dry run), removes it, so that no empty store is left behind.
    static void discard_if_created(std::unique_ptr<Store> store);

    // The schema version this binary writes and reads.
    static int schema_version();

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::string& path() const { return path_; }

    // The engine's connection, defined in the engine's folder (graph/sql/engine.hpp) and used only there.
    struct Engine;
    Engine& engine() { return *engine_; }

private:
    Store(std::unique_ptr<Engine> engine, std::string path);

    std::unique_ptr<Engine> engine_;
    std::string path_;
    bool created_ = false;  // this process made the file
};

}  // namespace allegraph
