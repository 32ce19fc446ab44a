// Fact records: the fact a correction names, found by its id as every command finds it.
#pragma once

#include <optional>
#include <string>

#include "graph/fact_lookup.hpp"
#include "graph/store.hpp"

namespace allegraph {

// The fact `id` names, less a private one unless `include_private` (find_visible_fact, graph/fact_lookup.hpp).
std::optional<FactRef> visible_fact(Store& store, const std::string& id, bool include_private);

}  // namespace allegraph
