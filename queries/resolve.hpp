// Name resolution: turns what a user types (an entity id, a display name or an
// alias, in any case and with or without accents) into one entity. Private
// entities resolve only when the scope includes them, so a lookup cannot
// confirm that a private name is in the database.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string_view>
#include <vector>

#include "queries/privacy.hpp"
#include "queries/rows.hpp"

namespace allegraph {

struct Resolution {
    std::optional<EntityRef> entity;    // set when exactly one entity matches
    std::vector<EntityRef> candidates;  // every match when the name is ambiguous
};

// Resolves `name`: an exact text id wins; then display names and aliases, folded;
// then, for a bare word, the hashtag of that word.
Resolution resolve_entity(SQLite::Database& db, std::string_view name, const Privacy& privacy);

}  // namespace allegraph
