// not_same_pairs (graph/judgements.hpp).
#include "graph/judgements.hpp"

#include "graph/sqlite/engine.hpp"

namespace allegraph {

std::set<std::pair<std::int64_t, std::int64_t>> not_same_pairs(Store& store, FactKind kind) {
    SQLite::Statement st(sqlite_db(store), "SELECT first, second FROM judgements WHERE kind = ?");
    st.bind(1, std::string(fact_kind_name(kind)));
    std::set<std::pair<std::int64_t, std::int64_t>> out;
    while (st.executeStep()) out.emplace(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
    return out;
}

}  // namespace allegraph
