// GraphView::load, on the engine's side: the adjacency index it is built from is still read from
// the SQLite connection (graph/graph_index.hpp, on the write side, takes the connection until it
// takes a Store).
#include "graph/graph_view.hpp"

#include "graph/sqlite/engine.hpp"

namespace allegraph {

GraphView GraphView::load(Store& store, const GraphLoadOptions& options) {
    return from_index(load_graph_index(sqlite_db(store)), options);
}

}  // namespace allegraph
