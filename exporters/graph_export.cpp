#include "exporters/graph_export.hpp"

namespace allegraph {

void export_graph(SQLite::Database& db, const QueryScope& scope, const Privacy& privacy, GraphFormatWriter& writer,
                  const std::function<void()>& progress) {
    writer.begin();
    NodeOptions options;
    options.first_seen = writer.wants_first_seen();
    for_each_node(db, scope, privacy, options, [&](const NodeRow& node) {
        writer.node(node);
        progress();
    });
    for_each_edge(db, scope, privacy, [&](const EdgeRow& edge) {
        writer.edge(edge);
        progress();
    });
    writer.end();
}

}  // namespace allegraph
