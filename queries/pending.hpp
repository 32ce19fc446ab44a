// Pending: what was announced but not done as of a date — proceedings started
// and not closed, decisions due — with past-due items flagged, so desks know
// which stories need a follow-up. An item is closed by a completed event that
// links to it with follows_up. An item is listed once, however many events state it: events
// of one type, negation and parties whose dates overlap are one item, with every source.
#pragma once

#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct PendingItem {
    EventRow event;                   // the fullest statement of it: with a due date, the most precise date
    bool past_due = false;            // its due date ended before the as-of day
    std::vector<std::string> same_as;  // the other events that state the same item (their citations are merged)
};

// Open items as of day `today` (the scope's --as-of when given), by due date then date.
std::vector<PendingItem> pending(Store& store, std::int64_t today, const QueryScope& scope,
                                 const Privacy& privacy);

}  // namespace allegraph
