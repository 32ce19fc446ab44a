// Candidate events of one article, merged: a headline, a photo caption and the body
// often state the same event ("PBS drop Charlie Rose"; "PBS announced it had ended its
// relationship with Rose"), and a fact-checker wants one candidate citing all three, not
// three. Two candidates merge when they have the same type and negation, share an
// entity, name the same entities in every role both fill (allegations: the same accusers), and
// have dates one of which
// contains the other; the merged one keeps the narrower date, the strongest status a
// sentence states (completed over started over pending) and every participant.
// A due date stated in the next sentence of the same paragraph ("A final decision is
// made on Nov. 6.") is attached to a pending or started candidate.
#pragma once

#include <vector>

#include "importers/event_rules.hpp"

namespace allegraph {

struct ArticleCandidate {
    Candidate event;
    std::vector<std::size_t> sentences;  // the sentences that state it, in order
};

// The candidates, merged, in order of their first sentence.
std::vector<ArticleCandidate> merge_candidates(const std::vector<Candidate>& found);

// Attaches due dates from the sentence after a pending or started candidate's, in its paragraph.
void attach_due_dates(std::vector<ArticleCandidate>& candidates, const std::vector<SentenceTokens>& sentences,
                      const std::vector<std::vector<DatePhrase>>& dates);

}  // namespace allegraph
