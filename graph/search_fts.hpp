// Full-text reads: the texts (names, aliases, descriptions, summaries and quotes) that hold every one
// of some words as stored, found through the engine's full-text indexes (accent-insensitive). Search
// (queries/search.hpp) judges, ranks and cuts each into a snippet as it is shown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

// A stored text holding the words, with what owns it.
struct TextMatch {
    std::string owner;  // the entity, event or relation id the text belongs to
    std::string field;  // name, alias, description, summary or quote
    std::string body;
    std::optional<std::string> entity_name;    // when the owner is an entity: its name
    bool entity_public = true;                 // when the owner is an entity: whether it is public
    std::optional<std::string> event_summary;  // when the owner is an event: its summary
};

// The texts holding every one of `words` (folded words, taken as given, never as query syntax) in one
// field, of entities, relations and the events in `scope`.
std::vector<TextMatch> texts_with_words(Store& store, const std::vector<std::string>& words, const QueryScope& scope);

}  // namespace allegraph
