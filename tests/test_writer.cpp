#include <doctest/doctest.h>

#include "graph/sql/engine.hpp"
#include "graph/store.hpp"
#include "graph/writer.hpp"

using namespace allegraph;

namespace {

Citation cite(const std::string& quote) { return {"src:s", quote, std::nullopt, std::nullopt}; }

Entity person(const std::string& id, const std::string& name) {
    Entity e;
    e.id = id;
    e.kind = "person";
    e.name = name;
    e.citations = {cite(name)};
    return e;
}

struct Fixture {
    std::unique_ptr<Store> store = Store::open_in_memory();
    GraphWriter writer{*store};
    Fixture() {
        Source s;
        s.id = "src:s";
        s.title = "S";
        s.text = std::string("Ann Lee and Bo Park starred together. Ann Lee said so.");
        REQUIRE(writer.put_source(s).ok());
        REQUIRE(writer.put_entity(person("person:bo", "Bo Park")).ok());
        REQUIRE(writer.put_entity(person("person:ann", "Ann Lee")).ok());
    }
    int count(const char* sql) { return sql_db(*store).execAndGet(sql).getInt(); }
};

}  // namespace

TEST_CASE("symmetric relations are stored once, whichever way they are written") {
    Fixture f;
    Relation r{"person:bo", "co_star_of", "person:ann", std::nullopt, "", {cite("starred together")}};
    REQUIRE(f.writer.put_relation(r).ok());
    Relation reversed{"person:ann", "co_star_of", "person:bo", std::nullopt, "", {cite("starred together")}};
    REQUIRE(f.writer.put_relation(reversed).ok());
    CHECK(f.count("SELECT count(*) FROM relations") == 1);
    CHECK(f.count("SELECT count(*) FROM citations WHERE relation IS NOT NULL") == 1);
    Relation directed{"person:bo", "represents", "person:ann", std::nullopt, "", {cite("Bo Park")}};
    REQUIRE(f.writer.put_relation(directed).ok());
    CHECK(f.count("SELECT count(*) FROM relations r JOIN entities e ON e.id = r.from_entity"
                  " WHERE r.type = 'represents' AND e.text_id = 'person:bo'") == 1);
}

TEST_CASE("quotes are checked against the source text and located in code points") {
    Fixture f;
    CHECK(f.count("SELECT start FROM citations c JOIN entities e ON e.id = c.entity WHERE e.text_id = 'person:bo'") ==
          12);
    Entity wrong = person("person:cy", "Cy");
    wrong.citations = {cite("Cy Young starred")};
    auto written = f.writer.put_entity(wrong);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message == "citations[0].quote: not a verbatim substring of the text of src:s");
}

TEST_CASE("unknown references are errors naming the field") {
    Fixture f;
    Event e;
    e.id = "event:e";
    e.type = "expulsion";
    e.date = parse_date("2017-10-14").value();
    e.participants = {{"person:ann", "subject"}, {"person:nobody", "actor"}};
    auto written = f.writer.put_event(e);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message == "participants[1].entity: unknown entity id \"person:nobody\"");
    e.participants = {{"person:ann", "subject"}};
    e.citations = {{"src:none", "x", std::nullopt, std::nullopt}};
    CHECK(f.writer.put_event(e).error().message == "citations[0].source: unknown source id \"src:none\"");
    CHECK(f.writer.put_link("event:e", {"responds_to", "event:ghost"}).error().message ==
          "unknown event id \"event:ghost\"");
}

TEST_CASE("writing the same records twice changes nothing") {
    Fixture f;
    Entity ann = person("person:ann", "Ann Lee");
    ann.aliases = {"Lee"};
    REQUIRE(f.writer.put_entity(ann).ok());
    int before = f.count("SELECT count(*) FROM citations");
    REQUIRE(f.writer.put_entity(ann).ok());
    CHECK(f.count("SELECT count(*) FROM citations") == before);
    CHECK(f.count("SELECT count(*) FROM aliases") == 1);
    int changes = f.count("SELECT total_changes()");
    REQUIRE(f.writer.put_entity(ann).ok());
    CHECK(f.count("SELECT total_changes()") == changes);
}

TEST_CASE("an event written again replaces its participants and adds only new citations") {
    Fixture f;
    Event e;
    e.id = "event:e";
    e.type = "statement";
    e.date = *parse_date("2017-10-16");
    e.participants = {{"person:ann", "actor"}, {"person:bo", "subject"}};
    e.citations = {cite("Ann Lee said so"), cite("Ann Lee said so")};  // a repeat within the record
    auto first = f.writer.put_event(e);
    REQUIRE(first.ok());
    CHECK(f.count("SELECT count(*) FROM citations WHERE event IS NOT NULL") == 1);
    CHECK(f.count("SELECT count(*) FROM participants") == 2);
    e.participants = {{"person:bo", "actor"}};
    e.citations = {cite("Ann Lee said so"), cite("Bo Park starred")};
    auto second = f.writer.put_event(e);
    REQUIRE(second.ok());
    CHECK(second.value() == first.value());
    CHECK(f.count("SELECT count(*) FROM citations WHERE event IS NOT NULL") == 2);
    CHECK(f.count("SELECT count(*) FROM participants") == 1);
    CHECK(f.count("SELECT count(*) FROM participants WHERE role = 'actor'") == 1);
    Source other;  // an insert elsewhere between two writes of the event must not fool the writer
    other.id = "src:t";
    other.title = "T";
    REQUIRE(f.writer.put_source(other).ok());
    auto third = f.writer.put_event(e);
    REQUIRE(third.ok());
    CHECK(third.value() == first.value());
    CHECK(f.count("SELECT count(*) FROM citations WHERE event IS NOT NULL") == 2);
}
