// Public names: the display names and aliases of public entities, read in one pass. Redaction
// (queries/privacy.hpp) reads them to tell a private name standing alone from the same words
// inside a longer public name ("Motion Picture Arts" in "Academy of Motion Picture Arts and Sciences").
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <string_view>

namespace allegraph {

// Calls `visit` with each name and each alias of every public entity, in no particular order.
void for_each_public_name(SQLite::Database& db, const std::function<void(std::string_view)>& visit);

}  // namespace allegraph
