#include <doctest/doctest.h>

#include "graph/sql/engine.hpp"
#include "graph/corrections.hpp"
#include "graph/fact_image.hpp"
#include "graph/fact_lookup.hpp"
#include "graph/history.hpp"
#include "graph/store.hpp"
#include "graph/writer.hpp"

using namespace allegraph;

namespace {

Citation cite(const std::string& source, const std::string& quote) { return {source, quote, std::nullopt, std::nullopt}; }

Source source(const std::string& id) {
    Source s;
    s.id = id;
    s.title = id;
    return s;
}

Entity person(const std::string& id, const std::string& name, const std::string& source = "src:a") {
    Entity e;
    e.id = id;
    e.kind = "person";
    e.name = name;
    e.citations = {cite(source, name)};
    return e;
}

Event expulsion(const std::string& id, const std::string& date, std::vector<Citation> citations) {
    Event e;
    e.id = id;
    e.type = "expulsion";
    e.date = *parse_date(date);
    e.participants = {{"person:ann", "subject"}, {"person:bo", "actor"}};
    e.citations = std::move(citations);
    return e;
}

// A store with two sources, two persons and an event cited from both sources, logged as one import.
std::unique_ptr<Store> seeded() {
    auto store = Store::open_in_memory();
    GraphWriter writer(*store);
    REQUIRE(writer.put_source(source("src:a")).ok());
    REQUIRE(writer.put_source(source("src:b")).ok());
    REQUIRE(writer.put_entity(person("person:ann", "Ann Lee")).ok());
    REQUIRE(writer.put_entity(person("person:bo", "Bo Park")).ok());
    REQUIRE(writer.put_event(expulsion("event:x", "2017-10-14", {cite("src:a", "expelled"), cite("src:b", "ousted")})).ok());
    writer.finish();
    writer.recorder().commit("import", {{"case.json", "abc"}}, "");
    return store;
}

std::int64_t count(Store& store, const char* sql) { return sql_db(store).execAndGet(sql).getInt64(); }

std::string image_of(Store& store, const std::string& id) {
    auto fact = find_fact(store, id);
    REQUIRE(fact);
    return *fact_image(store, fact->kind, fact->key);
}

}  // namespace

TEST_CASE("history_moment reads dates as the end of the day and UTC times to the millisecond") {
    CHECK(*history_moment("2017-10-20") == "2017-10-20T23:59:59.999Z");
    CHECK(*history_moment("2017-10-20T12:00Z") == "2017-10-20T12:00:00.000Z");
    CHECK(*history_moment("2017-10-20T12:00:05Z") == "2017-10-20T12:00:05.000Z");
    CHECK(*history_moment("2017-10-20T12:00:05.25Z") == "2017-10-20T12:00:05.250Z");
    for (const char* bad : {"2017-02-29", "2017-10", "yesterday", "2017-10-20T25:00Z", "2017-10-20T12:00:00+02:00",
                            "2017-10-20T12:00:61Z", "2017-10-20T12:00:00.Z", ""})
        CHECK_FALSE(history_moment(bad).ok());
}

TEST_CASE("an import is logged with its files, and each fact it added") {
    auto store = seeded();
    CHECK(count(*store, "SELECT count(*) FROM changes") == 1);
    CHECK(sql_db(*store).execAndGet("SELECT files FROM changes").getString() == R"([{"path":"case.json","sha256":"abc"}])");
    CHECK(count(*store, "SELECT count(*) FROM change_facts WHERE action = 'added'") == 5);
    CHECK(count(*store, "SELECT count(*) FROM change_facts WHERE before IS NOT NULL") == 0);
}

TEST_CASE("the log is append-only") {
    auto store = seeded();
    CHECK_THROWS(sql_db(*store).exec("UPDATE changes SET reason = 'rewritten'"));
    CHECK_THROWS(sql_db(*store).exec("DELETE FROM change_facts"));
}

TEST_CASE("an image restores a fact exactly, whatever was changed since") {
    auto store = seeded();
    std::string before = image_of(*store, "event:x");
    sql_db(*store).exec(R"(UPDATE events SET date = '2017-10-13', summary = 'changed' WHERE text_id = 'event:x';
        DELETE FROM participants WHERE role = 'actor';
        DELETE FROM citations WHERE quote = 'ousted';
        INSERT INTO citations(source, event, quote) SELECT 1, id, 'new' FROM events WHERE text_id = 'event:x')");
    CHECK(image_of(*store, "event:x") != before);
    restore_fact(*store, FactKind::event, before);
    CHECK(image_of(*store, "event:x") == before);
}

TEST_CASE("an edit is logged with the fact's image before it, and an unchanged value logs nothing") {
    auto store = seeded();
    std::string before = image_of(*store, "event:x");
    FactEdit edit;
    edit.date = "2017-10-13";
    auto done = edit_fact(*store, "event:x", edit, "wrong day", true);
    REQUIRE(done.ok());
    CHECK(done->change == 2);
    CHECK(sql_db(*store).execAndGet("SELECT before FROM change_facts WHERE change = 2").getString() == before);
    CHECK(sql_db(*store).execAndGet("SELECT date_lo FROM events").getInt64() == parse_date("2017-10-13")->lo);
    auto again = edit_fact(*store, "event:x", edit, "again", true);
    REQUIRE(again.ok());
    CHECK(again->change == 0);
    CHECK(count(*store, "SELECT count(*) FROM changes") == 2);
}

TEST_CASE("edits are checked, and a refused edit changes nothing") {
    auto store = seeded();
    FactEdit bad_date;
    bad_date.date = "2017-02-30";
    CHECK_FALSE(edit_fact(*store, "event:x", bad_date, "r", true).ok());
    FactEdit status_on_person;
    status_on_person.status = "completed";
    CHECK_FALSE(edit_fact(*store, "person:ann", status_on_person, "r", true).ok());
    FactEdit fine;
    fine.status = "pending";
    CHECK_FALSE(edit_fact(*store, "event:x", fine, "  ", true).ok());
    CHECK_FALSE(edit_fact(*store, "event:nope", fine, "r", true).ok());
    CHECK(count(*store, "SELECT count(*) FROM changes") == 1);
    CHECK(sql_db(*store).execAndGet("SELECT status FROM events").getString().empty());
}

TEST_CASE("rolling back undoes edits, retractions, merges and imports, newest first") {
    auto store = seeded();
    std::string after_import = sql_db(*store).execAndGet("SELECT max(at) FROM changes").getString();
    std::string event_then = image_of(*store, "event:x");
    std::string ann_then = image_of(*store, "person:ann");
    FactEdit edit;
    edit.summary = "Bo Park expelled Ann Lee.";
    REQUIRE(edit_fact(*store, "event:x", edit, "summary", true).ok());
    REQUIRE(retract_source(*store, "src:b", "unreliable").ok());
    {
        GraphWriter writer(*store);
        REQUIRE(writer.put_entity(person("person:ann-lee", "A. Lee")).ok());
        writer.finish();
        writer.recorder().commit("import", {}, "");
    }
    REQUIRE(merge_entities(*store, "person:ann", "person:ann-lee", "same person", true).ok());
    CHECK(count(*store, "SELECT count(*) FROM entities") == 2);

    sql::Transaction transaction(sql_db(*store));
    REQUIRE(roll_back_to(*store, after_import).ok());
    CHECK(image_of(*store, "event:x") == event_then);
    CHECK(image_of(*store, "person:ann") == ann_then);
    CHECK(count(*store, "SELECT count(*) FROM entities") == 2);
    CHECK(count(*store, "SELECT count(*) FROM entity_redirects") == 0);
    CHECK(count(*store, "SELECT count(*) FROM sources WHERE retracted IS NOT NULL") == 0);
    CHECK(count(*store, "SELECT count(*) FROM changes") == 1);
    CHECK_FALSE(sql::Statement(sql_db(*store), "PRAGMA foreign_key_check").executeStep());
}

TEST_CASE("a retraction flags what the source alone supported, and only that") {
    auto store = seeded();
    GraphWriter writer(*store);
    REQUIRE(writer.put_event(expulsion("event:y", "2017-10-15", {cite("src:b", "only b")})).ok());
    writer.finish();
    writer.recorder().commit("import", {}, "");
    auto done = retract_source(*store, "src:b", "fabricated");
    REQUIRE(done.ok());
    CHECK(count(*store, "SELECT unsupported FROM events WHERE text_id = 'event:y'") == 1);
    CHECK(count(*store, "SELECT unsupported FROM events WHERE text_id = 'event:x'") == 0);
    CHECK(done->changed == std::vector<std::string>{"event event:y", "source src:b"});
    CHECK_FALSE(retract_source(*store, "src:b", "twice").ok());
}

TEST_CASE("a merge moves participations, names and citations, and the old id keeps resolving") {
    auto store = seeded();
    {
        GraphWriter writer(*store);
        REQUIRE(writer.put_entity(person("person:a-lee", "A. Lee", "src:b")).ok());
        Event e = expulsion("event:z", "2017-10-16", {cite("src:a", "again")});
        e.participants = {{"person:a-lee", "subject"}, {"person:bo", "actor"}};
        REQUIRE(writer.put_event(e).ok());
        writer.finish();
        writer.recorder().commit("import", {}, "");
    }
    REQUIRE(merge_entities(*store, "person:ann", "person:a-lee", "same person", true).ok());
    auto gone = find_fact(*store, "person:a-lee");
    REQUIRE(gone);
    CHECK(gone->key == find_fact(*store, "person:ann")->key);
    CHECK(count(*store, "SELECT count(*) FROM participants p JOIN entities e ON e.id = p.entity "
                        "WHERE e.text_id = 'person:ann'") == 2);
    CHECK(count(*store, "SELECT count(*) FROM aliases WHERE alias = 'A. Lee'") == 1);
    CHECK(count(*store, "SELECT count(*) FROM citations c JOIN entities e ON e.id = c.entity "
                        "WHERE e.text_id = 'person:ann'") == 2);
    GraphWriter writer(*store);
    Event later = expulsion("event:w", "2017-10-17", {cite("src:a", "old file")});
    later.participants = {{"person:a-lee", "subject"}};
    CHECK(writer.put_event(later).ok());
    CHECK_FALSE(merge_entities(*store, "person:ann", "person:a-lee", "again", true).ok());
    CHECK_FALSE(merge_entities(*store, "person:ann", "person:ann", "self", true).ok());
}

TEST_CASE("each change has its own moment, even several within a millisecond") {
    auto store = seeded();
    for (int i = 0; i < 5; ++i) ChangeRecorder(*store).commit("review", {}, "");
    sql::Statement times(sql_db(*store), "SELECT at FROM changes ORDER BY id");
    std::string previous;
    while (times.executeStep()) {
        std::string at = times.getColumn(0).getString();
        CHECK(at > previous);
        previous = at;
    }
}
