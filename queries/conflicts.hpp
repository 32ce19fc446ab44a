// Conflicts: facts on which the records disagree — the same action by the same
// parties on dates that cannot both be true, a reported event inside a period
// for which a source said it had not happened, different counts (group sizes)
// for the same action, and allegations answered by a denial on record.
#pragma once

#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct Conflict {
    std::string kind;         // "dates", "negation", "counts" or "denial"
    std::string description;  // what disagrees, in words
    std::vector<EventRow> events;
};

// Every conflict among the events in scope.
std::vector<Conflict> conflicts(Store& store, const QueryScope& scope, const Privacy& privacy);

}  // namespace allegraph
