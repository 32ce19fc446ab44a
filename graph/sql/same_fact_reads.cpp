// same_fact_candidates (graph/same_fact.hpp).
#include <string>

#include "graph/same_fact.hpp"
#include "graph/sql/engine.hpp"

namespace allegraph {
namespace {

// The events in which one of `statement`'s entities fills the role it fills in `statement`, as a
// subquery with one index range of participants_entity (entity, role, event) a pair, its parameters
// numbered from `first`, rather than every event of each entity. `statement` has participants.
std::string events_filling_its_roles(const EventStatement& statement, int first) {
    std::string union_of_pairs;
    for (std::size_t i = 0; i < statement.participants.size(); ++i) {
        const std::string entity = std::to_string(first + 2 * i), role = std::to_string(first + 2 * i + 1);
        union_of_pairs += (i ? " UNION " : "") + std::string("SELECT event FROM participants WHERE entity = ?") + entity +
                          " AND role = ?" + role;
    }
    return union_of_pairs;
}

}  // namespace

std::vector<EventStatement> same_fact_candidates(Store& store, const EventStatement& statement, bool with_unreviewed) {
    if (statement.participants.empty()) return {};  // the rule needs a role both fill
    sql::Statement st(sql_db(store), R"(SELECT e.id, e.text_id, e.type, e.status, e.review, e.negated, e.date_lo, e.date_hi,
            q.entity, q.role
        FROM events e JOIN participants q ON q.event = e.id
        WHERE e.id IN ()" + events_filling_its_roles(statement, 6) + R"()
          AND e.type = ?1 AND e.negated = ?2
          AND ((e.date_lo <= ?3 AND e.date_hi >= ?4) OR (e.date_lo >= ?3 AND e.date_hi <= ?4))
          AND (e.review = 'reviewed' OR (?5 AND e.review = 'unreviewed'))
        ORDER BY e.id)");
    st.bind(1, statement.type);
    st.bind(2, statement.negated ? 1 : 0);
    st.bind(3, statement.date_lo);
    st.bind(4, statement.date_hi);
    st.bind(5, with_unreviewed ? 1 : 0);
    int at = 6;
    for (const auto& [entity, role] : statement.participants) {
        st.bind(at++, entity);
        st.bind(at++, role);
    }
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
