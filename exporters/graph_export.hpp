// Graph exports for visualization tools: GraphML (plain or yEd), GEXF 1.2 with
// time spells, Graphviz DOT and Cytoscape.js elements JSON. Each format is a
// GraphFormatWriter fed the selected nodes, then edges, one row at a time: the
// export streams and its memory does not grow with the output.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "graph/export_reads.hpp"
#include "graph/store.hpp"
#include "queries/privacy.hpp"

namespace allegraph {

class GraphFormatWriter {
public:
    virtual ~GraphFormatWriter() = default;
    virtual void begin() = 0;
    virtual void node(const NodeRow& node) = 0;
    virtual void edge(const EdgeRow& edge) = 0;
    virtual void end() = 0;
    // True for formats that show when a node or edge first appears (GEXF spells).
    virtual bool wants_first_seen() const { return false; }
    // True for formats that lay the nodes out and need their number first (yEd); `counts` is
    // then called before begin().
    virtual bool wants_counts() const { return false; }
    virtual void counts(const ExportCounts&) {}
};

std::unique_ptr<GraphFormatWriter> make_graphml_writer(std::ostream& out, bool yed);
std::unique_ptr<GraphFormatWriter> make_gexf_writer(std::ostream& out);
std::unique_ptr<GraphFormatWriter> make_dot_writer(std::ostream& out);
std::unique_ptr<GraphFormatWriter> make_cytoscape_writer(std::ostream& out);
// Kumu's JSON blueprint (exporters/kumu.cpp).
std::unique_ptr<GraphFormatWriter> make_kumu_writer(std::ostream& out);

// An event node's CAMEO event code, its type's in the store's vocabulary; "" for an entity or a
// type without one (the formats leave the attribute out then).
const std::string& cameo_code(const NodeRow& node);

// Streams the current export selection through `writer`, calling `progress` after each row.
void export_graph(Store& store, const QueryScope& scope, const Privacy& privacy, GraphFormatWriter& writer,
                  const std::function<void()>& progress);

}  // namespace allegraph
