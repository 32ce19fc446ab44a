// Neighbourhood: the entities within N steps of one entity — its relations and
// the entities it meets in shared events — each with every sourced connection
// from the ring before it. `types` narrows steps to relation or event types.
#pragma once

#include <string>
#include <vector>

#include "queries/hops.hpp"

namespace allegraph {

struct NeighbourhoodOptions {
    std::size_t depth = 1;
    std::vector<std::string> types;  // relation types and/or event types; empty: all
    HubPolicy hubs;
};

struct Neighbour {
    EntityRef entity;
    std::size_t depth = 0;
    std::vector<Hop> connections;  // the steps from entities one ring closer
};

// Everything within options.depth steps of entity vertex `center`, by depth then name.
std::vector<Neighbour> neighbourhood(Store& store, const GraphView& view, Vertex center,
                                     const NeighbourhoodOptions& options, const QueryScope& scope,
                                     const Privacy& privacy);

}  // namespace allegraph
