#include "queries/path.hpp"

#include <deque>

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
        suffix.push_back(step);
        collect(parents, from, step.from, suffix, out, options, truncated);
        suffix.pop_back();
    }
}

}  // namespace

PathResult find_paths(SQLite::Database& db, const GraphView& view, Vertex from, Vertex to, const PathOptions& options,
                      const QueryScope& scope, const Privacy& privacy) {
    PathResult result;
    if (from == to) return result;
    auto parents = shortest_parents(view, from, to, options);
    std::vector<std::vector<Step>> chains;
    std::vector<Step> suffix;
    collect(parents, from, to, suffix, chains, options, result.truncated);
    for (const auto& chain : chains) result.paths.push_back(describe_steps(db, view, chain, scope, privacy));
    return result;
}

}  // namespace allegraph
