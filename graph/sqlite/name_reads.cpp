// load_named_records on a Store (graph/name_index.hpp).
#include "graph/name_index.hpp"

#include "graph/sqlite/engine.hpp"

namespace allegraph {

std::vector<NamedRecord> load_named_records(Store& store, bool include_private) {
    return load_named_records(sqlite_db(store), include_private);
}

}  // namespace allegraph
