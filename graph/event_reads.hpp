// Event reads: full event rows (participants, citations, links) for a list of event keys in a few
// indexed queries, keeping the caller's order, and the keys of the events a timeline or the
// pending items show. Rows are redacted as they are read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"
#include "graph/redaction.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

// What a citation is of.
enum class CitationOwner { entity, event, relation };

// The events with `keys`, in that order, with citations limited to the scope's as-of date; --as-of D
// withholds the summaries written from a source published after D (EventRow::summary_withheld).
std::vector<EventRow> load_events(Store& store, const std::vector<std::int64_t>& keys, const QueryScope& scope,
                                  const Redaction& redaction);

// The citations of one entity, event or relation, oldest source first, within the scope's as-of date.
std::vector<CitationRow> citations_for(Store& store, CitationOwner owner, std::int64_t key, const QueryScope& scope,
                                       const Redaction& redaction);

struct TimelineFilter {
    std::optional<std::int64_t> entity;  // events this entity takes part in
    std::optional<std::int64_t> actor;   // events where this entity has the role actor
    std::optional<Date> from, to;        // keep events whose interval overlaps [from.lo, to.hi]
    std::vector<std::string> types;
    std::vector<std::string> categories;
};

// The keys of the events in `scope` matching `filter`: the events with a known start by date (start,
// then end); after them, those dated only "up to" a day, by that day.
std::vector<std::int64_t> timeline_event_keys(Store& store, const TimelineFilter& filter, const QueryScope& scope);

// The keys of the events in `scope` that state an item open on day `today`: started or pending, or due
// and not completed, begun by then, and not followed up by an event completed by then; by due date
// (else end), then start.
std::vector<std::int64_t> open_item_keys(Store& store, std::int64_t today, const QueryScope& scope);

}  // namespace allegraph
