// Entity records: what the corrections and review decisions read on one entity's row before they
// change it — its kind, category and whether it is proposed — and the roles events give it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "graph/store.hpp"

namespace allegraph {

struct EntityClass {
    std::string kind, category;  // category: an organization's, else ""
    bool needs_review = false;   // proposed by an import, not yet decided
};

// The kind, category and review flag of entity `key`, if there is one.
std::optional<EntityClass> entity_class(Store& store, std::int64_t key);

// Whether the entity whose own id is `id` is proposed (needs review); nullopt when no entity has that id.
std::optional<bool> entity_needs_review(Store& store, const std::string& id);

// A role that only a person (or a group) can hold — accuser, accused — that an event gives entity `key`, if any.
std::optional<std::string> person_role_held(Store& store, std::int64_t key);

}  // namespace allegraph
