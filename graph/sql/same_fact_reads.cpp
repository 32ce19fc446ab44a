// events_of_type_with (graph/same_fact.hpp).
#include "graph/same_fact.hpp"
#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"

namespace allegraph {

std::vector<EventStatement> events_of_type_with(Store& store, std::string_view type,
                                                const std::vector<std::int64_t>& entities, bool with_unreviewed) {
    sql::Statement st(sql_db(store), R"(SELECT e.id, e.text_id, e.type, e.status, e.review, e.negated, e.date_lo, e.date_hi,
            q.entity, q.role
        FROM events e JOIN participants q ON q.event = e.id
        WHERE e.id IN (SELECT p.event FROM participants p WHERE p.entity IN (SELECT CAST(value AS BIGINT) FROM json_each(?1)))
          AND e.type = ?2 AND (e.review = 'reviewed' OR (?3 AND e.review = 'unreviewed'))
        ORDER BY e.id)");
    st.bind(1, sql::key_list(entities));
    st.bind(2, std::string(type));
    st.bind(3, with_unreviewed ? 1 : 0);
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
