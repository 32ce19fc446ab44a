// Responses: what institutions did — each response-category event with an
// organization as actor, one row per (organization, event, subject), by date.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <vector>

#include "queries/privacy.hpp"
#include "queries/rows.hpp"
#include "queries/scope.hpp"

namespace allegraph {

struct ResponseRow {
    EntityRef organization;
    std::optional<EntityRef> subject;
    EventRow event;
};

// Institutional responses, all or only those whose subject is `subject`.
std::vector<ResponseRow> responses(SQLite::Database& db, std::optional<std::int64_t> subject, const QueryScope& scope,
                                   const Privacy& privacy);

}  // namespace allegraph
