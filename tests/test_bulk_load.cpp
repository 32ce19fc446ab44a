#include <doctest/doctest.h>

#include "graph/sql/engine.hpp"
#include "graph/bulk_load.hpp"
#include "graph/store.hpp"

using namespace allegraph;

namespace {

std::string schema_text(sql::Connection& db) {
    std::string out;
    sql::Statement st(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    while (st.executeStep())
        out += st.getColumn(0).getString() + " " + st.getColumn(1).getString() + ": " + st.getColumn(2).getString() + "\n";
    return out;
}

int matches(sql::Connection& db, const std::string& table, const std::string& word) {
    return db.execAndGet("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH '" + word + "'").getInt();
}

}  // namespace

TEST_CASE("deferred indexes come back exactly as they were, with rows written meanwhile indexed") {
    auto store = Store::open_in_memory();
    auto& db = sql_db(*store);
    db.exec(R"(INSERT INTO entities(text_id, kind, name, name_key) VALUES ('p:a', 'person', 'Ann', 'ann');
               INSERT INTO sources(text_id, title) VALUES ('src:s', 'S');
               INSERT INTO events(text_id, type, category, date, date_lo, date_hi, summary)
                   VALUES ('event:before', 'expulsion', 'response', '2017', 1, 1, 'expelled before');)");
    std::string before = schema_text(db);
    sql::Transaction transaction(db);
    DeferredIndexes deferred = defer_indexes(*store);
    for (const char* name : {"participants_entity", "events_date", "citations_search_insert", "graph_index_events_insert"})
        CHECK(db.execAndGet(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + name + "'").getInt() == 0);
    CHECK(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'entities_name_key'").getInt() == 1);
    db.exec(R"(INSERT INTO events(text_id, type, category, date, date_lo, date_hi, summary)
                   VALUES ('event:during', 'suspension', 'response', '2018', 2, 2, 'suspended during');
               UPDATE events SET summary = 'expelled again' WHERE text_id = 'event:before';
               INSERT INTO participants(event, entity, role) VALUES (2, 1, 'subject');
               INSERT INTO citations(source, event, quote) VALUES (1, 2, 'was suspended on Monday');
               INSERT INTO entities(text_id, kind, name, name_key) VALUES ('p:z', 'person', 'Zed', 'zed');
               INSERT INTO aliases(entity, alias, alias_key) VALUES (2, 'Zeddy', 'zeddy');)");
    restore_indexes(*store, deferred);
    transaction.commit();
    CHECK(schema_text(db) == before);
    CHECK(matches(db, "search_summaries", "during") == 1);
    CHECK(matches(db, "search_summaries", "again") == 1);
    CHECK(matches(db, "search_summaries", "before") == 0);
    CHECK(matches(db, "search_quotes", "monday") == 1);
    CHECK(matches(db, "search_names", "ann") == 1);
    CHECK(matches(db, "search_names", "zed") == 1);
    CHECK(matches(db, "search_names", "zeddy") == 1);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    db.exec("INSERT INTO search_summaries(search_summaries) VALUES ('integrity-check')");
    db.exec("INSERT INTO search_quotes(search_quotes) VALUES ('integrity-check')");
    CHECK(db.execAndGet("SELECT count(*) FROM participants INDEXED BY participants_entity WHERE entity = 1").getInt() == 1);
    CHECK(db.execAndGet("SELECT count(*) FROM graph_index").getInt() == 0);  // the writer's finish stores it
}

TEST_CASE("indexes are deferred only for an input large beside the store") {
    auto store = Store::open_in_memory();
    auto& db = sql_db(*store);
    CHECK_FALSE(worth_deferring_indexes(*store, 1000));
    CHECK(worth_deferring_indexes(*store, 1 << 20));
    db.exec("INSERT INTO sources(text_id, title, body) VALUES ('src:big', 'Big', zeroblob(8 << 20))");
    CHECK_FALSE(worth_deferring_indexes(*store, 1 << 20));
    CHECK(worth_deferring_indexes(*store, 3 << 20));
}
