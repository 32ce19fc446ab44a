// Entity reads: one entity as a card shows it (its own columns and aliases), an entity by key, the
// relations of an entity with their citations, and the context a relation is about. Rows are
// redacted as they are read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/redaction.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

// An entity's own columns, its description redacted.
struct EntityDetails {
    std::string category;
    std::string description;
    std::string size;
    bool needs_review = false;
    bool unsupported = false;
};

// The columns of the entity with `key`; nullopt when there is none.
std::optional<EntityDetails> entity_details(Store& store, std::int64_t key, const Redaction& redaction);

// The aliases of the entity with `key`, alphabetically.
std::vector<std::string> entity_aliases(Store& store, std::int64_t key);

// An entity a name or id given by a user may mean, as stored.
struct EntityName {
    std::int64_t key = 0;
    std::string id, name, kind;
    bool is_public = true;
};

// The entity whose text id is `id`, and the one an id merged into another now names.
std::vector<EntityName> entities_by_id(Store& store, const std::string& id);

// The entities whose name or one of whose aliases folds to `name_key` (fold_key, graph/text.hpp), by id.
std::vector<EntityName> entities_by_name_key(Store& store, const std::string& name_key);

// The size given for the group with `key` ("about 40"), if any.
std::optional<std::string> group_size(Store& store, std::int64_t key);

// The text ids of every entity, by key.
std::vector<std::string> entity_text_ids(Store& store);

// The entity with `key`, which must exist, as it may be shown.
EntityRef entity_by_key(Store& store, std::int64_t key, const Redaction& redaction);

// The work or setting relation `relation` is about, if it names one.
std::optional<EntityRef> relation_context(Store& store, std::int64_t relation, const Redaction& redaction);

// The relations in `scope` of the entity with `key`, both directions, by type then the other's name,
// each with its citations within the scope's as-of date.
std::vector<RelationRow> relation_rows(Store& store, std::int64_t key, const QueryScope& scope,
                                       const Redaction& redaction);

}  // namespace allegraph
