#include "graph/graph_view.hpp"

#include <limits>

#include "graph/vocabulary.hpp"

namespace allegraph {
namespace {

constexpr std::uint32_t kLeftOut = std::numeric_limits<std::uint32_t>::max();

std::string_view word_at(const std::vector<std::string_view>& vocabulary, std::uint8_t index) {
    return index < vocabulary.size() ? vocabulary[index] : std::string_view("unknown");
}

bool in_view(const GraphIndex::EventNode& event, const GraphLoadOptions& options) {
    if (event.review == ReviewState::rejected) return false;
    if (event.review == ReviewState::unreviewed && !options.include_unreviewed) return false;
    if (event.unsupported && !options.include_unsupported) return false;
    return !options.published_by || event.first_published <= *options.published_by;
}

bool in_view(const GraphIndex::RelationEdge& relation, const GraphLoadOptions& options) {
    if (relation.unsupported && !options.include_unsupported) return false;
    return !options.published_by || relation.first_published <= *options.published_by;
}

// Finds `key` among vertices [first, last), whose keys ascend with the vertex number.
std::optional<Vertex> find_key(const Graph& g, Vertex first, Vertex last, std::int64_t key) {
    Vertex end = last;
    while (first < last) {
        Vertex middle = first + (last - first) / 2;
        if (g[middle].key < key) first = middle + 1;
        else last = middle;
    }
    if (first < end && g[first].key == key) return first;
    return std::nullopt;
}

}  // namespace

std::string_view EdgeProps::type() const {
    switch (kind) {
        case EdgeKind::role: return word_at(roles(), word);
        case EdgeKind::relation: return word_at(relation_types(), word);
        case EdgeKind::link: return word_at(link_types(), word);
    }
    return "unknown";
}

std::optional<Vertex> GraphView::entity_vertex(std::int64_t key) const {
    return find_key(graph_, 0, static_cast<Vertex>(entity_count_), key);
}

std::optional<Vertex> GraphView::event_vertex(std::int64_t key) const {
    return find_key(graph_, static_cast<Vertex>(entity_count_), static_cast<Vertex>(boost::num_vertices(graph_)), key);
}

GraphView GraphView::from_index(const GraphIndex& index, const GraphLoadOptions& options) {
    auto entity_count = static_cast<std::uint32_t>(index.entities.size());
    std::vector<std::uint32_t> event_vertex(index.events.size(), kLeftOut);
    std::uint32_t vertices = entity_count;
    for (std::size_t i = 0; i < index.events.size(); ++i)
        if (in_view(index.events[i], options)) event_vertex[i] = vertices++;

    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::vector<EdgeProps> props;
    edges.reserve(index.roles.size() + index.relations.size() + index.links.size());
    props.reserve(edges.capacity());
    for (const auto& r : index.roles)
        if (event_vertex[r.event] != kLeftOut) {
            edges.emplace_back(r.entity, event_vertex[r.event]);
            props.push_back({0, EdgeKind::role, false, r.role});
        }
    for (const auto& r : index.relations)
        if (in_view(r, options)) {
            edges.emplace_back(r.from, r.to);
            props.push_back({r.key, EdgeKind::relation, is_symmetric_relation(word_at(relation_types(), r.type)), r.type});
        }
    for (const auto& l : index.links)
        if (event_vertex[l.from] != kLeftOut && event_vertex[l.to] != kLeftOut) {
            edges.emplace_back(event_vertex[l.from], event_vertex[l.to]);
            props.push_back({0, EdgeKind::link, false, l.type});
        }

    GraphView view;
    view.entity_count_ = entity_count;
    view.graph_ = Graph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), props.begin(), vertices);
    Graph& g = view.graph_;
    for (std::uint32_t i = 0; i < entity_count; ++i)
        g[i] = {index.entities[i].key, false, index.entities[i].is_public, index.entities[i].is_hub, {}};
    for (std::size_t i = 0; i < index.events.size(); ++i)
        if (event_vertex[i] != kLeftOut)
            g[event_vertex[i]] = {index.events[i].key, true, true, false, word_at(event_types(), index.events[i].type)};
    return view;
}

GraphView GraphView::load(Store& store, const GraphLoadOptions& options) {
    return from_index(load_graph_index(store), options);
}

}  // namespace allegraph
