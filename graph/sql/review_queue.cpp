#include "graph/review_queue.hpp"

#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"

namespace allegraph {
namespace {

// The candidate ids entity `key` takes part in, by id.
std::vector<std::string> candidates_naming(sql::Statement& st, std::int64_t key) {
    st.reset();
    st.bind(1, key);
    std::vector<std::string> ids;
    while (st.executeStep()) ids.push_back(st.getColumn(0).getString());
    return ids;
}

void bind_source(sql::Statement& st, std::optional<std::int64_t> source) {
    if (source) st.bind(1, *source);
    else st.bind(1);
}

}  // namespace

std::vector<std::int64_t> candidate_event_keys(Store& store, std::optional<std::int64_t> source) {
    sql::Connection& db = sql_db(store);
    sql::Statement st(db, R"(SELECT e.id FROM events e WHERE e.review = 'unreviewed'
        AND (CAST(?1 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM citations c WHERE c.event = e.id AND c.source = ?1))
        ORDER BY e.date_lo, e.date_hi, e.text_id)");
    bind_source(st, source);
    std::vector<std::int64_t> keys;
    while (st.executeStep()) keys.push_back(st.getColumn(0).getInt64());
    return keys;
}

std::vector<ProposedEntity> proposed_entities(Store& store, std::optional<std::int64_t> source) {
    sql::Connection& db = sql_db(store);
    sql::Statement st(db, R"(SELECT n.id, n.text_id, n.kind, n.category, n.name, n.description, n.public
        FROM entities n WHERE n.needs_review = 1 AND (CAST(?1 AS BIGINT) IS NULL
            OR EXISTS (SELECT 1 FROM citations c WHERE c.entity = n.id AND c.source = ?1)
            OR EXISTS (SELECT 1 FROM participants p JOIN events e ON e.id = p.event JOIN citations c ON c.event = e.id
                       WHERE p.entity = n.id AND e.review = 'unreviewed' AND c.source = ?1))
        ORDER BY n.id)");
    bind_source(st, source);
    sql::Statement naming(db, R"(SELECT DISTINCT e.text_id FROM participants p JOIN events e ON e.id = p.event
        WHERE p.entity = ? AND e.review = 'unreviewed' ORDER BY e.text_id)");
    std::vector<ProposedEntity> out;
    while (st.executeStep()) {
        ProposedEntity entity{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                              st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString(),
                              st.getColumn(6).getInt() != 0, {}};
        entity.candidates = candidates_naming(naming, entity.key);
        out.push_back(std::move(entity));
    }
    return out;
}

std::vector<RecordedEvent> recorded_events_with(Store& store, const std::vector<std::int64_t>& entities,
                                                bool include_unsupported) {
    sql::Connection& db = sql_db(store);
    sql::Statement st(db, R"(SELECT DISTINCT e.id, e.type, e.date_lo, e.date_hi, e.negated FROM participants p
        JOIN events e ON e.id = p.event
        WHERE p.entity IN (SELECT CAST(value AS BIGINT) FROM json_each(?1)) AND e.review = 'reviewed' AND (?2 OR e.unsupported = 0)
        ORDER BY e.id)");
    st.bind(1, sql::key_list(entities));
    st.bind(2, include_unsupported ? 1 : 0);
    std::vector<RecordedEvent> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getInt64(),
                       st.getColumn(3).getInt64(), st.getColumn(4).getInt() != 0});
    return out;
}

}  // namespace allegraph
