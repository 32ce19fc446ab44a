#include "queries/candidate_duplicates.hpp"

#include <algorithm>

#include "graph/event_reads.hpp"
#include "graph/same_fact.hpp"

namespace allegraph {

bool probably_same(const EventRow& candidate, const RecordedEvent& recorded) {
    return same_kind_of_fact(candidate.type, candidate.negated, candidate.date.lo, candidate.date.hi, recorded.type,
                             recorded.negated, recorded.date_lo, recorded.date_hi);
}

std::vector<EventRow> probable_duplicates(Store& store, const EventRow& candidate, const QueryScope& scope,
                                          const Privacy& privacy) {
    std::vector<std::int64_t> entities;
    for (const auto& p : candidate.participants) entities.push_back(p.entity.key);
    std::vector<std::int64_t> keys;
    for (const auto& recorded : recorded_events_with(store, entities, scope.include_unsupported))
        if (recorded.key != candidate.key && probably_same(candidate, recorded)) keys.push_back(recorded.key);
    auto rows = load_events(store, keys, scope, privacy);
    std::sort(rows.begin(), rows.end(), [](const EventRow& a, const EventRow& b) {
        return std::tie(a.date.lo, a.date.hi, a.id) < std::tie(b.date.lo, b.date.hi, b.id);
    });
    return rows;
}

}  // namespace allegraph
