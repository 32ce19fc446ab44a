// Same fact: when two statements of an event — a curated record, a desk sheet's row, an article's
// candidate — state one fact. Two rules share one test of kind: the same type, the same negation and
// date intervals that share a day. Review shows every event on record that passes it beside a
// candidate (queries/candidate_duplicates.hpp), and `dedupe --events` scores them; the importers
// attach a row's citation to an event on record only on the strict rule, which decides alone:
// besides, every role both statements fill is filled by the same entities (one list may hold the
// other's; the accusers of an allegation must be the same), at least one entity is shared, one
// date lies inside the other, and the statuses agree (equal, or one unset).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

// An event as these rules compare it.
struct EventStatement {
    std::int64_t key = 0;  // 0 for a statement not stored yet
    std::string id, type, status, review;
    bool negated = false;
    std::int64_t date_lo = 0, date_hi = 0;
    std::vector<std::pair<std::int64_t, std::string>> participants;  // entity key, role
};

// The same type and negation, and dates that share a day.
bool same_kind_of_fact(std::string_view type_a, bool negated_a, std::int64_t lo_a, std::int64_t hi_a,
                       std::string_view type_b, bool negated_b, std::int64_t lo_b, std::int64_t hi_b);

// The strict rule: `a` and `b` state the same fact.
bool states_same_fact(const EventStatement& a, const EventStatement& b);

// The stored events (not rejected) that may state the same fact as `statement`, with their participants:
// of its type and negation, their dates one inside the other's, and filling one of its roles with an
// entity it fills that role with (the strict rule's shared role, so none it could accept is left out);
// reviewed only, or unreviewed candidates too.
std::vector<EventStatement> same_fact_candidates(Store& store, const EventStatement& statement, bool with_unreviewed);

// The stored event that states the same fact as `statement` (graph keys in its participants), if
// any: of several, the one sharing most participants, then the narrowest date, then the oldest.
std::optional<EventStatement> same_fact_on_record(Store& store, const EventStatement& statement,
                                                  bool with_unreviewed);

}  // namespace allegraph
