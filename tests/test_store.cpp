#include <doctest/doctest.h>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>

#include "graph/schema.hpp"
#include "graph/store.hpp"

using namespace allegraph;

namespace {

std::string temp_db(const char* name) {
    auto path = std::filesystem::temp_directory_path() / name;
    for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    return path.string();
}

}  // namespace

TEST_CASE("a new database is private, in WAL mode, at the current schema version") {
    std::string path = temp_db("allegraph-unit-new.db");
    auto store = Store::open(path, Store::Mode::write);
    REQUIRE(store.ok());
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(store.value()->db().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(store.value()->db().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(store.value()->db().execAndGet("PRAGMA user_version").getInt() == current_schema_version());
}

TEST_CASE("reading a missing database is an error, not a new file") {
    std::string path = temp_db("allegraph-unit-missing.db");
    auto store = Store::open(path, Store::Mode::read);
    CHECK_FALSE(store.ok());
    CHECK(store.error().message.find("no database at") == 0);
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("a database from a newer allegraph is refused") {
    std::string path = temp_db("allegraph-unit-newer.db");
    {
        auto store = Store::open(path, Store::Mode::write);
        REQUIRE(store.ok());
        store.value()->db().exec("PRAGMA user_version = 999");
    }
    auto again = Store::open(path, Store::Mode::write);
    CHECK_FALSE(again.ok());
    CHECK(again.error().message.find("newer than this allegraph") != std::string::npos);
}

TEST_CASE("a version 1 database is migrated forward when opened, for reading too") {
    std::string path = temp_db("allegraph-unit-v1.db");
    {
        auto store = Store::open(path, Store::Mode::write);
        REQUIRE(store.ok());
        store.value()->db().exec(R"(INSERT INTO entities(text_id, kind, name, name_key) VALUES ('p:a', 'person', 'A', 'a');
                                    ALTER TABLE entities DROP COLUMN needs_review;
                                    PRAGMA user_version = 1;)");
    }
    auto store = Store::open(path, Store::Mode::read);
    REQUIRE(store.ok());
    auto& db = store.value()->db();
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == current_schema_version());
    CHECK(db.execAndGet("SELECT needs_review FROM entities WHERE text_id = 'p:a'").getInt() == 0);
}

TEST_CASE("resolve_db_path prefers the flag, then the environment, then ./allegraph.db") {
    ::setenv("ALLEGRAPH_DB", "/tmp/from-env.db", 1);
    CHECK(resolve_db_path("given.db") == "given.db");
    CHECK(resolve_db_path("") == "/tmp/from-env.db");
    ::unsetenv("ALLEGRAPH_DB");
    CHECK(resolve_db_path("") == "allegraph.db");
}

TEST_CASE("the full-text index follows names, aliases, summaries and quotes") {
    auto store = Store::open_in_memory();
    auto& db = store->db();
    db.exec(R"(INSERT INTO entities(text_id, kind, name, name_key) VALUES ('org:a', 'organization', 'Académie', 'academie');
               INSERT INTO aliases(entity, alias, alias_key) VALUES (1, 'The Acad', 'the acad');
               INSERT INTO sources(text_id, title) VALUES ('src:s', 'S');
               INSERT INTO citations(source, entity, quote) VALUES (1, 1, 'expelled on Saturday');)");
    CHECK(db.execAndGet("SELECT count(*) FROM search WHERE search MATCH 'academie'").getInt() == 1);
    CHECK(db.execAndGet("SELECT count(*) FROM search WHERE search MATCH 'acad'").getInt() == 1);
    CHECK(db.execAndGet("SELECT owner FROM search WHERE search MATCH 'saturday'").getString() == "org:a");
    db.exec("UPDATE entities SET name = 'Renamed', name_key = 'renamed' WHERE id = 1");
    CHECK(db.execAndGet("SELECT count(*) FROM search WHERE search MATCH 'academie'").getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM search WHERE search MATCH 'renamed'").getInt() == 1);
}
