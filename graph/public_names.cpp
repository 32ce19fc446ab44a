#include "graph/public_names.hpp"

namespace allegraph {

void for_each_public_name(SQLite::Database& db, const std::function<void(std::string_view)>& visit) {
    SQLite::Statement st(db, R"(SELECT name FROM entities WHERE public = 1
        UNION ALL SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity WHERE e.public = 1)");
    while (st.executeStep()) {
        const SQLite::Column name = st.getColumn(0);
        visit(std::string_view(name.getText(), static_cast<std::size_t>(name.getBytes())));
    }
}

}  // namespace allegraph
