// Review queue: what imports proposed and an editor has yet to decide — each unreviewed candidate
// event with the events on record it probably repeats, and each proposed entity (needs_review) with
// the candidates that name it and why it was proposed — optionally only what cites one source.
// Rows are redacted like every query's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct ReviewCandidate {
    EventRow event;
    std::vector<EventRow> duplicates;  // events on record it probably repeats (queries/candidate_duplicates.hpp)
};

// The candidates — those citing the source with key `source`, when given — by date.
std::vector<ReviewCandidate> review_candidates(Store& store, std::optional<std::int64_t> source,
                                               const QueryScope& scope, const Privacy& privacy);

struct ProposedEntityRow {
    EntityRef entity;
    std::string category;
    bool is_public = true;
    std::string reason;                   // why it was proposed, redacted
    std::vector<std::string> candidates;  // the unreviewed candidate events that name it
    std::vector<CitationRow> citations;   // where the import found it
};

// The proposed entities — those cited from `source`, or named by a candidate citing it, when given — by name.
std::vector<ProposedEntityRow> review_entities(Store& store, std::optional<std::int64_t> source,
                                               const QueryScope& scope, const Privacy& privacy);

}  // namespace allegraph
