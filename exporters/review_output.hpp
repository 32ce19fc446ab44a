// Review output: the review queue (queries/review_queue.hpp) as text for a terminal and as JSON.
// Candidates are shown as timeline events are, with their participants as ENTITY=ROLE (what
// `review --edit` takes) and the events on record each probably repeats; proposed entities with
// kind, privacy, reason, the candidates naming them and where they were found.
#pragma once

#include <ostream>
#include <vector>

#include "queries/review_queue.hpp"

namespace allegraph {

void write_candidates_text(std::ostream& out, const std::vector<ReviewCandidate>& candidates);

// {"events":[{...as timeline..., "duplicates":[{"id","type","date","summary","quote"}]}]}
void write_candidates_json(std::ostream& out, const std::vector<ReviewCandidate>& candidates);

void write_proposed_entities_text(std::ostream& out, const std::vector<ProposedEntityRow>& entities);

// {"entities":[{"id","name","kind","category","public","redacted","reason","candidates":[],"citations":[]}]}
void write_proposed_entities_json(std::ostream& out, const std::vector<ProposedEntityRow>& entities);

}  // namespace allegraph
