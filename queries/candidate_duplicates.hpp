// Candidate duplicates: the events on record that an unreviewed candidate probably repeats — the
// same type, the same negation, date intervals that share a day, and at least one entity taking
// part in both. Review shows them, so that the editor attaches the candidate's citations to the
// event on record (`review --attach`) instead of accepting a second copy of the fact.
#pragma once

#include <vector>

#include "graph/review_queue.hpp"
#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Whether `recorded`, which shares an entity with `candidate`, probably is the same fact: same type,
// same negation, overlapping date intervals.
bool probably_same(const EventRow& candidate, const RecordedEvent& recorded);

// The events on record that `candidate` probably repeats, by date, read within `scope` and redacted.
std::vector<EventRow> probable_duplicates(Store& store, const EventRow& candidate, const QueryScope& scope,
                                          const Privacy& privacy);

}  // namespace allegraph
