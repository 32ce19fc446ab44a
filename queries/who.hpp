// Who: the entities that play ROLE in events that NAME takes part in — "who are
// the accusers of Harvey Weinstein", "who investigated him" — with those events.
#pragma once

#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct WhoRow {
    EntityRef entity;
    std::vector<EventRow> events;  // the shared events where `entity` has the role, by date
};

// Entities other than `about` with `role` in the events of `about`, by first event date.
std::vector<WhoRow> who(Store& store, const std::string& role, std::int64_t about, const QueryScope& scope,
                        const Privacy& privacy);

}  // namespace allegraph
