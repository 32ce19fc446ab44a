// Hop: one sourced step of a chain between two entities, in words — a relation
// ("co_star_of, on Charmed") or a shared event ("allegation: accuser / accused")
// — with the citations behind it. Paths and neighbourhoods are made of hops.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "queries/graph_steps.hpp"
#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct Hop {
    EntityRef from, to;
    std::string via;                  // "co_star_of (Charmed)", "allegation: accuser / accused"
    std::string relation_type;        // for relation hops
    bool inverse = false;             // the relation reads from `to` to `from`
    std::optional<EventRow> event;    // for event hops
    std::vector<CitationRow> citations;
};

// The hops for `steps`, read from the store with their citations.
std::vector<Hop> describe_steps(Store& store, const GraphView& view, const std::vector<Step>& steps,
                                const QueryScope& scope, const Privacy& privacy);

// The entity of vertex `v` as it may be shown, its name and id read from the store.
EntityRef entity_ref(Store& store, const GraphView& view, Vertex v, const Privacy& privacy);

}  // namespace allegraph
