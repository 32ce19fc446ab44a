// Timeline: the events matching a filter, in the one order every timeline format shows: the
// events with a known start by date (start, then end); after them, in their own section, the
// events the sources date only as "up to" a day, by that day. Runs as indexed SQL over
// participants and event dates; never loads the graph.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"

namespace allegraph {

struct TimelineFilter {
    std::optional<std::int64_t> entity;  // events this entity takes part in
    std::optional<std::int64_t> actor;   // events where this entity has the role actor
    std::optional<Date> from, to;        // keep events whose interval overlaps [from.lo, to.hi]
    std::vector<std::string> types;
    std::vector<std::string> categories;
};

// The events matching `filter` within `scope`, in timeline order.
std::vector<EventRow> timeline(SQLite::Database& db, const TimelineFilter& filter, const QueryScope& scope,
                               const Privacy& privacy);

// The keys of the events matching `filter`, in timeline order (for callers that page or count).
std::vector<std::int64_t> timeline_keys(SQLite::Database& db, const TimelineFilter& filter, const QueryScope& scope);

}  // namespace allegraph
