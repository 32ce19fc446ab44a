#include "graph/private_names.hpp"

#include <unordered_map>

namespace allegraph {

std::vector<PrivateEntity> read_private_entities(SQLite::Database& db) {
    std::vector<PrivateEntity> entities;
    std::unordered_map<std::int64_t, std::size_t> index;
    SQLite::Statement rows(db, "SELECT id, kind, name, text_id FROM entities WHERE public = 0 ORDER BY id");
    while (rows.executeStep()) {
        index.emplace(rows.getColumn(0).getInt64(), entities.size());
        entities.push_back({rows.getColumn(0).getInt64(), rows.getColumn(1).getString(),
                            {rows.getColumn(2).getString()}, {rows.getColumn(3).getString()}});
    }
    if (entities.empty()) return entities;
    SQLite::Statement aliases(db, R"(SELECT a.entity, a.alias, 0 FROM entities e JOIN aliases a ON a.entity = e.id
        WHERE e.public = 0 UNION ALL SELECT r.entity, r.text_id, 1 FROM entities e
        JOIN entity_redirects r ON r.entity = e.id WHERE e.public = 0)");
    while (aliases.executeStep()) {
        PrivateEntity& entity = entities[index.at(aliases.getColumn(0).getInt64())];
        (aliases.getColumn(2).getInt() ? entity.ids : entity.names).push_back(aliases.getColumn(1).getString());
    }
    return entities;
}

}  // namespace allegraph
