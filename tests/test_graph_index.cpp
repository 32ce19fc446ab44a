#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>

#include "graph/sql/engine.hpp"
#include "graph/sql/sqlite/schema.hpp"
#include "graph/graph_index.hpp"
#include "graph/graph_index_patch.hpp"
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
int dirty_count(sql::Connection& db) { return db.execAndGet("SELECT count(*) FROM graph_index_dirty").getInt(); }

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

TEST_CASE("a patch's stored form decodes to the same entries, later patches win, and anything malformed is refused") {
    GraphIndexPatch earlier, later;
    earlier.entities = {{{3, false, true}}, {{7}, true}};
    earlier.events = {{{2, 4, ReviewState::unreviewed, 17455, true}, false, {{3, 1}, {9, 2}}, {{5, 1}}}, {{5}, true, {}, {}}};
    earlier.relations = {{4, false, 3, 9, 2, kNeverPublished, true}};
    later.events = {{{2}, true, {}, {}}, {{6, 1, ReviewState::reviewed, -3, false}, false, {}, {}}};
    later.relations = {{1, true}};
    GraphIndexPatch both = combine_patches({earlier, later});
    REQUIRE(both.keys() == 7);
    CHECK(both.events[0].gone);  // key 2: the later entry
    CHECK(both.events[1].node.key == 5);
    CHECK(both.events[2].node.first_published == -3);
    CHECK(both.relations[0].key == 1);
    CHECK(both.relations[1].to == 9);
    GraphIndexPatch latest;
    latest.events = {{{2, 1, ReviewState::reviewed, 5, false}, false, {}, {}}};
    GraphIndexPatch three = combine_patches({earlier, later, latest});
    REQUIRE(three.events.size() == 3);
    CHECK_FALSE(three.events[0].gone);  // key 2 again: the last patch's entry
    CHECK(three.events[0].node.first_published == 5);

    std::string data = encode_graph_index_patch(earlier);
    auto decoded = decode_graph_index_patch(data.data(), data.size());
    REQUIRE(decoded);
    CHECK(encode_graph_index_patch(*decoded) == data);
    CHECK(decoded->events[0].roles[1].entity == 9);
    CHECK(decoded->events[0].links[0].target == 5);
    CHECK(decoded->entities[0].node.is_hub);
    CHECK_FALSE(decoded->entities[0].node.is_public);
    for (std::size_t cut = 0; cut < data.size(); ++cut) CHECK_FALSE(decode_graph_index_patch(data.data(), cut));
    CHECK_FALSE(decode_graph_index_patch((data + "x").data(), data.size() + 1));
    GraphIndexPatch unordered;
    unordered.entities = {{{7}}, {{3}}};
    std::string out_of_order = encode_graph_index_patch(unordered);
    CHECK_FALSE(decode_graph_index_patch(out_of_order.data(), out_of_order.size()));
    for (std::size_t at = 4; at < data.size(); ++at) {  // flipped bytes decode or are refused, never crash
        std::string flipped = data;
        flipped[at] = static_cast<char>(flipped[at] ^ 0xff);
        (void)decode_graph_index_patch(flipped.data(), flipped.size());
    }
}

TEST_CASE("writers store the index; any change to what it holds is recorded, from any client, and the copy not read") {
    auto store = indexed_store();
    auto& db = sql_db(*store);
    CHECK(stored_count(db) == 0);
    GraphWriter writer(*store);
    writer.finish();
    REQUIRE(stored_count(db) == 1);
    CHECK(dirty_count(db) == 0);
    CHECK(encode_graph_index(*read_graph_index(*store)) == encode_graph_index(compute_graph_index(*store)));
    for (const char* change : {"UPDATE events SET review = 'rejected' WHERE id = 1",
                               "INSERT INTO participants(event, entity, role) VALUES (1, 3, 'participant')",
                               "UPDATE entities SET public = 1 WHERE id = 1", "DELETE FROM event_links",
                               "UPDATE sources SET published_hi = 17000 WHERE id = 2",
                               "INSERT INTO citations(source, event, quote) VALUES (1, 2, 'q5')"}) {
        CAPTURE(change);
        writer.finish();
        REQUIRE(dirty_count(db) == 0);
        REQUIRE(read_graph_index(*store));
        db.exec(change);
        CHECK(dirty_count(db) > 0);
        CHECK(stored_count(db) == 1);
        CHECK_FALSE(read_graph_index(*store));  // recorded, not yet patched: readers compute from the rows
    }
    writer.finish();
    db.exec("UPDATE events SET summary = 'words only' WHERE id = 1");  // a summary is not in the index
    db.exec("UPDATE events SET review = review WHERE id = 1");          // nor is a value set to itself
    CHECK(dirty_count(db) == 0);
    CHECK(refresh_graph_index(*store) == IndexRefresh::kept);
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

namespace {

// A store of a few hundred random facts of every kind the index holds, and random small changes to
// them as any SQLite client could make (deterministic: a fixed seed).
class RandomGraph {
public:
    explicit RandomGraph(std::uint32_t seed) : store(Store::open_in_memory()), db(sql_db(*store)), random_(seed) {
        for (int i = 0; i < 20; ++i) add_source(17000 + pick(1000));
        for (int i = 0; i < 200; ++i) add_entity();
        for (int i = 0; i < 300; ++i) add_event();
        for (int i = 0; i < 600; ++i) add_participant();
        for (int i = 0; i < 150; ++i) add_relation();
        for (int i = 0; i < 150; ++i) add_link();
        for (int i = 0; i < 500; ++i) add_citation();
    }

    // One random change; true when it is one that records 'all' (a source's date or retraction).
    bool change() {
        if (pick(25) == 0) {
            auto source = some("SELECT id FROM sources");
            if (pick(2)) run("UPDATE sources SET retracted = CASE WHEN retracted IS NULL THEN '2018-01-01' END WHERE id = ?", source);
            else run("UPDATE sources SET published_hi = coalesce(published_hi, 17000) - 30 WHERE id = ?", source);
            return true;
        }
        small_change(pick(24));
        return false;
    }

    std::unique_ptr<Store> store;
    sql::Connection& db;

private:
    static constexpr const char* kUnreferencedEntity =
        "SELECT id FROM entities e WHERE NOT EXISTS (SELECT 1 FROM participants WHERE entity = e.id)"
        " AND NOT EXISTS (SELECT 1 FROM relations WHERE e.id IN (from_entity, to_entity))";
    static constexpr const char* kUnreferencedEvent =
        "SELECT id FROM events v WHERE NOT EXISTS (SELECT 1 FROM participants WHERE event = v.id)"
        " AND NOT EXISTS (SELECT 1 FROM event_links WHERE v.id IN (event, target))"
        " AND NOT EXISTS (SELECT 1 FROM citations WHERE event = v.id)";
    // The row at a given place in key order (participants and links have no integer key).
    static constexpr const char* kParticipant = "(event, entity, role) = (SELECT event, entity, role FROM participants"
                                                " ORDER BY event, entity, role LIMIT 1 OFFSET ?)";
    static constexpr const char* kLink = "(event, type, target) = (SELECT event, type, target FROM event_links"
                                         " ORDER BY event, type, target LIMIT 1 OFFSET ?)";

    void small_change(int kind) {
        switch (kind) {
            case 0: add_entity(); break;
            case 1: run("DELETE FROM entities WHERE id = ?", some(kUnreferencedEntity)); break;
            case 2: run("UPDATE entities SET public = 1 - public WHERE id = ?", some("SELECT id FROM entities")); break;
            case 3:
                run("UPDATE entities SET kind = 'organization', category = ? WHERE id = ?",
                    std::string(word({"", "media", "platform", "ngo"})), some("SELECT id FROM entities"));
                break;
            case 4: run("UPDATE entities SET id = (SELECT max(id) + 1 FROM entities) WHERE id = ?", some(kUnreferencedEntity)); break;
            case 5: {
                std::int64_t event = add_event();
                for (int i = pick(4); i > 0; --i) add_participant(event);
                for (int i = pick(3); i > 0; --i) add_link(event);
                for (int i = pick(3); i > 0; --i) add_citation(event);
                break;
            }
            case 6: run("DELETE FROM events WHERE id = ?", some("SELECT id FROM events")); break;
            case 7: run("UPDATE events SET review = ? WHERE id = ?", std::string(word({"reviewed", "unreviewed", "rejected"})),
                        some("SELECT id FROM events")); break;
            case 8: run("UPDATE events SET type = ? WHERE id = ?", std::string(word(event_types())), some("SELECT id FROM events")); break;
            case 9: run("UPDATE events SET unsupported = 1 - unsupported WHERE id = ?", some("SELECT id FROM events")); break;
            case 10: run("UPDATE events SET id = (SELECT max(id) + 1 FROM events) WHERE id = ?", some(kUnreferencedEvent)); break;
            case 11: add_participant(); break;
            case 12: run("DELETE FROM participants WHERE " + std::string(kParticipant), offset("participants")); break;
            case 13:
                run("UPDATE OR IGNORE participants SET role = ?, event = ? WHERE " + std::string(kParticipant),
                    std::string(word(roles())), some("SELECT id FROM events"), offset("participants"));
                break;
            case 14: add_link(); break;
            case 15: run("DELETE FROM event_links WHERE " + std::string(kLink), offset("event_links")); break;
            case 16:
                run("UPDATE OR IGNORE event_links SET type = ?, target = ? WHERE " + std::string(kLink),
                    std::string(word(link_types())), some("SELECT id FROM events"), offset("event_links"));
                break;
            case 17: add_relation(); break;
            case 18: run("DELETE FROM relations WHERE id = ?", some("SELECT id FROM relations")); break;
            case 19:
                run("UPDATE OR IGNORE relations SET type = ?, to_entity = ?, unsupported = 1 - unsupported WHERE id = ?",
                    std::string(word(relation_types())), some("SELECT id FROM entities"), some("SELECT id FROM relations"));
                break;
            case 20: {  // an old event newly cited by a source published earlier than any other
                std::int64_t source = add_source(16000 - pick(100));
                run("INSERT INTO citations(source, event, quote) VALUES (?, ?, ?)", source, some("SELECT id FROM events"),
                    "earlier " + std::to_string(++counter_));
                break;
            }
            case 21: add_citation(); break;
            case 22: run("DELETE FROM citations WHERE id = ?", some("SELECT id FROM citations")); break;
            default: run("UPDATE citations SET source = ? WHERE id = ?", some("SELECT id FROM sources"), some("SELECT id FROM citations"));
        }
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }
    template <class Words>
    std::string_view word(const Words& words) {
        auto at = words.begin();
        std::advance(at, pick(static_cast<int>(words.size())));
        return *at;
    }
    std::string_view word(std::initializer_list<std::string_view> words) { return word<>(words); }

    // A random row of `select` (its first column), or -1 when it has none.
    std::int64_t some(const std::string& select) {
        int count = db.execAndGet("SELECT count(*) FROM (" + select + ") q").getInt();
        if (count == 0) return -1;
        sql::Statement st(db, select + " ORDER BY 1 LIMIT 1 OFFSET " + std::to_string(pick(count)));
        st.executeStep();
        return st.getColumn(0).getInt64();
    }

    int offset(const char* table) {
        return pick(std::max(1, db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt()));
    }

    template <class... Args>
    void run(const std::string& sql, Args... args) {
        sql::Statement st(db, sql);
        int i = 0;
        (st.bind(++i, args), ...);
        st.exec();
    }
    std::int64_t inserted(const std::string& sql) { return db.execAndGet(sql).getInt64(); }

    std::int64_t add_source(int published) {
        std::string id = "src:" + std::to_string(++counter_);
        if (pick(6) == 0) run("INSERT INTO sources(text_id, title) VALUES (?, 'S')", id);
        else run("INSERT INTO sources(text_id, title, published_lo, published_hi) VALUES (?, 'S', ?1, ?2)", id, published);
        return inserted("SELECT max(id) FROM sources");
    }
    void add_entity() {
        std::string id = "ent:" + std::to_string(++counter_);
        std::string kind(word({"person", "organization", "campaign"}));
        std::string category(kind == "organization" ? word({"", "media", "platform", "ngo"}) : "");
        run("INSERT INTO entities(text_id, kind, category, name, name_key, public) VALUES (?, ?, ?, ?1, ?1, ?)", id, kind,
            category, pick(5) ? 1 : 0);
    }
    std::int64_t add_event() {
        run("INSERT INTO events(text_id, type, category, date, date_lo, date_hi, review, unsupported)"
            " VALUES (?, ?, 'response', '2017', 1, 1, ?, ?)",
            "ev:" + std::to_string(++counter_), std::string(word(event_types())),
            std::string(word({"reviewed", "reviewed", "unreviewed", "rejected"})), pick(10) ? 0 : 1);
        return inserted("SELECT max(id) FROM events");
    }
    void add_participant(std::int64_t event = -1) {
        run("INSERT INTO participants(event, entity, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            event < 0 ? some("SELECT id FROM events") : event, some("SELECT id FROM entities"), std::string(word(roles())));
    }
    void add_relation() {
        run("INSERT INTO relations(from_entity, type, to_entity, unsupported) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            some("SELECT id FROM entities"), std::string(word(relation_types())), some("SELECT id FROM entities"),
            pick(10) ? 0 : 1);
    }
    void add_link(std::int64_t event = -1) {
        run("INSERT INTO event_links(event, type, target) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            event < 0 ? some("SELECT id FROM events") : event, std::string(word(link_types())), some("SELECT id FROM events"));
    }
    void add_citation(std::int64_t event = -1) {
        std::string quote = "q" + std::to_string(++counter_);
        if (event < 0 && pick(3) == 0)
            run("INSERT INTO citations(source, relation, quote) VALUES (?, ?, ?)", some("SELECT id FROM sources"),
                some("SELECT id FROM relations"), quote);
        else
            run("INSERT INTO citations(source, event, quote) VALUES (?, ?, ?)", some("SELECT id FROM sources"),
                event < 0 ? some("SELECT id FROM events") : event, quote);
    }

    std::mt19937 random_;
    int counter_ = 0;
};

std::string stored_blob(sql::Connection& db) { return std::string(db.execAndGet("SELECT data FROM graph_index").getBlob()); }
int patch_count(sql::Connection& db) { return db.execAndGet("SELECT count(*) FROM graph_index_patches").getInt(); }
std::int64_t patched_keys(sql::Connection& db) {
    return db.execAndGet("SELECT coalesce(max(keys_so_far), 0) FROM graph_index_patches").getInt64();
}
std::int64_t stored_nodes(sql::Connection& db) { return db.execAndGet("SELECT nodes FROM graph_index").getInt64(); }

}  // namespace

TEST_CASE("a refresh after small random changes of every kind stores patches that read as the index computed anew") {
    RandomGraph graph(20171014);
    sql::Connection& db = graph.db;
    REQUIRE(refresh_graph_index(*graph.store) == IndexRefresh::computed);
    std::map<IndexRefresh, int> done;
    for (int round = 0; round < 400; ++round) {
        CAPTURE(round);
        bool all = false;
        for (int changes = 1 + round % 3; changes > 0; --changes) all = graph.change() || all;
        const bool dirty = dirty_count(db) > 0;
        if (dirty) CHECK_FALSE(read_graph_index(*graph.store));
        const std::string base = stored_blob(db);
        const int patches = patch_count(db);
        const IndexRefresh refresh = refresh_graph_index(*graph.store);
        ++done[refresh];
        if (all) CHECK(refresh == IndexRefresh::computed);
        else if (!dirty) CHECK(refresh == IndexRefresh::kept);
        else CHECK((refresh == IndexRefresh::patched || refresh == IndexRefresh::folded));
        const std::string computed = encode_graph_index(compute_graph_index(*graph.store));
        auto read = read_graph_index(*graph.store);
        REQUIRE(read);
        REQUIRE(encode_graph_index(*read) == computed);
        if (refresh == IndexRefresh::patched || refresh == IndexRefresh::kept) {  // a write costs a patch, not the index
            CHECK(stored_blob(db) == base);
            CHECK(patch_count(db) == patches + (refresh == IndexRefresh::patched ? 1 : 0));
        } else {
            CHECK(stored_blob(db) == computed);
            CHECK(patch_count(db) == 0);
            CHECK(stored_nodes(db) == static_cast<std::int64_t>(read->entities.size() + read->events.size() + read->relations.size()));
        }
        CHECK(patched_keys(db) * 8 <= stored_nodes(db));
        CHECK(dirty_count(db) == 0);
    }
    CHECK(done[IndexRefresh::patched] > 300);
    CHECK(done[IndexRefresh::folded] >= 2);
    CHECK(done[IndexRefresh::computed] > 5);
}

TEST_CASE("a refresh after changes to more than an eighth of the index computes it whole") {
    RandomGraph graph(7);
    refresh_graph_index(*graph.store);
    graph.db.exec("UPDATE events SET review = CASE review WHEN 'reviewed' THEN 'unreviewed' ELSE 'reviewed' END WHERE id <= 120");
    CHECK(refresh_graph_index(*graph.store) == IndexRefresh::computed);
    CHECK(stored_blob(graph.db) == encode_graph_index(compute_graph_index(*graph.store)));
    graph.db.exec("UPDATE events SET review = 'rejected' WHERE id <= 20");
    CHECK(refresh_graph_index(*graph.store) == IndexRefresh::patched);
    CHECK(encode_graph_index(*read_graph_index(*graph.store)) == encode_graph_index(compute_graph_index(*graph.store)));
}

TEST_CASE("patches are folded into the index once they hold an eighth of its nodes") {
    RandomGraph graph(11);
    sql::Connection& db = graph.db;
    refresh_graph_index(*graph.store);
    const std::int64_t nodes = stored_nodes(db);
    REQUIRE(nodes > 400);
    std::int64_t event = 1;
    int patched = 0;
    for (; patched_keys(db) + 1 <= nodes / 8; ++patched) {
        graph.db.exec("UPDATE events SET review = CASE review WHEN 'rejected' THEN 'reviewed' ELSE 'rejected' END WHERE id = " +
                      std::to_string(event++));
        REQUIRE(refresh_graph_index(*graph.store) == IndexRefresh::patched);
    }
    CHECK(patch_count(db) == patched);
    graph.db.exec("UPDATE events SET review = 'unreviewed' WHERE id = " + std::to_string(event));
    CHECK(refresh_graph_index(*graph.store) == IndexRefresh::folded);
    CHECK(patch_count(db) == 0);
    CHECK(stored_blob(db) == encode_graph_index(compute_graph_index(*graph.store)));
}

TEST_CASE("an unreadable patch is never applied: readers compute from the rows, and a fold computes anew") {
    RandomGraph graph(3);
    sql::Connection& db = graph.db;
    refresh_graph_index(*graph.store);
    db.exec("UPDATE events SET review = 'rejected' WHERE id = 1");
    REQUIRE(refresh_graph_index(*graph.store) == IndexRefresh::patched);
    db.exec("UPDATE graph_index_patches SET data = CAST('AGP1 not a patch' AS BLOB)");
    CHECK_FALSE(read_graph_index(*graph.store));
    CHECK(encode_graph_index(load_graph_index(*graph.store)) == encode_graph_index(compute_graph_index(*graph.store)));
    db.exec("UPDATE graph_index_patches SET keys_so_far = 1000000");  // past an eighth: the next write folds
    db.exec("UPDATE events SET review = 'reviewed' WHERE id = 1");
    CHECK(refresh_graph_index(*graph.store) == IndexRefresh::computed);
    CHECK(patch_count(db) == 0);
    CHECK(encode_graph_index(*read_graph_index(*graph.store)) == encode_graph_index(compute_graph_index(*graph.store)));
}

TEST_CASE("a version 7 store opens at the current version, its index dropped once, then computed and patched") {
    auto path = (std::filesystem::temp_directory_path() / "allegraph-unit-index-v7.db").string();
    for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        REQUIRE(migrate(db, 7).ok());
        db.exec(R"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
                       INSERT INTO entities(text_id, kind, name, name_key) SELECT 'p:' || i, 'person', 'P', 'p' FROM n;
                   INSERT INTO events(text_id, type, category, date, date_lo, date_hi) VALUES ('ev:1', 'expulsion', 'response', '2017', 1, 1);
                   INSERT INTO participants(event, entity, role) VALUES (1, 1, 'actor');
                   INSERT INTO graph_index(id, data) VALUES (1, CAST('AGX3 as version 7 stored it' AS BLOB));)");
    }
    auto store = Store::open(path, Store::Mode::write);
    REQUIRE(store.ok());
    auto& db = sql_db(**store);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == current_schema_version());
    CHECK(stored_count(db) == 0);
    CHECK(refresh_graph_index(**store) == IndexRefresh::computed);
    db.exec("INSERT INTO participants(event, entity, role) VALUES (1, 2, 'subject')");
    CHECK(dirty_count(db) == 1);
    CHECK(refresh_graph_index(**store) == IndexRefresh::patched);
    CHECK(encode_graph_index(*read_graph_index(**store)) == encode_graph_index(compute_graph_index(**store)));
}

TEST_CASE("a version 8 store's index counts no nodes until the first write computes it; then writes patch it") {
    auto path = (std::filesystem::temp_directory_path() / "allegraph-unit-index-v8.db").string();
    for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    {
        auto store = Store::open(path, Store::Mode::create);
        REQUIRE(store.ok());
        sql_db(**store).exec(R"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
                       INSERT INTO entities(text_id, kind, name, name_key) SELECT 'p:' || i, 'person', 'P', 'p' FROM n;
                   INSERT INTO events(text_id, type, category, date, date_lo, date_hi) VALUES ('ev:1', 'expulsion', 'response', '2017', 1, 1);
                   INSERT INTO participants(event, entity, role) VALUES (1, 1, 'actor');)");
        refresh_graph_index(**store);
        sql_db(**store).exec("DROP TABLE graph_index_patches; DROP INDEX events_rejected; ALTER TABLE graph_index DROP COLUMN nodes;"
                             " PRAGMA user_version = 8");
    }
    auto store = Store::open(path, Store::Mode::write);
    if (!store.ok()) FAIL(store.error().message);
    auto& db = sql_db(**store);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == 9);
    CHECK(stored_nodes(db) == 0);
    REQUIRE(read_graph_index(**store));  // still read as it was
    db.exec("INSERT INTO participants(event, entity, role) VALUES (1, 2, 'subject')");
    CHECK(refresh_graph_index(**store) == IndexRefresh::computed);
    CHECK(stored_nodes(db) == 41);
    db.exec("INSERT INTO participants(event, entity, role) VALUES (1, 3, 'subject')");
    CHECK(refresh_graph_index(**store) == IndexRefresh::patched);
    CHECK(encode_graph_index(*read_graph_index(**store)) == encode_graph_index(compute_graph_index(**store)));
}
