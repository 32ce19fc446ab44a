// Name resolution: turns what a user types (an entity id, a display name or an
// alias, in any case and with or without accents) into one entity. Private
// entities resolve only when the scope includes them, so a lookup cannot
// confirm that a private name is in the database: a private entity is answered
// exactly as an unknown one, suggestions included.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"

namespace allegraph {

// An entity a name may mean, and why (spelling distance, a word of the name, the surname, initials
// or an acronym, an alias).
struct Suggestion {
    EntityRef entity;
    double score = 0;
    std::vector<std::string> why;
};

struct Resolution {
    std::optional<EntityRef> entity;      // set when exactly one entity matches
    std::vector<EntityRef> candidates;    // every match when the name is ambiguous
    std::vector<Suggestion> suggestions;  // on a miss, up to five entities the name may mean; when
                                          // ambiguous, why each candidate fits
    std::string how;                      // how a partial name fits the entity it resolved to, if it did
};

// Resolves `name`: an exact text id wins (or an id merged into another); then display names and
// aliases, folded; then, for a bare word, the hashtag of that word; then the same name once
// punctuation, "&" and a leading "the" are set aside; then a partial person name (a surname, the
// name without its suffix, title, first or middle name) that fits one person. On a miss, suggests.
Resolution resolve_entity(Store& store, std::string_view name, const Privacy& privacy);

}  // namespace allegraph
