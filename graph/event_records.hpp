// Event records: what review reads and changes on one event's row — its review state, its type
// and nature — for the decisions on candidate events (graph/candidate_review.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "graph/store.hpp"

namespace allegraph {

struct EventReview {
    std::int64_t key = 0;
    std::string review;  // reviewed, unreviewed or rejected
};

// The key and review state of the event whose own id is `id` (not an id merged into it), if any.
std::optional<EventReview> event_review(Store& store, const std::string& id);

// Sets the review state of event `key` to `state` (reviewed, unreviewed or rejected).
void set_event_review(Store& store, std::int64_t key, const std::string& state);

struct EventKind {
    std::string type;
    std::string nature;  // an allegation's nature, or ""
};

// The type and nature of event `key`, which exists.
EventKind event_kind(Store& store, std::int64_t key);

}  // namespace allegraph
