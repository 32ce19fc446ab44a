// Wording: how an event is said in prose without saying more than its sources, by its type's
// templates in the vocabulary (data/vocabulary.json, wording_help says how they read).
// Negated facts are dated by their source ("As of 16 October 2017, ..."),
// statuses are spelled out, and the denials on record that answer an
// allegation are found so every format can show them beside it.
#pragma once

#include <string>
#include <vector>

#include "graph/rows.hpp"

namespace allegraph {

// The event's sentence from its type's template — who did what to whom, never more than
// the roles state: "Rose McGowan accused Harvey Weinstein of rape", "As of 16 October 2017,
// Harvey Weinstein had not been charged"; with the due date of a pending decision.
std::string headline(const EventRow& event);

// A label for a graph picture: the sentence, cut at a word to about `width` characters, and
// the date: "Rose McGowan accused Harvey Weinstein (rape), up to 20 October 2017".
std::string graph_label(const EventRow& event, std::size_t width = 90);

// "started; final decision due 6 November 2017", "pending", "" for completed or none.
std::string status_phrase(const EventRow& event);

// The denials and apologies on record that respond to this event (incoming responds_to links from
// events of a type with an `answer` word).
std::vector<const LinkRow*> answers(const EventRow& event);

// The word a timeline shows before an answer: "Denied", "Apology" (the type's `answer`).
std::string answer_word(const LinkRow& answer);

// What an answering denial or apology says: its summary, or where --as-of withheld it, its quotes.
std::string answer_text(const LinkRow& answer);

// "publisher, “title”, date" for a citation's source.
std::string source_line(const CitationRow& citation);

}  // namespace allegraph
