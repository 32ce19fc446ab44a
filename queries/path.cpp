#include "queries/path.hpp"

#include <deque>
#include <optional>

namespace allegraph {
namespace {

constexpr int kUnseen = -1;

// Breadth-first search over entity steps; `parents[v]` holds the steps that reach v on a shortest path.
std::vector<std::vector<Step>> shortest_parents(const GraphView& view, Vertex from, Vertex to,
                                                const PathOptions& options) {
    std::size_t n = boost::num_vertices(view.graph());
    std::vector<int> distance(n, kUnseen);
    std::vector<std::vector<Step>> parents(n);
    std::deque<Vertex> queue{from};
    distance[from] = 0;
    while (!queue.empty()) {
        Vertex u = queue.front();
        queue.pop_front();
        if (distance[to] != kUnseen && distance[u] >= distance[to]) break;
        if (static_cast<std::size_t>(distance[u]) >= options.max_hops) continue;
        if (u != from && is_hub(view, u, options.hubs)) continue;
        for (Step& step : steps_from(view, u)) {
            Vertex v = step.to;
            if (distance[v] == kUnseen) {
                distance[v] = distance[u] + 1;
                queue.push_back(v);
            } else if (distance[v] != distance[u] + 1) {
                continue;
            }
            bool same_parent = !parents[v].empty() && parents[v].back().from == u;
            if (!same_parent && (options.all || parents[v].empty())) parents[v].push_back(std::move(step));
        }
    }
    return parents;
}

// The first shortest path only: a breadth-first search that walks the CSR edges in place,
// expands each event once, and keeps one parent step per entity. Materializing every
// step of every vertex, as the --all search does, took two thirds of a path's time on an
// archive of a million events (bench/RESULTS.md). Discovery order matches steps_from:
// relations out, relations in, then shared events in key order, so both searches agree.
std::optional<std::vector<Step>> first_shortest_path(const GraphView& view, Vertex from, Vertex to,
                                                     const PathOptions& options) {
    const Graph& g = view.graph();
    std::size_t n = boost::num_vertices(g);
    std::vector<int> distance(view.entity_count(), kUnseen);  // walks stop only at entities
    std::vector<Step> parent(view.entity_count());
    std::vector<bool> expanded_event(n, false);
    std::deque<Vertex> queue{from};
    distance[from] = 0;
    auto reach = [&](Vertex v, Step step) {
        if (distance[v] != kUnseen) return false;
        distance[v] = distance[step.from] + 1;
        parent[v] = std::move(step);
        queue.push_back(v);
        return v == to;
    };
    while (!queue.empty()) {
        Vertex u = queue.front();
        queue.pop_front();
        if (static_cast<std::size_t>(distance[u]) >= options.max_hops) continue;
        if (u != from && is_hub(view, u, options.hubs)) continue;
        for (auto [e, end] = boost::out_edges(u, g); e != end; ++e)
            if (g[*e].kind == EdgeKind::relation &&
                reach(boost::target(*e, g),
                      {u, boost::target(*e, g), std::nullopt, {}, {}, g[*e].relation, view.edge_type(g[*e]), false}))
                break;
        for (auto [e, end] = boost::in_edges(u, g); e != end && distance[to] == kUnseen; ++e)
            if (g[*e].kind == EdgeKind::relation)
                reach(boost::source(*e, g),
                      {u, boost::source(*e, g), std::nullopt, {}, {}, g[*e].relation, view.edge_type(g[*e]),
                       !g[*e].symmetric});
        for (auto [e, end] = boost::out_edges(u, g); e != end && distance[to] == kUnseen; ++e) {
            Vertex event = boost::target(*e, g);
            if (g[*e].kind != EdgeKind::role || expanded_event[event]) continue;
            expanded_event[event] = true;
            for (auto [in, in_end] = boost::in_edges(event, g); in != in_end; ++in) {
                Vertex other = boost::source(*in, g);
                if (other == u || g[*in].kind != EdgeKind::role) continue;
                if (reach(other, {u, other, event, view.edge_type(g[*e]), view.edge_type(g[*in]), 0, {}, false})) break;
            }
        }
        if (distance[to] != kUnseen) break;
    }
    if (distance[to] == kUnseen) return std::nullopt;
    std::vector<Step> chain;
    for (Vertex v = to; v != from; v = parent[v].from) chain.push_back(parent[v]);
    return std::vector<Step>(chain.rbegin(), chain.rend());
}

void collect(const std::vector<std::vector<Step>>& parents, Vertex from, Vertex at, std::vector<Step>& suffix,
             std::vector<std::vector<Step>>& out, const PathOptions& options, bool& truncated) {
    if (at == from) {
        if (out.size() == options.max_paths) {
            truncated = true;
            return;
        }
        out.emplace_back(suffix.rbegin(), suffix.rend());
        return;
    }
    for (const Step& step : parents[at]) {
        if (truncated) return;  // the cap is reached and one more path was seen: nothing left to learn
        suffix.push_back(step);
        collect(parents, from, step.from, suffix, out, options, truncated);
        suffix.pop_back();
    }
}

}  // namespace

PathResult find_paths(Store& store, const GraphView& view, Vertex from, Vertex to, const PathOptions& options,
                      const QueryScope& scope, const Privacy& privacy) {
    PathResult result;
    if (from == to) return result;
    if (!options.all) {
        if (auto chain = first_shortest_path(view, from, to, options))
            result.paths.push_back(describe_steps(store, view, *chain, scope, privacy));
        return result;
    }
    auto parents = shortest_parents(view, from, to, options);
    std::vector<std::vector<Step>> chains;
    std::vector<Step> suffix;
    collect(parents, from, to, suffix, chains, options, result.truncated);
    for (const auto& chain : chains) result.paths.push_back(describe_steps(store, view, chain, scope, privacy));
    return result;
}

}  // namespace allegraph
