// The judgements table: record_not_same and not_same_pairs (graph/judgements.hpp).
#include "graph/judgements.hpp"

#include <algorithm>

#include "graph/sql/engine.hpp"

namespace allegraph {

void record_not_same(Store& store, FactKind kind, std::int64_t a, std::int64_t b, const std::string& reason) {
    sql::Statement st(sql_db(store),
                         "INSERT INTO judgements(kind, first, second, verdict, reason) VALUES (?, ?, ?, 'not_same', ?)"
                         " ON CONFLICT(kind, first, second) DO UPDATE SET reason = excluded.reason");
    st.bind(1, std::string(fact_kind_name(kind)));
    st.bind(2, std::min(a, b));
    st.bind(3, std::max(a, b));
    st.bind(4, reason);
    st.exec();
}

std::set<std::pair<std::int64_t, std::int64_t>> not_same_pairs(Store& store, FactKind kind) {
    sql::Statement st(sql_db(store), "SELECT first, second FROM judgements WHERE kind = ?");
    st.bind(1, std::string(fact_kind_name(kind)));
    std::set<std::pair<std::int64_t, std::int64_t>> out;
    while (st.executeStep()) out.emplace(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
    return out;
}

}  // namespace allegraph
