// The adjacency index (graph/graph_index.hpp) from the store's rows, and its stored copy (table `graph_index`).
#include "graph/graph_index.hpp"

#include <algorithm>
#include <unordered_map>

#include "graph/sql/engine.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

// A vocabulary id as the index holds it; an unknown word's id (0), or one past 16 bits, is unknown.
std::uint16_t index_id(int id) {
    return id > 0 && id <= std::numeric_limits<std::uint16_t>::max() ? static_cast<std::uint16_t>(id) : kUnknownVocabularyId;
}

std::uint16_t event_type_id(const Vocabulary& vocabulary, std::string_view word) {
    auto type = vocabulary.event_type(word);
    return type ? index_id(type->id) : kUnknownVocabularyId;
}

ReviewState review_state(std::string_view word) {
    if (word == "unreviewed") return ReviewState::unreviewed;
    if (word == "rejected") return ReviewState::rejected;
    return ReviewState::reviewed;
}

std::int32_t published_day(const sql::Column& column) {
    if (column.isNull()) return kNeverPublished;
    return static_cast<std::int32_t>(std::clamp<std::int64_t>(column.getInt64(), std::numeric_limits<std::int32_t>::min(),
                                                              kNeverPublished));
}

// Key -> position in a vector sorted by key.
template <typename Node>
std::unordered_map<std::int64_t, std::uint32_t> positions(const std::vector<Node>& nodes) {
    std::unordered_map<std::int64_t, std::uint32_t> out;
    out.reserve(nodes.size());
    for (std::uint32_t i = 0; i < nodes.size(); ++i) out.emplace(nodes[i].key, i);
    return out;
}

// The earliest publication among the sources citing each owner (event or relation), by owner key.
std::unordered_map<std::int64_t, std::int32_t> first_published(sql::Connection& db, const char* owner) {
    std::unordered_map<std::int64_t, std::int32_t> out;
    sql::Statement st(db, std::string("SELECT c.") + owner + ", min(s.published_hi) FROM citations c"
                             " JOIN sources s ON s.id = c.source WHERE c." + owner + " IS NOT NULL AND s.retracted IS NULL"
                             " GROUP BY c." + owner);
    while (st.executeStep()) out.emplace(st.getColumn(0).getInt64(), published_day(st.getColumn(1)));
    return out;
}

}  // namespace

GraphIndex compute_graph_index(Store& store) {
    sql::Connection& db = sql_db(store);
    const Vocabulary& vocabulary = store_vocabulary(store);
    GraphIndex index;
    sql::Statement entities(db, "SELECT id, public, kind = 'campaign' OR (kind = 'organization' AND category IN"
                                   " ('platform', 'media')) FROM entities ORDER BY id");
    while (entities.executeStep())
        index.entities.push_back({entities.getColumn(0).getInt64(), entities.getColumn(1).getInt() != 0,
                                  entities.getColumn(2).getInt() != 0});
    auto event_published = first_published(db, "event");
    sql::Statement events(db, "SELECT id, type, review, unsupported FROM events ORDER BY id");
    while (events.executeStep()) {
        std::int64_t key = events.getColumn(0).getInt64();
        auto published = event_published.find(key);
        index.events.push_back({key, event_type_id(vocabulary, events.getColumn(1).getString()),
                                review_state(events.getColumn(2).getString()),
                                published == event_published.end() ? kNeverPublished : published->second,
                                events.getColumn(3).getInt() != 0});
    }
    auto entity_at = positions(index.entities);
    auto event_at = positions(index.events);
    sql::Statement roles(db, "SELECT event, entity, role FROM participants ORDER BY event, entity, role");
    while (roles.executeStep())
        index.roles.push_back({entity_at.at(roles.getColumn(1).getInt64()), event_at.at(roles.getColumn(0).getInt64()),
                               index_id(vocabulary.role_id(roles.getColumn(2).getString()))});
    auto relation_published = first_published(db, "relation");
    sql::Statement relations(db, "SELECT id, from_entity, to_entity, type, unsupported FROM relations ORDER BY id");
    while (relations.executeStep()) {
        std::int64_t key = relations.getColumn(0).getInt64();
        auto published = relation_published.find(key);
        index.relations.push_back({key, entity_at.at(relations.getColumn(1).getInt64()),
                                   entity_at.at(relations.getColumn(2).getInt64()),
                                   index_id(vocabulary.relation_type_id(relations.getColumn(3).getString())),
                                   published == relation_published.end() ? kNeverPublished : published->second,
                                   relations.getColumn(4).getInt() != 0});
    }
    sql::Statement links(db, "SELECT event, target, type FROM event_links ORDER BY event, target");
    while (links.executeStep())
        index.links.push_back({event_at.at(links.getColumn(0).getInt64()), event_at.at(links.getColumn(1).getInt64()),
                               index_id(vocabulary.link_type_id(links.getColumn(2).getString()))});
    return index;
}

std::optional<GraphIndex> read_graph_index(Store& store) {
    sql::Statement st(sql_db(store), "SELECT data FROM graph_index WHERE id = 1");
    if (!st.executeStep()) return std::nullopt;
    const std::string_view data = st.getColumn(0).getBlob();
    return decode_graph_index(data.data(), data.size());
}

GraphIndex load_graph_index(Store& store) {
    if (auto stored = read_graph_index(store)) return std::move(*stored);
    return compute_graph_index(store);
}

void refresh_graph_index(Store& store) {
    sql::Connection& db = sql_db(store);
    sql::Statement stale(db, "DELETE FROM graph_index WHERE substr(data, 1, 4) <> ?");
    stale.bindBlob(1, std::string_view(kGraphIndexMagic, sizeof kGraphIndexMagic));
    stale.exec();
    if (db.execAndGet("SELECT count(*) FROM graph_index").getInt() > 0) return;
    std::string data = encode_graph_index(compute_graph_index(store));
    sql::Statement st(db, "INSERT INTO graph_index(id, data) VALUES (1, ?)");
    st.bindBlob(1, data);
    st.exec();
}

}  // namespace allegraph
