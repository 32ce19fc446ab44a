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
    // read: an existing database, never changed (an older schema is migrated first);
    // write: an existing database, to change; create: write, making the file (mode 0600) when missing.
    enum class Mode { read, write, create };

    // Opens the database at `path`. Refuses, before writing a byte, a path that is not a regular file,
    // a file that is not an allegraph database, and a database of a newer schema; migrates an older
    // one forward. A reader who may not write in the folder reads a WAL database in place.
    static Result<std::unique_ptr<Store>> open(const std::string& path, Mode mode);

    // An in-memory database with the current schema, for tests and fuzzers.
    static std::unique_ptr<Store> open_in_memory();

    // A private copy of the store at `path` put back as it stood at `moment` (a time from
    // history_moment, graph/history.hpp), for --as-of-db: SQLite's private temporary database,
    // whose file is unlinked as soon as it is made. Whoever is private now is private in it too.
    static Result<std::unique_ptr<Store>> open_as_it_stood(const std::string& path, const std::string& moment);

    // Closes `store`; when this process created its file and nothing was ever written to it (an
    // import that failed or was a dry run), removes the file, so that no empty database is left behind.
    static void discard_if_created(std::unique_ptr<Store> store);

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    SQLite::Database& db() { return db_; }
    const std::string& path() const { return path_; }

private:
    // Opens `name` (default: `path`) with SQLite `flags`.
    Store(const std::string& path, int flags, const std::string& name = "");
    static Result<std::unique_ptr<Store>> open_for_writing(const std::string& path);
    static Result<std::unique_ptr<Store>> open_for_reading(const std::string& path);

    SQLite::Database db_;
    std::string path_;
    bool created_ = false;  // this process made the file
};

}  // namespace allegraph
