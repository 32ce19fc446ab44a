#include "queries/centrality.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <deque>
#include <random>
#include <set>

#include "graph/entity_reads.hpp"
#include "queries/graph_steps.hpp"
#include "queries/hops.hpp"

namespace allegraph {
namespace {

using Projection = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The entity projection; vertex i of it is entity vertex entities[i] of the view.
Projection project(const GraphView& view, std::vector<Vertex>& entities) {
    const Graph& g = view.graph();
    std::vector<std::size_t> index(boost::num_vertices(g), SIZE_MAX);
    for (auto [v, end] = boost::vertices(g); v != end; ++v)
        if (!g[*v].is_event) {
            index[*v] = entities.size();
            entities.push_back(*v);
        }
    Projection p(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) {
        std::set<std::size_t> seen;
        for (const Step& step : steps_from(view, entities[i]))
            if (std::size_t j = index[step.to]; j > i && seen.insert(j).second) boost::add_edge(i, j, p);
    }
    return p;
}

// The part of projection `p` in components of three or more entities (`component` gives each vertex's);
// `members[i]` is the vertex of `p` that vertex i of the result stands for. Isolated entities and pairs
// lie between no two others: leaving them out keeps betweenness from growing with their square.
Projection core_of(const Projection& p, const std::vector<std::size_t>& component, std::vector<std::size_t>& members) {
    std::vector<std::size_t> size(component.empty() ? 0 : *std::max_element(component.begin(), component.end()) + 1, 0);
    for (std::size_t c : component) ++size[c];
    std::vector<std::size_t> index(component.size(), SIZE_MAX);
    for (std::size_t v = 0; v < component.size(); ++v)
        if (size[component[v]] >= 3) {
            index[v] = members.size();
            members.push_back(v);
        }
    Projection core(members.size());
    for (auto [e, end] = boost::edges(p); e != end; ++e)
        if (std::size_t a = index[boost::source(*e, p)]; a != SIZE_MAX) boost::add_edge(a, index[boost::target(*e, p)], core);
    return core;
}

// Brandes' accumulation from a sample of sources, scaled to estimate the full sum.
// Boost's brandes_betweenness_centrality always runs from every vertex, hence this.
std::vector<double> sampled_betweenness(const Projection& p, std::size_t sample) {
    std::size_t n = boost::num_vertices(p);
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), std::mt19937_64(20171016));
    std::vector<double> score(n, 0), delta(n), paths(n);
    std::vector<long> distance(n);
    std::vector<std::vector<std::size_t>> parents(n);
    for (std::size_t s_index = 0; s_index < sample; ++s_index) {
        std::size_t s = order[s_index];
        std::fill(distance.begin(), distance.end(), -1);
        std::fill(paths.begin(), paths.end(), 0);
        std::fill(delta.begin(), delta.end(), 0);
        for (auto& list : parents) list.clear();
        std::vector<std::size_t> stack;
        std::deque<std::size_t> queue{s};
        distance[s] = 0;
        paths[s] = 1;
        while (!queue.empty()) {
            std::size_t v = queue.front();
            queue.pop_front();
            stack.push_back(v);
            for (auto [e, end] = boost::out_edges(v, p); e != end; ++e) {
                std::size_t w = boost::target(*e, p);
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue.push_back(w);
                }
                if (distance[w] == distance[v] + 1) {
                    paths[w] += paths[v];
                    parents[w].push_back(v);
                }
            }
        }
        for (auto w = stack.rbegin(); w != stack.rend(); ++w) {
            for (std::size_t v : parents[*w]) delta[v] += paths[v] / paths[*w] * (1 + delta[*w]);
            if (*w != s) score[*w] += delta[*w];
        }
    }
    double scale = static_cast<double>(n) / static_cast<double>(sample) / 2.0;  // undirected pairs counted twice
    for (auto& x : score) x *= scale;
    return score;
}

std::vector<Ranked> top(Store& store, const GraphView& view, const std::vector<Vertex>& entities,
                        const std::vector<std::string>& ids, const std::vector<double>& score, const Privacy& privacy,
                        std::size_t k) {
    std::vector<std::size_t> order(score.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::size_t keep = std::min(k, order.size());
    std::partial_sort(order.begin(), order.begin() + keep, order.end(), [&](std::size_t a, std::size_t b) {
        return score[a] != score[b] ? score[a] > score[b] : ids[entities[a]] < ids[entities[b]];
    });
    std::vector<Ranked> out;
    for (std::size_t i = 0; i < keep; ++i)
        out.push_back({entity_ref(store, view, entities[order[i]], privacy), score[order[i]]});
    return out;
}

}  // namespace

GraphStats graph_stats(Store& store, const GraphView& view, const Privacy& privacy, std::size_t top_k,
                       double work_budget) {
    // the text ids of the view's entities, by vertex: ties in a ranking go to the smaller id
    std::vector<std::string> ids = entity_text_ids(store);
    std::vector<Vertex> entities;
    Projection p = project(view, entities);
    GraphStats stats;
    stats.entities = entities.size();
    stats.adjacencies = boost::num_edges(p);

    std::vector<std::size_t> component(entities.size());
    stats.components = entities.empty() ? 0 : boost::connected_components(p, &component[0]);
    std::vector<std::size_t> sizes(stats.components, 0);
    for (std::size_t c : component) ++sizes[c];
    std::sort(sizes.rbegin(), sizes.rend());
    sizes.resize(std::min(sizes.size(), top_k));
    stats.largest_components = sizes;

    std::vector<double> degree(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) degree[i] = static_cast<double>(boost::degree(i, p));
    stats.top_degree = top(store, view, entities, ids, degree, privacy, top_k);

    std::vector<double> betweenness(entities.size(), 0);
    std::vector<std::size_t> members;  // only entities in components of three or more lie between two others
    Projection core = core_of(p, component, members);
    std::vector<double> core_score(members.size(), 0);
    double edges = static_cast<double>(std::max<std::size_t>(boost::num_edges(core), 1));
    if (static_cast<double>(members.size()) * edges <= work_budget) {
        boost::brandes_betweenness_centrality(
            core, boost::centrality_map(boost::make_iterator_property_map(core_score.begin(), boost::get(boost::vertex_index, core))));
    } else {
        auto affordable = static_cast<std::size_t>(work_budget / edges);
        stats.betweenness_sample = std::min(std::max<std::size_t>(affordable, 100), members.size());
        core_score = sampled_betweenness(core, stats.betweenness_sample);
    }
    for (std::size_t i = 0; i < members.size(); ++i) betweenness[members[i]] = core_score[i];
    stats.top_betweenness = top(store, view, entities, ids, betweenness, privacy, top_k);
    return stats;
}

}  // namespace allegraph
