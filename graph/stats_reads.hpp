// Stats reads: what the store holds — counts of sources, entities by kind, events by
// category and type, relations by type, citations, and what awaits review.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

using Tally = std::vector<std::pair<std::string, std::int64_t>>;

struct Stats {
    std::int64_t sources = 0, sources_with_text = 0, entities = 0, private_entities = 0, events = 0,
                 unreviewed_events = 0, unsupported_events = 0,
                 retracted_sources = 0, relations = 0, citations = 0, event_links = 0;
    Tally entities_by_kind, events_by_category, events_by_type, relations_by_type;
};

// Counts over the whole store (private entities are counted, never named).
Stats stats(Store& store);

}  // namespace allegraph
