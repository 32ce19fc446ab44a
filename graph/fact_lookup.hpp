// Finding a fact by the id a user types: an event's or source's text id, an entity's
// (or an id merged into it), or a relation as "FROM TYPE TO" or, as exports write it,
// "relation:FROM>TYPE>TO".
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <optional>
#include <string>

#include "graph/fact_image.hpp"

namespace allegraph {

struct FactRef {
    FactKind kind;
    std::int64_t key;
};

// The fact `id` names, if any.
std::optional<FactRef> find_fact(SQLite::Database& db, const std::string& id);

}  // namespace allegraph
