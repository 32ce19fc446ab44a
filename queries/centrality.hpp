// Graph statistics over the entity projection (two entities are adjacent when a
// relation or a shared event joins them): connected components, degree and
// betweenness centrality. Betweenness is Boost's exact Brandes algorithm over the entities
// in components of three or more (no other entity lies between two) while its work
// (those entities × their adjacencies) stays under kExactBetweennessWork; above it
// (on this machine, some 20k entities and 100k adjacencies), it is estimated from
// a seeded sample of source vertices sized to that budget, and the result says so.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/graph_view.hpp"
#include "queries/privacy.hpp"
#include "graph/rows.hpp"

namespace allegraph {

inline constexpr double kExactBetweennessWork = 2e8;

struct Ranked {
    EntityRef entity;
    double score = 0;
};

struct GraphStats {
    std::size_t entities = 0, adjacencies = 0, components = 0;
    std::vector<std::size_t> largest_components;  // sizes, largest first (at most top_k)
    std::vector<Ranked> top_degree, top_betweenness;
    std::size_t betweenness_sample = 0;  // 0 when exact; else the number of sampled sources
};

// Components and the top_k entities by degree and by betweenness, exact within `work_budget`.
GraphStats graph_stats(Store& store, const GraphView& view, const Privacy& privacy, std::size_t top_k,
                       double work_budget = kExactBetweennessWork);

}  // namespace allegraph
