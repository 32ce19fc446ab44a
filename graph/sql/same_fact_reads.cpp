// same_fact_candidates (graph/same_fact.hpp).
#include <set>

#include "graph/same_fact.hpp"
#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"

namespace allegraph {
namespace {

// The events in which one of `statement`'s entities fills the role it fills in `statement`: an index
// range of participants_entity (entity, role, event) a pair, not every event of each entity.
std::vector<std::int64_t> events_filling_its_roles(sql::Connection& db, const EventStatement& statement) {
    std::set<std::int64_t> events;
    sql::Statement filling(db, "SELECT event FROM participants WHERE entity = ? AND role = ?");
    for (const auto& [entity, role] : statement.participants) {
        filling.reset();
        filling.bind(1, entity);
        filling.bind(2, role);
        while (filling.executeStep()) events.insert(filling.getColumn(0).getInt64());
    }
    return {events.begin(), events.end()};
}

}  // namespace

std::vector<EventStatement> same_fact_candidates(Store& store, const EventStatement& statement, bool with_unreviewed) {
    sql::Connection& db = sql_db(store);
    sql::Statement st(db, R"(SELECT e.id, e.text_id, e.type, e.status, e.review, e.negated, e.date_lo, e.date_hi,
            q.entity, q.role
        FROM events e JOIN participants q ON q.event = e.id
        WHERE e.id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))
          AND e.type = ?2 AND e.negated = ?3
          AND ((e.date_lo <= ?4 AND e.date_hi >= ?5) OR (e.date_lo >= ?4 AND e.date_hi <= ?5))
          AND (e.review = 'reviewed' OR (?6 AND e.review = 'unreviewed'))
        ORDER BY e.id)");
    st.bind(1, sql::key_list(events_filling_its_roles(db, statement)));
    st.bind(2, statement.type);
    st.bind(3, statement.negated ? 1 : 0);
    st.bind(4, statement.date_lo);
    st.bind(5, statement.date_hi);
    st.bind(6, with_unreviewed ? 1 : 0);
    std::vector<EventStatement> out;
    while (st.executeStep()) {
        std::int64_t key = st.getColumn(0).getInt64();
        if (out.empty() || out.back().key != key) {
            EventStatement e;
            e.key = key;
            e.id = st.getColumn(1).getString();
            e.type = st.getColumn(2).getString();
            e.status = st.getColumn(3).getString();
            e.review = st.getColumn(4).getString();
            e.negated = st.getColumn(5).getInt() != 0;
            e.date_lo = st.getColumn(6).getInt64();
            e.date_hi = st.getColumn(7).getInt64();
            out.push_back(std::move(e));
        }
        out.back().participants.emplace_back(st.getColumn(8).getInt64(), st.getColumn(9).getString());
    }
    return out;
}

}  // namespace allegraph
