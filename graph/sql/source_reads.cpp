#include "graph/source_reads.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {

std::vector<std::pair<std::string, std::string>> republications(Store& store) {
    sql::Statement st(sql_db(store),
                         "SELECT s.text_id, o.text_id FROM sources s JOIN sources o ON o.id = s.syndicated_from");
    std::vector<std::pair<std::string, std::string>> out;
    while (st.executeStep()) out.emplace_back(st.getColumn(0).getString(), st.getColumn(1).getString());
    return out;
}

std::vector<TitledSource> titled_sources(Store& store) {
    sql::Statement all(sql_db(store),
                          "SELECT id, text_id, title, publisher FROM sources WHERE title <> '' ORDER BY text_id");
    std::vector<TitledSource> out;
    while (all.executeStep())
        out.push_back({all.getColumn(0).getInt64(), all.getColumn(1).getString(), all.getColumn(2).getString(),
                       all.getColumn(3).getString()});
    return out;
}

}  // namespace allegraph
