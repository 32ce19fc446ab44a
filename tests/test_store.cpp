#include <doctest/doctest.h>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "graph/sql/engine.hpp"
#include "graph/sql/sqlite/schema.hpp"
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
    auto store = Store::open(path, Store::Mode::create);
    REQUIRE(store.ok());
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(sql_db(*store.value()).execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(sql_db(*store.value()).execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(sql_db(*store.value()).execAndGet("PRAGMA user_version").getInt() == current_schema_version());
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
        auto store = Store::open(path, Store::Mode::create);
        REQUIRE(store.ok());
        sql_db(*store.value()).exec("PRAGMA user_version = 999");
    }
    auto again = Store::open(path, Store::Mode::write);
    CHECK_FALSE(again.ok());
    CHECK(again.error().message.find("newer than this allegraph") != std::string::npos);
}

TEST_CASE("a version 1 database is migrated forward when opened, for reading too") {
    std::string path = temp_db("allegraph-unit-v1.db");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        REQUIRE(migrate(db, 1).ok());
        db.exec(R"(INSERT INTO entities(text_id, kind, name, name_key) VALUES ('p:a', 'person', 'Ann', 'ann');
                   INSERT INTO sources(text_id, title) VALUES ('src:s', 'S');
                   INSERT INTO events(text_id, type, category, date, date_lo, date_hi, summary)
                       VALUES ('event:e', 'expulsion', 'response', '2017', 0, 0, 'Expelled the producer');
                   INSERT INTO citations(source, event, quote) VALUES (1, 1, 'expelled on Saturday');)");
    }
    auto store = Store::open(path, Store::Mode::read);
    REQUIRE(store.ok());
    auto& db = sql_db(*store.value());
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == current_schema_version());
    CHECK(db.execAndGet("SELECT needs_review FROM entities WHERE text_id = 'p:a'").getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM search_names WHERE search_names MATCH 'ann'").getInt() == 1);
    CHECK(db.execAndGet("SELECT count(*) FROM search_summaries WHERE search_summaries MATCH 'producer'").getInt() == 1);
    CHECK(db.execAndGet("SELECT count(*) FROM search_quotes WHERE search_quotes MATCH 'saturday'").getInt() == 1);
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
    auto& db = sql_db(*store);
    db.exec(R"(INSERT INTO entities(text_id, kind, name, name_key) VALUES ('org:a', 'organization', 'Académie', 'academie');
               INSERT INTO aliases(entity, alias, alias_key) VALUES (1, 'The Acad', 'the acad');
               INSERT INTO sources(text_id, title) VALUES ('src:s', 'S');
               INSERT INTO citations(source, entity, quote) VALUES (1, 1, 'expelled on Saturday');)");
    auto count = [&](const char* table, const char* word) {
        return db.execAndGet(std::string("SELECT count(*) FROM ") + table + " WHERE " + table + " MATCH '" + word + "'")
            .getInt();
    };
    CHECK(count("search_names", "academie") == 1);
    CHECK(count("search_names", "acad") == 1);
    CHECK(count("search_quotes", "saturday") == 1);
    db.exec("UPDATE entities SET name = 'Renamed', name_key = 'renamed' WHERE id = 1");
    CHECK(count("search_names", "academie") == 0);
    CHECK(count("search_names", "renamed") == 1);
    db.exec("DELETE FROM citations");
    CHECK(count("search_quotes", "saturday") == 0);
    db.exec(R"(INSERT INTO events(text_id, type, category, date, date_lo, date_hi, summary)
               VALUES ('event:e', 'expulsion', 'response', '2017', 0, 0, 'Expelled the producer'))");
    CHECK(count("search_summaries", "producer") == 1);
    db.exec("UPDATE events SET summary = 'Suspended' WHERE id = 1");
    CHECK(count("search_summaries", "producer") == 0);
    CHECK(count("search_summaries", "suspended") == 1);
    db.exec("DELETE FROM events");
    CHECK(count("search_summaries", "suspended") == 0);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    db.exec("INSERT INTO search_quotes(search_quotes) VALUES ('integrity-check')");
    db.exec("INSERT INTO search_summaries(search_summaries) VALUES ('integrity-check')");
}

TEST_CASE("renaming or deleting an entity finds its name rows through an index, never by a scan") {
    // Issue 15: an FTS5 column cannot be indexed, so renaming a thousand entities of a large store, or
    // undoing a large import for --as-of-db, once scanned the whole name index for each entity.
    auto store = Store::open_in_memory();
    auto& db = sql_db(*store);
    auto plan = [&](const std::string& sql) {
        std::string steps;
        sql::Statement explain(db, "EXPLAIN QUERY PLAN " + sql);
        while (explain.executeStep()) steps += explain.getColumn(3).getString() + "\n";
        return steps;
    };
    for (const char* sql : {"DELETE FROM search_name_rows WHERE owner = 'org:a' AND field IN ('name', 'description')",
                            "DELETE FROM search_name_rows WHERE owner = 'org:a'",
                            "DELETE FROM search_name_rows WHERE owner = 'org:a' AND field = 'alias' AND body = 'A'"}) {
        const std::string steps = plan(sql);
        const std::string context = std::string(sql) + ": " + steps;
        INFO(context);
        CHECK(steps.find("INDEX search_name_rows_owner (owner=?") != std::string::npos);
        CHECK(steps.find("SCAN") == std::string::npos);
    }
}
