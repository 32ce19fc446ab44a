// Event rules: candidate events from one sentence of a news article. A trigger
// (importers/event_triggers.hpp) gives the type; the sentence's shape gives the rest:
//   roles — the subject of an active verb is its agent and its object the patient; a
//     passive verb's subject is the patient and its "by" phrase the agent; a noun takes
//     its patient from "of", "against", "into" or a possessive; a pronoun after "said"
//     is the speaker ("CBS said it has fired Charlie Rose"); appositions and relative
//     clauses are skipped to find the subject ("RCA Records, a Sony Music subsidiary,
//     dropped Kelly"; "O'Reilly, who was forced to resign"); lists fill one role;
//   status — "will", "plans to" make it pending; "moves to", "starts process to" started;
//     calls, threats and conditions ("urged", "threatened to", "if") make no event;
//   negation — "not", "never", "declined to" before it (a negated event is dated up to
//     publication);
//   date — the date phrase that belongs to the trigger's clause; a speech verb's date
//     for what was said ("said on Saturday it had suspended" → up to Saturday); the date
//     of a coordinated verb; otherwise none (the importer dates it up to publication).
// Rules are about verbs, roles and dates, never about particular names.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"
#include "graph/vocabulary.hpp"
#include "importers/date_phrases.hpp"
#include "importers/mentions.hpp"

namespace allegraph {

struct SentenceContext {
    const SentenceTokens& sentence;
    const std::vector<Mention>& mentions;  // in token order
    const ArticleEntities& entities;
    const std::vector<DatePhrase>& dates;  // of this sentence
    const Date& published;
    const Vocabulary& vocabulary;  // the event types and their triggers
};

struct CandidateRole {
    int entity = -1;  // index in ArticleEntities
    std::string role;
};

// A candidate event read from one sentence; the importer merges, dates and stores it.
struct Candidate {
    std::string type, status, nature;
    std::optional<Date> date;  // none: the importer dates it up to publication
    std::optional<Date> due;
    bool negated = false;
    std::vector<CandidateRole> participants;
    std::size_t trigger_begin = 0;  // byte offset of the trigger in the article: part of a stable id
    std::size_t sentence = 0;       // index of the sentence (set by the caller)
};

// The candidate events of one sentence.
std::vector<Candidate> extract_events(const SentenceContext& sentence);

}  // namespace allegraph
