// Dedupe: pairs of records that are probably one, scored in [0, 1] with the evidence in words, for
// an editor to answer with `merge KEEP GONE` or `dedupe --not-same A B` (graph/judgements.hpp). Pairs
// judged not the same are never proposed again. The model is OpenSanctions' nomenklatura: block
// (compare only records that share a name word, a word stem, initials, a participant, a title),
// score each pair from features, keep an editor's judgement per pair.
//
// Entities: the best name clue of graph/name_index.hpp (the same name 1.0, a name with initials 0.8,
// spelling distance d of n letters 0.9(1 - d/n), an acronym 0.85, a surname or the name without
// suffix or title, words shared weighted by rarity) plus 0.05 per neighbour both share (an entity
// both meet in events or relations), at most 0.15; times 0.5 when they appear in one event or one
// relation together (an accuser and the accused are two), times 0.6 when two reviewed records
// differ in kind (an import's unreviewed guess at a kind costs nothing).
// Events: 0.4 for the same type, negation and dates that share a day, plus 0.4 times the share of
// participants both have (Jaccard), plus 0.1 when they state the same fact by the importers' strict
// rule (graph/same_fact.hpp), plus 0.1 when both are the same day; times 0.5 when a role both fill
// holds different entities (two accusers: two allegations).
// Sources: 0.9 for the same title and publisher (case, accents and punctuation aside), 0.8 for the
// same address alone, plus 0.1 when both agree.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/scope.hpp"

namespace allegraph {

// One side of a pair: its id and what it is called (an entity's name, an event's type and date, a
// source's title and publisher).
struct DedupeRecord {
    std::string id, label;
};

struct DuplicatePair {
    DedupeRecord a, b;
    double score = 0;
    std::vector<std::string> evidence;
};

// Best first, at least `min_score`, at most `limit`.
std::vector<DuplicatePair> entity_duplicates(Store& store, const Privacy& privacy, double min_score,
                                             std::size_t limit);
std::vector<DuplicatePair> event_duplicates(Store& store, const QueryScope& scope, const Privacy& privacy,
                                            double min_score, std::size_t limit);
std::vector<DuplicatePair> source_duplicates(Store& store, double min_score, std::size_t limit);

}  // namespace allegraph
