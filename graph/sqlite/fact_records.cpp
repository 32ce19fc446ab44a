// Fact records (graph/fact_records.hpp), by the fact lookup on the store's connection.
#include "graph/fact_records.hpp"

#include "graph/sqlite/engine.hpp"

namespace allegraph {

std::optional<FactRef> visible_fact(Store& store, const std::string& id, bool include_private) {
    return find_visible_fact(sqlite_db(store), id, include_private);
}

}  // namespace allegraph
