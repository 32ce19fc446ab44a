// Event rules: candidate events from one sentence of a news article — a
// trigger phrase gives the type (expelled, suspended, termination proceedings,
// revoke, investigating, filed for divorce, denied, accused … of, settlements,
// charged, started the hashtag, …), the mentions around it give the roles
// (an active verb's actor comes before it, a passive verb's after it), a
// negation before it makes the fact negated, and the date phrase nearest after
// it (else anywhere in the sentence) gives the date. Rules are about verbs,
// roles and dates, never about particular names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.hpp"
#include "importers/mentions.hpp"

namespace allegraph {

struct SentenceContext {
    std::string_view text;                 // the whole article
    std::size_t begin = 0, end = 0;        // the sentence
    std::vector<Mention> mentions;         // in the sentence, in order
    Date published;
    std::string dominant_person;           // the person the article mentions most: "he", "the producer"
    std::string recent_organization;       // the last organization named before: "the guild", "the organization"
};

// The candidate events of one sentence (ids, citations and review state are the caller's).
std::vector<Event> extract_events(const SentenceContext& sentence);

}  // namespace allegraph
