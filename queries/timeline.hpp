// Timeline: the events matching a filter, in the one order every timeline format shows: the
// events with a known start by date (start, then end); after them, in their own section, the
// events the sources date only as "up to" a day, by that day. Runs as indexed SQL over
// participants and event dates (graph/event_reads.hpp); never loads the graph.
#pragma once

#include <vector>

#include "graph/event_reads.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"
#include "queries/privacy.hpp"

namespace allegraph {

// The events matching `filter` within `scope`, in timeline order.
std::vector<EventRow> timeline(Store& store, const TimelineFilter& filter, const QueryScope& scope,
                               const Privacy& privacy);

}  // namespace allegraph
