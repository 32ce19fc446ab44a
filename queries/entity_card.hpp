// Entity card: everything the store holds about one entity — kind, aliases,
// description, its citations, relations (both directions for symmetric types),
// its events as a timeline, and the sources behind all of it.
#pragma once

#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct EntityCard {
    EntityRef entity;
    std::string category;
    std::string description;
    std::string size;
    bool needs_review = false;
    bool unsupported = false;  // every source citing the entity itself was retracted
    std::vector<std::string> aliases;
    std::vector<CitationRow> citations;
    std::vector<RelationRow> relations;
    std::vector<EventRow> events;
};

// The card of `entity` (already resolved) within `scope`.
EntityCard entity_card(Store& store, const EntityRef& entity, const QueryScope& scope, const Privacy& privacy);

// The relations of the entity with `key`, both directions, each with its citations, within `scope`.
std::vector<RelationRow> relations_of(Store& store, std::int64_t key, const QueryScope& scope,
                                      const Privacy& privacy);

}  // namespace allegraph
