#include "graph/graph_view.hpp"

#include <limits>
#include <unordered_map>

#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

constexpr std::uint32_t kLeftOut = std::numeric_limits<std::uint32_t>::max();

constexpr std::string_view kUnknownWord = "unknown";

// The words of a list by stable id ("" where no entry has the id).
template <class IdOf>
std::vector<std::string_view> words_by_id(const std::vector<std::string_view>& words, IdOf id_of) {
    std::vector<std::string_view> out;
    for (std::string_view word : words) {
        auto id = static_cast<std::size_t>(id_of(word));
        if (id >= out.size()) out.resize(id + 1);
        out[id] = word;
    }
    return out;
}

// The event types' words by stable id (an id past 16 bits is stored as unknown: graph/graph_index.hpp).
std::unordered_map<std::uint16_t, std::string_view> event_type_words(const Vocabulary& vocabulary) {
    std::unordered_map<std::uint16_t, std::string_view> out;
    for (std::string_view word : vocabulary.event_types()) {
        int id = vocabulary.event_type(word)->id;
        if (id <= std::numeric_limits<std::uint16_t>::max()) out.emplace(static_cast<std::uint16_t>(id), word);
    }
    return out;
}

// Whether each relation type, by stable id, reads the same both ways.
std::vector<bool> symmetric_by_id(const Vocabulary& vocabulary, const std::vector<std::string_view>& relation_words) {
    std::vector<bool> out(relation_words.size());
    for (std::size_t id = 0; id < relation_words.size(); ++id) {
        const VocabularyEntry* entry = vocabulary.relation_type(relation_words[id]);
        out[id] = entry && entry->symmetric;
    }
    return out;
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

std::string_view GraphView::edge_type(const EdgeProps& edge) const {
    const auto& words = edge_words_[static_cast<std::size_t>(edge.kind)];
    return edge.type_id < words.size() && !words[edge.type_id].empty() ? words[edge.type_id] : kUnknownWord;
}

std::optional<Vertex> GraphView::entity_vertex(std::int64_t key) const {
    return find_key(graph_, 0, static_cast<Vertex>(entity_count_), key);
}

std::optional<Vertex> GraphView::event_vertex(std::int64_t key) const {
    return find_key(graph_, static_cast<Vertex>(entity_count_), static_cast<Vertex>(boost::num_vertices(graph_)), key);
}

GraphView GraphView::from_index(const GraphIndex& index, const GraphLoadOptions& options, const Vocabulary& vocabulary) {
    GraphView view;
    view.vocabulary_ = std::make_shared<const Vocabulary>(vocabulary);
    const Vocabulary& v = *view.vocabulary_;
    view.edge_words_ = {words_by_id(v.roles(), [&](std::string_view w) { return v.role_id(w); }),
                        words_by_id(v.relation_types(), [&](std::string_view w) { return v.relation_type_id(w); }),
                        words_by_id(v.link_types(), [&](std::string_view w) { return v.link_type_id(w); })};
    auto symmetric = symmetric_by_id(v, view.edge_words_[static_cast<std::size_t>(EdgeKind::relation)]);

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
            props.push_back({r.key, EdgeKind::relation, r.type < symmetric.size() && symmetric[r.type], r.type});
        }
    for (const auto& l : index.links)
        if (event_vertex[l.from] != kLeftOut && event_vertex[l.to] != kLeftOut) {
            edges.emplace_back(event_vertex[l.from], event_vertex[l.to]);
            props.push_back({0, EdgeKind::link, false, l.type});
        }

    view.entity_count_ = entity_count;
    view.graph_ = Graph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), props.begin(), vertices);
    Graph& g = view.graph_;
    auto type_words = event_type_words(v);
    for (std::uint32_t i = 0; i < entity_count; ++i)
        g[i] = {index.entities[i].key, false, index.entities[i].is_public, index.entities[i].is_hub, {}};
    for (std::size_t i = 0; i < index.events.size(); ++i)
        if (event_vertex[i] != kLeftOut) {
            auto word = type_words.find(index.events[i].type);
            g[event_vertex[i]] = {index.events[i].key, true, true, false,
                                  word == type_words.end() ? kUnknownWord : word->second};
        }
    return view;
}

GraphView GraphView::load(Store& store, const GraphLoadOptions& options) {
    return from_index(load_graph_index(store), options, store_vocabulary(store));
}

}  // namespace allegraph
