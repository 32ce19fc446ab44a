// Steps between entities in the graph view: one entity reaches another through a
// relation (either direction) or by taking part in the same event. Paths and
// neighbourhoods walk these steps. Hubs — platforms, news media, campaigns and,
// optionally, any entity above a degree — connect everyone who posted or was
// reported on, so walks do not pass through them unless asked to.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_view.hpp"

namespace allegraph {

struct Step {
    Vertex from;
    Vertex to;
    std::optional<Vertex> event;  // set when the step is a shared event
    std::string_view from_role, to_role;  // vocabulary words
    std::int64_t relation = 0;    // set when the step is a relation
    std::string_view relation_type;
    bool inverse = false;         // the relation points from `to` to `from`
};

struct HubPolicy {
    bool through_hubs = false;       // walk through hubs like anything else
    std::size_t max_degree = 0;      // also treat entities with more steps than this as hubs (0: no limit)
};

// Every step out of entity `from`, relations first, then events in key order.
std::vector<Step> steps_from(const GraphView& view, Vertex from);

// True when `v` is a hub a walk should not pass through under `policy`.
bool is_hub(const GraphView& view, Vertex v, const HubPolicy& policy);

// The entities within `depth` steps of `center` (itself included), not walking through hubs.
std::vector<Vertex> within_steps(const GraphView& view, Vertex center, std::size_t depth, const HubPolicy& policy);

// The policy in words, for output.
std::string describe(const HubPolicy& policy);

}  // namespace allegraph
