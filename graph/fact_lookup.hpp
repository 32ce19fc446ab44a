// Finding a fact by the id a user types: an event's or source's text id, an entity's
// (or an id merged into it), or a relation as "FROM TYPE TO" or, as exports write it,
// "relation:FROM>TYPE>TO".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "graph/fact_image.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct FactRef {
    FactKind kind;
    std::int64_t key;
};

// The fact `id` names, if any.
std::optional<FactRef> find_fact(Store& store, const std::string& id);

// Whether the fact is a private entity, or a relation with a private entity at either end or as its
// context: what a command finds only with --include-private.
bool is_private_fact(Store& store, const FactRef& fact);

// find_fact, less the private facts unless `include_private`: a private fact answers as an unknown id.
std::optional<FactRef> find_visible_fact(Store& store, const std::string& id, bool include_private);

}  // namespace allegraph
