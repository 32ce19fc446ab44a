#include <doctest/doctest.h>

#include "graph/sql/engine.hpp"
#include "graph/graph_view.hpp"
#include "graph/store.hpp"
#include "queries/centrality.hpp"
#include "queries/graph_steps.hpp"
#include "queries/path.hpp"

#include <random>

using namespace allegraph;

namespace {

// a - b - c (relations), c and d share an event, e alone.
std::unique_ptr<Store> small_store() {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(
        INSERT INTO entities(text_id, kind, name, name_key) VALUES
            ('p:a', 'person', 'A', 'a'), ('p:b', 'person', 'B', 'b'), ('p:c', 'person', 'C', 'c'),
            ('p:d', 'person', 'D', 'd'), ('p:e', 'person', 'E', 'e');
        INSERT INTO relations(from_entity, type, to_entity) VALUES (1, 'friend_of', 2), (2, 'member_of', 3);
        INSERT INTO events(text_id, type, category, date, date_lo, date_hi) VALUES
            ('ev:1', 'statement', 'media', '2017', 17167, 17531),
            ('ev:2', 'statement', 'media', '2017', 17167, 17531);
        UPDATE events SET review = 'unreviewed' WHERE text_id = 'ev:2';
        INSERT INTO participants(event, entity, role) VALUES (1, 3, 'actor'), (1, 4, 'subject'), (2, 5, 'actor'),
                                                             (2, 1, 'subject');
        INSERT INTO event_links(event, type, target) VALUES (2, 'responds_to', 1);)");
    return store;
}

}  // namespace

TEST_CASE("the view holds entities, events in scope, roles, relations and links") {
    auto store = small_store();
    GraphView view = GraphView::load(*store, {});
    CHECK(view.entity_count() == 5);
    CHECK(boost::num_vertices(view.graph()) == 6);  // the unreviewed event is left out
    CHECK(boost::num_edges(view.graph()) == 4);     // 2 relations + 2 roles
    GraphLoadOptions all;
    all.include_unreviewed = true;
    GraphView full = GraphView::load(*store, all);
    CHECK(boost::num_vertices(full.graph()) == 7);
    CHECK(boost::num_edges(full.graph()) == 7);  // + 2 roles + 1 link
    auto event = full.event_vertex(2);
    REQUIRE(event);
    CHECK(full.graph()[*event].type == "statement");
    CHECK(full.graph()[*event].is_event);
}

TEST_CASE("steps read relations both ways and shared events") {
    auto store = small_store();
    GraphView view = GraphView::load(*store, {});
    auto steps = steps_from(view, *view.entity_vertex(3));  // C: member_of from B (inverse), event with D
    REQUIRE(steps.size() == 2);
    CHECK(view.graph()[steps[0].to].key == 2);  // p:b
    CHECK(steps[0].inverse);
    CHECK(view.graph()[steps[1].to].key == 4);  // p:d
    CHECK(steps[1].from_role == "actor");
    CHECK(steps[1].to_role == "subject");
    auto friends = steps_from(view, *view.entity_vertex(2));
    CHECK_FALSE(friends[0].inverse);  // B's friend_of from A is symmetric: never inverse
}

TEST_CASE("components and exact betweenness on a path graph") {
    auto store = small_store();
    GraphView view = GraphView::load(*store, {});
    Privacy privacy(*store, true);
    GraphStats stats = graph_stats(*store, view, privacy, 3);
    CHECK(stats.entities == 5);
    CHECK(stats.adjacencies == 3);
    CHECK(stats.components == 2);
    CHECK(stats.largest_components == std::vector<std::size_t>{4, 1});
    // a-b-c-d: b and c each lie on 2 of the 6 shortest paths between pairs.
    REQUIRE(stats.top_betweenness.size() == 3);
    CHECK(stats.top_betweenness[0].score == doctest::Approx(2.0));
    CHECK(stats.top_betweenness[1].score == doctest::Approx(2.0));
    CHECK(stats.top_betweenness[2].score == doctest::Approx(0.0));
    CHECK(stats.betweenness_sample == 0);
    CHECK(stats.top_degree[0].score == doctest::Approx(2.0));
}

TEST_CASE("sampled betweenness says so, and from every source equals the exact value") {
    auto store = small_store();
    GraphView view = GraphView::load(*store, {});
    Privacy privacy(*store, true);
    GraphStats sampled = graph_stats(*store, view, privacy, 2, 0.0);  // no budget: sample, here every source
    CHECK(sampled.betweenness_sample == 4);  // of the four that can lie between two others: E stands alone
    CHECK(sampled.top_betweenness[0].score == doctest::Approx(2.0));
    CHECK(sampled.top_betweenness[1].score == doctest::Approx(2.0));
}

TEST_CASE("isolated entities and pairs add no betweenness work") {
    auto store = small_store();
    sql::Statement add(sql_db(*store), "INSERT INTO entities(text_id, kind, name, name_key) VALUES (?, 'person', ?, ?)");
    for (int i = 0; i < 2000; ++i) {
        add.reset();
        add.bind(1, "p:alone-" + std::to_string(i));
        add.bind(2, "Alone " + std::to_string(i));
        add.bind(3, "alone " + std::to_string(i));
        add.exec();
    }
    sql_db(*store).exec("INSERT INTO relations(from_entity, type, to_entity) VALUES (6, 'friend_of', 7)");  // a pair
    GraphView view = GraphView::load(*store, {});
    Privacy privacy(*store, true);
    // A budget that the path a-b-c-d fits and 2,005 entities would not: exact all the same.
    GraphStats sampled = graph_stats(*store, view, privacy, 2, 20.0);
    CHECK(sampled.entities == 2005);
    CHECK(sampled.betweenness_sample == 0);
    CHECK(sampled.top_betweenness[0].score == doctest::Approx(2.0));
    CHECK(sampled.top_betweenness[1].score == doctest::Approx(2.0));
}

TEST_CASE("hubs: platforms, media and campaigns, and busy entities under a degree cap") {
    auto store = small_store();
    sql_db(*store).exec("INSERT INTO entities(text_id, kind, category, name, name_key) VALUES"
                     " ('o:t', 'organization', 'platform', 'T', 't'), ('c:m', 'campaign', '', 'M', 'm')");
    GraphView view = GraphView::load(*store, {});
    HubPolicy policy;
    CHECK(is_hub(view, *view.entity_vertex(6), policy));
    CHECK(is_hub(view, *view.entity_vertex(7), policy));
    CHECK_FALSE(is_hub(view, *view.entity_vertex(2), policy));
    policy.max_degree = 1;
    CHECK(is_hub(view, *view.entity_vertex(2), policy));
    policy.through_hubs = true;
    CHECK_FALSE(is_hub(view, *view.entity_vertex(6), policy));
}

TEST_CASE("the first shortest path is the first of all shortest paths, on a random graph") {
    auto store = Store::open_in_memory();
    auto& db = sql_db(*store);
    std::mt19937 random(11);
    const int entities = 60, events = 90;
    for (int i = 1; i <= entities; ++i)
        db.exec("INSERT INTO entities(text_id, kind, name, name_key) VALUES ('p:" + std::to_string(i) +
                "', 'person', 'P" + std::to_string(i) + "', 'p" + std::to_string(i) + "')");
    for (int i = 1; i <= events; ++i) {
        db.exec("INSERT INTO events(text_id, type, category, date, date_lo, date_hi) VALUES ('ev:" + std::to_string(i) +
                "', 'statement', 'media', '2017', 17167, 17531)");
        int a = 1 + static_cast<int>(random() % entities), b = 1 + static_cast<int>(random() % entities);
        if (a == b) continue;
        db.exec("INSERT INTO participants(event, entity, role) VALUES (" + std::to_string(i) + ", " + std::to_string(a) +
                ", 'actor'), (" + std::to_string(i) + ", " + std::to_string(b) + ", 'subject')");
    }
    for (int i = 0; i < 20; ++i) {
        int a = 1 + static_cast<int>(random() % entities), b = 1 + static_cast<int>(random() % entities);
        if (a != b)
            db.exec("INSERT OR IGNORE INTO relations(from_entity, type, to_entity) VALUES (" + std::to_string(a) +
                    ", 'member_of', " + std::to_string(b) + ")");
    }
    GraphView view = GraphView::load(*store, {});
    Privacy privacy(*store, true);
    PathOptions first, all;
    all.all = true;
    int compared = 0;
    for (int a = 1; a <= entities; a += 3)
        for (int b = 2; b <= entities; b += 5) {
            Vertex from = *view.entity_vertex(a), to = *view.entity_vertex(b);
            auto one = find_paths(*store, view, from, to, first, {}, privacy);
            auto every = find_paths(*store, view, from, to, all, {}, privacy);
            REQUIRE(one.paths.empty() == every.paths.empty());
            if (one.paths.empty()) continue;
            REQUIRE(one.paths[0].size() == every.paths[0].size());
            for (std::size_t h = 0; h < one.paths[0].size(); ++h) {
                CHECK(one.paths[0][h].from.id == every.paths[0][h].from.id);
                CHECK(one.paths[0][h].to.id == every.paths[0][h].to.id);
                CHECK(one.paths[0][h].via == every.paths[0][h].via);
            }
            ++compared;
        }
    CHECK(compared > 20);
}
