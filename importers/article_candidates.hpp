// Article candidates: the candidate events of a text read sentence by sentence with the event
// rules (importers/event_rules.hpp), dated by the date phrases of each sentence (and by the date
// that opens an entry of a timeline, "July 6: Carlson sues …"), merged where several sentences
// state one event, with due dates from the next sentence. The article importer and the
// TimelineJS sheet importer read text with it.
#pragma once

#include <string>
#include <vector>

#include "importers/candidate_merge.hpp"
#include "importers/mentions.hpp"

namespace allegraph {

// The merged candidates of `sentences`, whose entities are `entities`, dates resolved against `published`,
// events of the types of `vocabulary` found by their triggers.
std::vector<ArticleCandidate> read_candidates(const std::vector<SentenceTokens>& sentences,
                                              const ArticleEntities& entities, const Date& published,
                                              const Vocabulary& vocabulary);

// The stable id of a candidate read from `source`: the same text gives the same ids.
std::string candidate_id(const std::string& source, const Candidate& candidate);

}  // namespace allegraph
