// Entity records (graph/entity_records.hpp): tables `entities` and `participants`.
#include "graph/entity_records.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {

std::optional<EntityClass> entity_class(Store& store, std::int64_t key) {
    sql::Statement st(sql_db(store), "SELECT kind, category, needs_review FROM entities WHERE id = ?");
    st.bind(1, key);
    if (!st.executeStep()) return std::nullopt;
    return EntityClass{st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getInt() != 0};
}

std::optional<bool> entity_needs_review(Store& store, const std::string& id) {
    sql::Statement st(sql_db(store), "SELECT needs_review FROM entities WHERE text_id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getInt() != 0;
}

std::optional<std::string> person_role_held(Store& store, std::int64_t key) {
    sql::Statement roles(sql_db(store),
                            "SELECT DISTINCT role FROM participants WHERE entity = ? AND role IN ('accuser', 'accused')");
    roles.bind(1, key);
    if (!roles.executeStep()) return std::nullopt;
    return roles.getColumn(0).getString();
}

}  // namespace allegraph
