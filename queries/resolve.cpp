#include "queries/resolve.hpp"

#include "graph/text.hpp"

namespace allegraph {
namespace {

std::vector<EntityRef> matches(SQLite::Statement& statement, const Privacy& privacy) {
    std::vector<EntityRef> out;
    while (statement.executeStep()) {
        bool is_public = statement.getColumn(4).getInt() != 0;
        if (!is_public && !privacy.include_private()) continue;
        out.push_back(privacy.entity(statement.getColumn(0).getInt64(), statement.getColumn(1).getString(),
                                     statement.getColumn(2).getString(), statement.getColumn(3).getString(),
                                     is_public));
    }
    return out;
}

}  // namespace

Resolution resolve_entity(SQLite::Database& db, std::string_view name, const Privacy& privacy) {
    // An id merged into another entity (graph/merge.cpp) names the kept one.
    SQLite::Statement by_id(db, R"(SELECT id, text_id, name, kind, public FROM entities WHERE text_id = ?1
        UNION ALL SELECT e.id, e.text_id, e.name, e.kind, e.public FROM entity_redirects r
            JOIN entities e ON e.id = r.entity WHERE r.text_id = ?1)");
    by_id.bind(1, std::string(name));
    auto found = matches(by_id, privacy);
    if (found.empty()) {
        SQLite::Statement by_name(db, R"(SELECT id, text_id, name, kind, public FROM entities WHERE name_key = ?1
            UNION SELECT e.id, e.text_id, e.name, e.kind, e.public
                  FROM aliases a JOIN entities e ON e.id = a.entity WHERE a.alias_key = ?1
            ORDER BY 2)");
        by_name.bind(1, fold_key(name));
        found = matches(by_name, privacy);
        if (found.empty() && !name.starts_with('#')) {  // "metoo" finds the campaign "#MeToo"
            by_name.reset();
            std::string hashtag = "#";
            hashtag += name;
            by_name.bind(1, fold_key(hashtag));
            found = matches(by_name, privacy);
        }
    }
    Resolution resolution;
    if (found.size() == 1) resolution.entity = found.front();
    else resolution.candidates = std::move(found);
    return resolution;
}

}  // namespace allegraph
