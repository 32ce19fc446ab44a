#include <doctest/doctest.h>

#include <algorithm>

#include "graph/sql/engine.hpp"
#include "graph/graph_index.hpp"
#include "graph/graph_view.hpp"
#include "graph/store.hpp"
#include "graph/transaction.hpp"
#include "graph/vocabulary_data.hpp"
#include "graph/vocabulary_store.hpp"
#include "graph/writer.hpp"

using namespace allegraph;

namespace {

// Two sources published on different days; an event cited by the later one; a private person.
std::unique_ptr<Store> indexed_store() {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(
        INSERT INTO sources(text_id, title, published, published_lo, published_hi) VALUES
            ('src:early', 'E', '2017-10-16', 17455, 17455), ('src:late', 'L', '2017-10-20', 17459, 17459);
        INSERT INTO entities(text_id, kind, category, name, name_key, public) VALUES
            ('p:a', 'person', '', 'A', 'a', 0), ('o:b', 'organization', 'media', 'B', 'b', 1),
            ('p:c', 'person', '', 'C', 'c', 1);
        INSERT INTO events(text_id, type, category, date, date_lo, date_hi, review) VALUES
            ('ev:1', 'expulsion', 'response', '2017', 1, 1, 'reviewed'),
            ('ev:2', 'denial', 'response', '2017', 1, 1, 'unreviewed'),
            ('ev:3', 'report', 'media', '2017', 1, 1, 'rejected');
        INSERT INTO participants(event, entity, role) VALUES (1, 2, 'actor'), (1, 1, 'subject'), (2, 3, 'actor');
        INSERT INTO relations(from_entity, type, to_entity) VALUES (1, 'friend_of', 3);
        INSERT INTO event_links(event, type, target) VALUES (2, 'responds_to', 1);
        INSERT INTO citations(source, event, quote) VALUES (1, 1, 'q1'), (2, 1, 'q2'), (2, 2, 'q3');
        INSERT INTO citations(source, relation, quote) VALUES (2, 1, 'q4');)");
    return store;
}

int stored_count(sql::Connection& db) { return db.execAndGet("SELECT count(*) FROM graph_index").getInt(); }

std::vector<std::string> column(Store& store, const char* sql) {
    sql::Statement st(sql_db(store), sql);
    std::vector<std::string> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
    return out;
}

// The compiled-in document as a later allegraph might have it: a new built-in event type, role,
// relation type and link type at the head of each list, moving every other entry one place on.
std::string document_with_new_first_entries() {
    std::string text(vocabulary_data::document);
    auto insert_first = [&](const std::string& list, const std::string& entry) {
        const std::string key = "\n  \"" + list + "\": [";
        auto at = text.find(key);
        REQUIRE(at != std::string::npos);
        text.insert(at + key.size(), "\n    " + entry + ",");
    };
    insert_first("event_types", R"({"id": 900, "word": "inquiry", "category": "response", "label": "Inquiry",)"
                                R"( "roles": ["actor", "subject"]})");
    insert_first("roles", R"({"id": 900, "word": "witness"})");
    insert_first("relation_types", R"({"id": 900, "word": "neighbour_of", "symmetric": true})");
    insert_first("link_types", R"({"id": 900, "word": "contradicts"})");
    return text;
}

// What the old index, which held places in lists, read back: the word at `word`'s place in the
// list it was stored with, taken from the list of the later vocabulary.
std::string_view by_place(const std::vector<std::string_view>& stored_with, const std::vector<std::string_view>& later,
                          std::string_view word) {
    auto place = static_cast<std::size_t>(std::find(stored_with.begin(), stored_with.end(), word) - stored_with.begin());
    return place < later.size() ? later[place] : std::string_view();
}

}  // namespace

TEST_CASE("the index holds keys, flags, review, first publication and edges") {
    auto store = indexed_store();
    GraphIndex index = compute_graph_index(*store);
    REQUIRE(index.entities.size() == 3);
    CHECK_FALSE(index.entities[0].is_public);
    CHECK(index.entities[1].is_hub);
    CHECK_FALSE(index.entities[2].is_hub);
    REQUIRE(index.events.size() == 3);
    CHECK(index.events[0].first_published == 17455);
    CHECK(index.events[1].review == ReviewState::unreviewed);
    CHECK(index.events[2].first_published == kNeverPublished);
    CHECK(index.roles.size() == 3);
    REQUIRE(index.relations.size() == 1);
    CHECK(index.relations[0].first_published == 17459);
    REQUIRE(index.links.size() == 1);
    CHECK(index.links[0].from == 1);
    CHECK(index.links[0].to == 0);
}

TEST_CASE("the stored form decodes to the same view, and anything malformed is refused") {
    auto store = indexed_store();
    GraphIndex index = compute_graph_index(*store);
    std::string data = encode_graph_index(index);
    auto decoded = decode_graph_index(data.data(), data.size());
    REQUIRE(decoded);
    CHECK(encode_graph_index(*decoded) == data);
    for (std::size_t cut = 0; cut < data.size(); ++cut) CHECK_FALSE(decode_graph_index(data.data(), cut));
    std::string wrong_magic = data;
    wrong_magic[3] = '9';
    CHECK_FALSE(decode_graph_index(wrong_magic.data(), wrong_magic.size()));
    std::string trailing = data + "x";
    CHECK_FALSE(decode_graph_index(trailing.data(), trailing.size()));
    for (std::size_t at = 4; at < data.size(); ++at) {  // flipped bytes decode or are refused, never crash
        std::string flipped = data;
        flipped[at] = static_cast<char>(flipped[at] ^ 0xff);
        (void)decode_graph_index(flipped.data(), flipped.size());
    }
}

TEST_CASE("writers store the index; any change to what it holds deletes it, from any client") {
    auto store = indexed_store();
    auto& db = sql_db(*store);
    CHECK(stored_count(db) == 0);
    GraphWriter writer(*store);
    writer.finish();
    REQUIRE(stored_count(db) == 1);
    CHECK(encode_graph_index(*read_graph_index(*store)) == encode_graph_index(compute_graph_index(*store)));
    for (const char* change : {"UPDATE events SET review = 'rejected' WHERE id = 1",
                               "INSERT INTO participants(event, entity, role) VALUES (1, 3, 'participant')",
                               "UPDATE entities SET public = 1 WHERE id = 1", "DELETE FROM event_links",
                               "UPDATE sources SET published_hi = 17000 WHERE id = 2",
                               "INSERT INTO citations(source, event, quote) VALUES (1, 2, 'q5')"}) {
        CAPTURE(change);
        writer.finish();
        REQUIRE(stored_count(db) == 1);
        db.exec(change);
        CHECK(stored_count(db) == 0);
    }
    writer.finish();
    db.exec("UPDATE events SET summary = 'words only' WHERE id = 1");
    CHECK(stored_count(db) == 1);  // a summary is not in the index
}

TEST_CASE("a refresh of an unchanged store keeps the stored index; one of another format version is rebuilt") {
    auto store = indexed_store();
    auto& db = sql_db(*store);
    refresh_graph_index(*store);
    REQUIRE(stored_count(db) == 1);
    std::string current = encode_graph_index(compute_graph_index(*store));
    std::string marker = current.substr(0, 4) + "kept as it was";  // the current tag, other bytes
    sql::Statement mark(db, "UPDATE graph_index SET data = ?");
    mark.bindBlob(1, marker);
    mark.exec();
    refresh_graph_index(*store);
    CHECK(db.execAndGet("SELECT CAST(data AS TEXT) FROM graph_index").getString() == marker);
    db.exec("UPDATE graph_index SET data = CAST('AGX1' || substr(data, 5) AS BLOB)");  // an older version
    refresh_graph_index(*store);
    sql::Column stored = db.execAndGet("SELECT data FROM graph_index");
    CHECK(std::string(stored.getBlob()) == current);
}

TEST_CASE("the view filters review state and publication like the rows do") {
    auto store = indexed_store();
    GraphIndex index = compute_graph_index(*store);
    GraphView reviewed = GraphView::from_index(index, {}, store_vocabulary(*store));
    CHECK(boost::num_vertices(reviewed.graph()) == 4);  // 3 entities, ev:1
    CHECK(reviewed.event_vertex(1));
    CHECK_FALSE(reviewed.event_vertex(2));
    CHECK_FALSE(reviewed.event_vertex(3));
    GraphLoadOptions as_of_early;
    as_of_early.include_unreviewed = true;
    as_of_early.published_by = 17455;
    GraphView early = GraphView::from_index(index, as_of_early, store_vocabulary(*store));
    CHECK(early.event_vertex(1));
    CHECK_FALSE(early.event_vertex(2));        // cited only by the later source
    CHECK(boost::num_edges(early.graph()) == 2);  // ev:1's roles; the relation is cited later
    GraphLoadOptions all;
    all.include_unreviewed = true;
    GraphView full = GraphView::from_index(index, all, store_vocabulary(*store));
    CHECK(boost::num_edges(full.graph()) == 5);  // 3 roles, 1 relation, 1 link
    CHECK(full.graph()[*full.event_vertex(2)].type == "denial");
    CHECK_FALSE(full.graph()[*full.entity_vertex(1)].is_public);
}

TEST_CASE("a stored index reads right through a vocabulary with a new built-in type and role mid-list") {
    auto store = indexed_store();
    refresh_graph_index(*store);
    std::optional<GraphIndex> stored = read_graph_index(*store);
    REQUIRE(stored);
    Result<Vocabulary> later = Vocabulary::from_document(document_with_new_first_entries());
    REQUIRE(later.ok());
    const Vocabulary& v = *later;
    REQUIRE(v.event_types().front() == "inquiry");
    REQUIRE(v.roles().front() == "witness");

    auto types = column(*store, "SELECT type FROM events ORDER BY id");
    REQUIRE(stored->events.size() == types.size());
    for (std::size_t i = 0; i < types.size(); ++i) {
        CHECK(v.event_type(stored->events[i].type)->word == types[i]);
        CHECK(by_place(event_types(), v.event_types(), types[i]) != types[i]);
    }
    auto roles = column(*store, "SELECT role FROM participants ORDER BY event, entity, role");
    REQUIRE(stored->roles.size() == roles.size());
    for (std::size_t i = 0; i < roles.size(); ++i) {
        CHECK(v.role_word(stored->roles[i].role) == roles[i]);
        CHECK(by_place(allegraph::roles(), v.roles(), roles[i]) != roles[i]);
    }
    REQUIRE(stored->relations.size() == 1);
    CHECK(v.relation_type_word(stored->relations[0].type) == "friend_of");
    CHECK(by_place(relation_types(), v.relation_types(), "friend_of") != "friend_of");
    REQUIRE(stored->links.size() == 1);
    CHECK(v.link_type_word(stored->links[0].type) == "responds_to");
    CHECK(by_place(link_types(), v.link_types(), "responds_to") != "responds_to");

    GraphLoadOptions all;
    all.include_unreviewed = true;
    GraphView view = GraphView::from_index(*stored, all, v);
    const Graph& g = view.graph();
    CHECK(g[*view.event_vertex(1)].type == "expulsion");
    CHECK(g[*view.event_vertex(2)].type == "denial");
    std::vector<std::string> edges;
    for (auto [e, end] = boost::edges(g); e != end; ++e) edges.emplace_back(view.edge_type(g[*e]));
    std::sort(edges.begin(), edges.end());
    CHECK(edges == std::vector<std::string>{"actor", "actor", "friend_of", "responds_to", "subject"});
}

TEST_CASE("an event of a type the database added reads back through the stored index and the view") {
    auto store = indexed_store();
    {
        StoreTransaction transaction(*store);
        EventTypeDefinition hearing;
        hearing.word = "tribunal_hearing";
        hearing.category = "response";
        hearing.label = "Tribunal hearing";
        hearing.roles = {"actor", "subject"};
        REQUIRE(add_event_type(*store, hearing).ok());
        sql_db(*store).exec(R"(
            INSERT INTO events(text_id, type, category, date, date_lo, date_hi, review) VALUES
                ('ev:4', 'tribunal_hearing', 'response', '2018', 1, 1, 'reviewed');
            INSERT INTO participants(event, entity, role) VALUES (4, 3, 'subject');)");
        refresh_graph_index(*store);
        transaction.commit();
    }
    std::optional<GraphIndex> stored = read_graph_index(*store);
    REQUIRE(stored);
    REQUIRE(stored->events.size() == 4);
    CHECK(stored->events[3].type >= kFirstAddedId);
    CHECK(stored->events[3].type == store_vocabulary(*store).event_type("tribunal_hearing")->id);
    GraphView view = GraphView::load(*store, {});
    CHECK(view.graph()[*view.event_vertex(4)].type == "tribunal_hearing");
}
