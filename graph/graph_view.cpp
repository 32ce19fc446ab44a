#include "graph/graph_view.hpp"

#include "graph/vocabulary.hpp"

namespace allegraph {
namespace {

std::string event_filter(const GraphLoadOptions& options) {
    std::string sql = options.include_unreviewed ? "e.review IN ('reviewed', 'unreviewed')" : "e.review = 'reviewed'";
    if (options.published_by)
        sql += " AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c.event = e.id"
               " AND s.published_hi <= " + std::to_string(*options.published_by) + ")";
    return sql;
}

std::string relation_filter(const GraphLoadOptions& options) {
    if (!options.published_by) return "1";
    return "EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c.relation = r.id"
           " AND s.published_hi <= " + std::to_string(*options.published_by) + ")";
}

}  // namespace

std::optional<Vertex> GraphView::entity_vertex(std::int64_t key) const {
    auto found = entity_vertices_.find(key);
    if (found == entity_vertices_.end()) return std::nullopt;
    return found->second;
}

std::optional<Vertex> GraphView::event_vertex(std::int64_t key) const {
    auto found = event_vertices_.find(key);
    if (found == event_vertices_.end()) return std::nullopt;
    return found->second;
}

GraphView GraphView::load(SQLite::Database& db, const GraphLoadOptions& options) {
    GraphView view;
    Graph& g = view.graph_;
    SQLite::Statement entities(db, "SELECT id, text_id, name, kind, category, public FROM entities ORDER BY id");
    while (entities.executeStep()) {
        VertexProps p;
        p.key = entities.getColumn(0).getInt64();
        p.id = entities.getColumn(1).getString();
        p.label = entities.getColumn(2).getString();
        p.kind = entities.getColumn(3).getString();
        p.type = entities.getColumn(4).getString();
        p.is_public = entities.getColumn(5).getInt() != 0;
        view.entity_vertices_[p.key] = boost::add_vertex(p, g);
    }
    SQLite::Statement events(db, "SELECT e.id, e.text_id, e.summary, e.type, e.date FROM events e WHERE " +
                                     event_filter(options) + " ORDER BY e.id");
    while (events.executeStep()) {
        VertexProps p;
        p.key = events.getColumn(0).getInt64();
        p.is_event = true;
        p.id = events.getColumn(1).getString();
        p.label = events.getColumn(2).getString();
        p.kind = "event";
        p.type = events.getColumn(3).getString();
        p.date = events.getColumn(4).getString();
        view.event_vertices_[p.key] = boost::add_vertex(p, g);
    }
    SQLite::Statement roles(db, "SELECT entity, event, role FROM participants ORDER BY event, entity, role");
    while (roles.executeStep()) {
        auto event = view.event_vertex(roles.getColumn(1).getInt64());
        if (!event) continue;
        EdgeProps p{EdgeKind::role, roles.getColumn(2).getString(), 0, false};
        boost::add_edge(view.entity_vertices_.at(roles.getColumn(0).getInt64()), *event, p, g);
    }
    SQLite::Statement relations(db, "SELECT r.id, r.from_entity, r.type, r.to_entity FROM relations r WHERE " +
                                        relation_filter(options) + " ORDER BY r.id");
    while (relations.executeStep()) {
        std::string type = relations.getColumn(2).getString();
        EdgeProps p{EdgeKind::relation, type, relations.getColumn(0).getInt64(), is_symmetric_relation(type)};
        boost::add_edge(view.entity_vertices_.at(relations.getColumn(1).getInt64()),
                        view.entity_vertices_.at(relations.getColumn(3).getInt64()), p, g);
    }
    SQLite::Statement links(db, "SELECT event, type, target FROM event_links ORDER BY event, target");
    while (links.executeStep()) {
        auto from = view.event_vertex(links.getColumn(0).getInt64());
        auto to = view.event_vertex(links.getColumn(2).getInt64());
        if (from && to) boost::add_edge(*from, *to, EdgeProps{EdgeKind::link, links.getColumn(1).getString(), 0, false}, g);
    }
    return view;
}

}  // namespace allegraph
