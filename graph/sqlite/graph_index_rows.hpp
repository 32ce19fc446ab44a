// The adjacency index (graph/graph_index.hpp) on the SQLite connection itself, for the engine's
// other files and for readers not yet given a Store.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include "graph/graph_index.hpp"

namespace allegraph {

// The index computed from the rows of `db`.
GraphIndex compute_graph_index(SQLite::Database& db);

// The stored index, or nullopt when there is none or it is unreadable.
std::optional<GraphIndex> read_graph_index(SQLite::Database& db);

// The stored index if there is one, else the one computed from the rows.
GraphIndex load_graph_index(SQLite::Database& db);

// Computes and stores the index unless a current one is stored.
void refresh_graph_index(SQLite::Database& db);

}  // namespace allegraph
