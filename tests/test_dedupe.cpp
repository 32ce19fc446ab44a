#include <doctest/doctest.h>

#include "graph/sql/engine.hpp"
#include "graph/store.hpp"
#include "queries/dedupe.hpp"

using namespace allegraph;

namespace {

// Weinstein and a misspelt record of him; Jolie and Argento accuse him in two allegations on
// the same day; BAFTA suspends him twice (two records of one fact); an unrelated namesake
// event on another day; two sources of one title and publisher, and one of another publisher.
std::unique_ptr<Store> store_with_duplicates() {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(
        INSERT INTO entities(text_id, kind, name, name_key) VALUES
            ('person:harvey-weinstein', 'person', 'Harvey Weinstein', 'harvey weinstein'),
            ('person:harvey-weinstien', 'person', 'Harvey Weinstien', 'harvey weinstien'),
            ('person:angelina-jolie', 'person', 'Angelina Jolie', 'angelina jolie'),
            ('person:asia-argento', 'person', 'Asia Argento', 'asia argento'),
            ('org:bafta', 'organization', 'British Academy of Film and Television Arts', 'british academy of film and television arts');
        INSERT INTO events(text_id, type, category, date, date_lo, date_hi) VALUES
            ('event:jolie', 'allegation', 'allegation', '2017-10-10', 17449, 17449),
            ('event:argento', 'allegation', 'allegation', '2017-10-10', 17449, 17449),
            ('event:bafta-1', 'suspension', 'response', '2017-10-11', 17450, 17450),
            ('event:bafta-2', 'suspension', 'response', '2017-10', 17440, 17470),
            ('event:bafta-later', 'suspension', 'response', '2018-01-01', 17532, 17532);
        INSERT INTO participants(event, entity, role) VALUES
            (1, 3, 'accuser'), (1, 1, 'accused'), (2, 4, 'accuser'), (2, 1, 'accused'),
            (3, 5, 'actor'), (3, 1, 'subject'), (4, 5, 'actor'), (4, 1, 'subject'), (5, 5, 'actor'), (5, 1, 'subject');
        INSERT INTO sources(text_id, title, publisher) VALUES
            ('src:a', 'BAFTA suspends Weinstein', 'E! Online'), ('src:b', 'Bafta Suspends Weinstein', 'E! online'),
            ('src:c', 'BAFTA suspends Weinstein', 'Desk Wire');)");
    return store;
}

bool proposes(const std::vector<DuplicatePair>& pairs, const std::string& a, const std::string& b) {
    for (const auto& p : pairs)
        if ((p.a.id == a && p.b.id == b) || (p.a.id == b && p.b.id == a)) return true;
    return false;
}

}  // namespace

TEST_CASE("dedupe proposes a misspelt record of an entity, scored, with the evidence") {
    auto store = store_with_duplicates();
    Privacy privacy(*store, false);
    auto pairs = entity_duplicates(*store, privacy, 0.5, 50);
    REQUIRE(proposes(pairs, "person:harvey-weinstein", "person:harvey-weinstien"));
    CHECK(pairs.front().score > 0.8);
    CHECK(pairs.front().evidence.front().find("spelling distance 1") != std::string::npos);
    CHECK_FALSE(proposes(pairs, "person:angelina-jolie", "person:asia-argento"));
}

TEST_CASE("dedupe --events: one fact told twice, not two accusers nor an incompatible date") {
    auto store = store_with_duplicates();
    Privacy privacy(*store, false);
    auto pairs = event_duplicates(*store, {}, privacy, 0.5, 50);
    CHECK(proposes(pairs, "event:bafta-1", "event:bafta-2"));
    CHECK_FALSE(proposes(pairs, "event:jolie", "event:argento"));        // the same day, another accuser
    CHECK_FALSE(proposes(pairs, "event:bafta-1", "event:bafta-later"));  // the same actor, dates that cannot meet
    auto low = event_duplicates(*store, {}, privacy, 0.0, 50);
    REQUIRE(proposes(low, "event:jolie", "event:argento"));
    bool said = false;
    for (const auto& p : low)
        for (const auto& e : p.evidence) said = said || e.find("different accuser") != std::string::npos;
    CHECK(said);
}

TEST_CASE("dedupe --sources: the same title and publisher, case and punctuation aside; judged pairs never again") {
    auto store = store_with_duplicates();
    auto pairs = source_duplicates(*store, 0.5, 50);
    REQUIRE(pairs.size() == 1);
    CHECK(proposes(pairs, "src:a", "src:b"));
    sql_db(*store).exec("INSERT INTO judgements(kind, first, second, verdict, reason) VALUES ('source', 1, 2, 'not_same', 'two')");
    CHECK(source_duplicates(*store, 0.5, 50).empty());
}
