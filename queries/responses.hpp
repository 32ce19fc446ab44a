// Responses: what was done about someone — every response-category event, whoever acts
// (an organization or a person, as actor, initiator or investigator; an event that names no
// one acting is listed too), one row per (acting party, event, subject), by date. Asked of an
// entity, the rows are the responses concerning it (it is their subject or object) and the
// acts it did itself (it is their actor, initiator or investigator).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct ResponseRow {
    std::optional<EntityRef> actor;  // who acted, of any kind; none when the sources name no one
    std::string actor_role;          // "actor", "initiator" or "investigator"; empty without an actor
    std::optional<EntityRef> subject;
    EventRow event;
};

// The roles a response's acting party can have, and those of whom it concerns.
inline constexpr const char* kActingRoles[] = {"actor", "initiator", "investigator"};
inline constexpr const char* kConcernedRoles[] = {"subject", "object"};

// Responses, all or only those concerning `entity` or done by it.
std::vector<ResponseRow> responses(Store& store, std::optional<std::int64_t> entity, const QueryScope& scope,
                                   const Privacy& privacy);

}  // namespace allegraph
