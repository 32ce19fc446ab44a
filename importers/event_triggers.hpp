// Event triggers: the words of news English that state an event of the vocabulary, as token
// patterns ("placed ~4 on paid|administrative? leave" → suspension) that each event type lists in
// data/vocabulary.json (a database's own types may add theirs). Each says how the sentence around
// it gives the roles: a verb (the agent is its subject, or its "by" phrase when passive; the
// patient its object or the object of a preposition, or its subject when passive), a noun ("the
// suspension of X", "allegations against X", "his firing"), or an intransitive verb (who resigns,
// denies, apologizes). Patterns are about verbs and nouns, never about names.
//
// Pattern elements, separated by single spaces: `a|b|c` one of these lower-case words; a trailing
// `?` makes the element optional; `~N` skips up to N words (never punctuation); `~~N` skips commas
// and quotation marks too (N from 1 to 99); a pattern begins with words, not a skip. Where two
// triggers match the same words, the longer wins, then the one of higher precedence, then the
// earlier type of the vocabulary, then the earlier trigger of its type.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "graph/vocabulary.hpp"
#include "importers/article_tokens.hpp"

namespace allegraph {

enum class Frame { verb, noun, intransitive };

// A trigger of the vocabulary (graph/vocabulary.hpp's TriggerDefinition), ready to match.
struct Trigger {
    std::string_view pattern;
    std::string_view type;           // an event type of the vocabulary
    const EventTypeDefinition* definition = nullptr;  // the type's
    Frame frame;
    std::string_view status;         // the status the words state: "completed", "started", "" (none)
    std::string_view patient_prep;   // the preposition before the patient ("to", "with", "of"), or "" for the object
    bool institution_agent = false;  // only an organization (or a person deciding for it) can be the agent
    bool negative = false;           // the words state that something did not happen ("charges were dropped")
    bool report_only = false;        // an act stated only in reported speech makes an allegation ("harassed")
    bool patient_first = false;      // the subject is the one acted on: "X is on leave", "X must stand trial"
};

// A trigger found in a sentence: tokens [first, last), `head` the verb or noun that carries it.
struct TriggerMatch {
    const Trigger* trigger = nullptr;
    std::size_t first = 0, last = 0, head = 0;
};

// Every trigger of `vocabulary` in the sentence, in order; where two overlap, the longer (on ties, the
// one that comes first in the order above). The patterns are read once per set of event types.
std::vector<TriggerMatch> find_triggers(const std::vector<Token>& tokens, const Vocabulary& vocabulary);

}  // namespace allegraph
