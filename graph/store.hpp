// Store: the SQLite database that holds the graph (DESIGN §4). Opening it picks
// the file (--db, $ALLEGRAPH_DB, ./allegraph.db), creates it with mode 0600,
// turns on WAL, foreign keys and a busy timeout, and migrates the schema
// forward to the version this binary knows.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>

#include "graph/result.hpp"

namespace allegraph {

// The database file to use: `flag` when given, else $ALLEGRAPH_DB, else ./allegraph.db.
std::string resolve_db_path(const std::string& flag);

class Store {
public:
    enum class Mode { read, write };

    // Opens the database at `path`. Mode::write creates a missing file (mode 0600); both modes
    // migrate an older schema forward; Mode::read fails on a missing file; both fail on a newer schema.
    static Result<std::unique_ptr<Store>> open(const std::string& path, Mode mode);

    // An in-memory database with the current schema, for tests and fuzzers.
    static std::unique_ptr<Store> open_in_memory();

    // A private copy of the store at `path` put back as it stood at `moment` (a time from
    // history_moment, graph/history.hpp), for --as-of-db: SQLite's private temporary database,
    // whose file is unlinked as soon as it is made.
    static Result<std::unique_ptr<Store>> open_as_it_stood(const std::string& path, const std::string& moment);

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    SQLite::Database& db() { return db_; }
    const std::string& path() const { return path_; }

private:
    Store(const std::string& path, int flags);
    SQLite::Database db_;
    std::string path_;
};

}  // namespace allegraph
