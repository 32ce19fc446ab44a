// load_named_records (graph/name_index.hpp).
#include "graph/name_index.hpp"

#include <unordered_map>

#include "graph/sql/engine.hpp"

namespace allegraph {

std::vector<NamedRecord> load_named_records(Store& store, bool include_private) {
    sql::Connection& db = sql_db(store);
    std::vector<NamedRecord> out;
    sql::Statement entities(db, "SELECT id, text_id, name, kind, category, public, needs_review FROM entities"
                                   " WHERE public = 1 OR ?1 ORDER BY id");
    entities.bind(1, include_private ? 1 : 0);
    std::unordered_map<std::int64_t, std::size_t> at;
    while (entities.executeStep()) {
        NamedRecord r;
        r.key = entities.getColumn(0).getInt64();
        r.id = entities.getColumn(1).getString();
        r.name = entities.getColumn(2).getString();
        r.kind = entities.getColumn(3).getString();
        r.category = entities.getColumn(4).getString();
        r.is_public = entities.getColumn(5).getInt() != 0;
        r.needs_review = entities.getColumn(6).getInt() != 0;
        at.emplace(r.key, out.size());
        out.push_back(std::move(r));
    }
    sql::Statement aliases(db, "SELECT entity, alias FROM aliases ORDER BY entity, alias");
    while (aliases.executeStep()) {
        auto found = at.find(aliases.getColumn(0).getInt64());
        if (found != at.end()) out[found->second].aliases.push_back(aliases.getColumn(1).getString());
    }
    return out;
}

}  // namespace allegraph
