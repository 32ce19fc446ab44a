// Entity merge: two records of one entity become one. merge_entities (graph/corrections.hpp) runs
// it as a correction of its own; merge_entity_into is its body, for a caller that runs it inside
// its own write session, as review does with a proposed entity.
#pragma once

#include <string>

#include "graph/history.hpp"
#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Moves everything of entity `gone` to `keep` and makes `gone`'s id name `keep`; returns `keep`'s id.
// Entities of different kinds or privacy are refused, unless `gone` is a proposed entity
// (needs_review): an import's guess at its kind and privacy yields to the entity it turns out to be.
Result<std::string> merge_entity_into(Store& store, ChangeRecorder& recorder, const std::string& keep,
                                      const std::string& gone);

}  // namespace allegraph
