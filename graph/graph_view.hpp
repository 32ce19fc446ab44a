// GraphView: the in-memory graph for the questions SQL answers badly — paths,
// neighbourhoods, components, centrality. A Boost.Graph bidirectional compressed
// sparse row graph whose vertices are entities and events and whose edges are roles
// (entity → event), relations (entity → entity) and event links (event → event),
// with bundled properties read through property maps. It is built from the adjacency
// index (graph/graph_index.hpp), not from SQL rows, so a path on a store of millions
// of events starts in milliseconds. Names and ids are not held: look them up by key.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/graph_index.hpp"
#include "graph/store.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {

struct VertexProps {
    std::int64_t key = 0;  // entities.id or events.id
    bool is_event = false;
    bool is_public = true;          // entities: false for a private person
    bool is_hub = false;            // entities: a platform, news medium or campaign
    std::string_view type;          // events: the event type
};

enum class EdgeKind : std::uint8_t { role, relation, link };

// Sixteen bytes an edge: a store of millions of events has millions of edges.
struct EdgeProps {
    std::int64_t relation = 0;  // relations.id for relation edges
    EdgeKind kind = EdgeKind::role;
    bool symmetric = false;     // relation edges that read both ways
    std::uint16_t type_id = 0;  // the role, relation type or link type: its stable id (GraphView::edge_type)
};

using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, VertexProps, EdgeProps, boost::no_property,
                                                 std::uint32_t, std::uint32_t>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// Which events the view holds.
struct GraphLoadOptions {
    bool include_unreviewed = false;
    bool include_unsupported = false;  // events and relations whose every source is retracted
    std::optional<std::int64_t> published_by;  // keep events and relations cited by a source surely out by this day
};

class GraphView {
public:
    // The view of the store: all entities, the events in view, their roles, relations and links.
    static GraphView load(Store& store, const GraphLoadOptions& options);

    // The view of an index already at hand, whose ids `vocabulary` (the store's) names.
    static GraphView from_index(const GraphIndex& index, const GraphLoadOptions& options, const Vocabulary& vocabulary);

    const Graph& graph() const { return graph_; }

    // The vertex of an entity or event key, if it is in the view.
    std::optional<Vertex> entity_vertex(std::int64_t key) const;
    std::optional<Vertex> event_vertex(std::int64_t key) const;

    // The number of entity vertices: vertices 0 .. entity_count() - 1 are entities, the rest events.
    std::size_t entity_count() const { return entity_count_; }

    // The role, relation type or link type of an edge; "unknown" for an id the vocabulary lacks.
    std::string_view edge_type(const EdgeProps& edge) const;

private:
    Graph graph_;
    std::shared_ptr<const Vocabulary> vocabulary_;  // holds the words vertices and edges name
    std::array<std::vector<std::string_view>, 3> edge_words_;  // by EdgeKind, then stable id: a search reads millions
    std::size_t entity_count_ = 0;
};

}  // namespace allegraph
