// GraphView: the in-memory graph built from the store for the questions SQL
// answers badly — paths, neighbourhoods, components, centrality. A Boost.Graph
// bidirectional adjacency_list whose vertices are entities and events and whose
// edges are roles (entity → event), relations (entity → entity) and event links
// (event → event), with bundled properties read through property maps.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace allegraph {

struct VertexProps {
    std::int64_t key = 0;    // entities.id or events.id
    bool is_event = false;
    std::string id;          // text id
    std::string label;       // entity name, or event summary
    std::string kind;        // entity kind, or "event"
    std::string type;        // event type, or organization category
    std::string date;        // event date (EDTF), empty for entities
    bool is_public = true;
};

enum class EdgeKind { role, relation, link };

struct EdgeProps {
    EdgeKind kind = EdgeKind::role;
    std::string type;           // the role, relation type or link type
    std::int64_t relation = 0;  // relations.id for relation edges
    bool symmetric = false;     // relation edges that read both ways
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

// Which events the view holds.
struct GraphLoadOptions {
    bool include_unreviewed = false;
    std::optional<std::int64_t> published_by;  // keep events and relations cited by a source surely out by this day
};

class GraphView {
public:
    // Builds the view from the store: all entities, the events in view, their roles, relations and links.
    static GraphView load(SQLite::Database& db, const GraphLoadOptions& options);

    const Graph& graph() const { return graph_; }

    // The vertex of an entity or event key, if it is in the view.
    std::optional<Vertex> entity_vertex(std::int64_t key) const;
    std::optional<Vertex> event_vertex(std::int64_t key) const;

    // The number of entity vertices (the rest are events).
    std::size_t entity_count() const { return entity_vertices_.size(); }

private:
    Graph graph_;
    std::unordered_map<std::int64_t, Vertex> entity_vertices_;
    std::unordered_map<std::int64_t, Vertex> event_vertices_;
};

}  // namespace allegraph
