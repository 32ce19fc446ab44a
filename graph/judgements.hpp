// Judgements: an editor's word that two records dedupe proposed are not one ("two Harvey Weinsteins
// exist"), kept so that dedupe never proposes the pair again, as OpenSanctions' nomenklatura keeps
// a negative judgement per pair. Each is a correction of its own, with a reason, in the history of
// both records.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <utility>

#include "graph/corrections.hpp"
#include "graph/fact_image.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Records that `a` and `b` (two entities, events or sources: ids as a user types them) are not the
// same. Both must be of one kind; a private entity is an unknown id unless `include_private`.
Result<CorrectionReport> judge_not_same(Store& store, const std::string& a, const std::string& b,
                                        const std::string& reason, bool include_private);

// Stores the judgement that the records `a` and `b` of `kind` are not one, or its new reason.
void record_not_same(Store& store, FactKind kind, std::int64_t a, std::int64_t b, const std::string& reason);

// The pairs of `kind` judged not the same, as (smaller key, larger key).
std::set<std::pair<std::int64_t, std::int64_t>> not_same_pairs(Store& store, FactKind kind);

}  // namespace allegraph
