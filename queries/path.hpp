// Path: the shortest chains between two entities through relations and shared
// events, each hop sourced — "Alyssa Milano — co_star_of, Charmed — Rose McGowan
// — allegation: accuser / accused — Harvey Weinstein". Hubs are not walked
// through unless the policy allows (queries/graph_steps.hpp).
#pragma once

#include <vector>

#include "queries/hops.hpp"

namespace allegraph {

struct PathOptions {
    std::size_t max_hops = 6;
    bool all = false;              // every shortest path, not only the first
    std::size_t max_paths = 100;   // cap on --all
    HubPolicy hubs;
};

struct PathResult {
    std::vector<std::vector<Hop>> paths;  // empty when the two are not connected within max_hops
    bool truncated = false;               // more shortest paths exist than max_paths
};

// The shortest path (or all of them) from entity vertex `from` to `to`.
PathResult find_paths(Store& store, const GraphView& view, Vertex from, Vertex to, const PathOptions& options,
                      const QueryScope& scope, const Privacy& privacy);

}  // namespace allegraph
