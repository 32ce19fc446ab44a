// The review queue as stored: the candidate events imports proposed, the entities they proposed
// (needs_review), and the events on record that share an entity with a candidate. Keys and plain
// columns only: queries/review_queue.hpp loads the rows and redacts them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

// The unreviewed candidate events — those citing the source with key `source`, when given — by
// date interval (lo, then hi), then id.
std::vector<std::int64_t> candidate_event_keys(Store& store, std::optional<std::int64_t> source);

// An entity an import proposed, with the candidates that name it.
struct ProposedEntity {
    std::int64_t key = 0;
    std::string id, kind, category, name, description;
    bool is_public = true;
    std::vector<std::string> candidates;  // ids of the unreviewed candidate events it takes part in
};

// The entities marked needs_review — those cited from `source`, or taking part in a candidate that
// cites it, when given — in the order they were proposed (an order that says nothing of private names).
std::vector<ProposedEntity> proposed_entities(Store& store, std::optional<std::int64_t> source);

// An event on record (reviewed) as duplicate detection compares it.
struct RecordedEvent {
    std::int64_t key = 0;
    std::string type;
    std::int64_t date_lo = 0, date_hi = 0;
    bool negated = false;
};

// The reviewed events in which one of `entities` takes part, by key; unsupported ones (every source
// retracted) only when `include_unsupported`.
std::vector<RecordedEvent> recorded_events_with(Store& store, const std::vector<std::int64_t>& entities,
                                                bool include_unsupported);

}  // namespace allegraph
