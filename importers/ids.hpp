// Ids for records an import creates from bare names: readable, stable for the
// same name, and never colliding with an entity already in the store.
#pragma once

#include <string>
#include <string_view>

#include "graph/writer.hpp"

namespace allegraph {

// A readable id part for `name`: folded, ASCII letters and digits joined by hyphens (a hash when none).
std::string slug(std::string_view name);

// A new entity id "PREFIX:slug(name)", suffixed -2, -3… past ids the store already holds.
std::string free_entity_id(GraphWriter& writer, std::string_view prefix, std::string_view name);

}  // namespace allegraph
