// change_participants (graph/candidate_review.hpp): add, remove, re-role and replace the entities
// taking part in a candidate event.
#include <algorithm>

#include "graph/candidate_review.hpp"
#include "graph/participant_records.hpp"
#include "graph/vocabulary.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

using Action = ParticipantChange::Action;

// The change's name, as the field of its errors.
const char* name_of(Action action) {
    switch (action) {
        case Action::add: return "add";
        case Action::remove: return "remove";
        case Action::set_role: return "role";
        case Action::replace: return "replace";
    }
    return "";
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

// Applies one change; `current` is the roles change.entity has in the event now.
Result<void> apply(Store& store, std::int64_t event, const std::string& id, const ParticipantChange& change,
                   const std::vector<std::string>& current) {
    const std::string field = name_of(change.action);
    const std::string& role = change.role;
    const bool has_role = std::find(current.begin(), current.end(), role) != current.end();
    if (change.action != Action::add && current.empty())
        return field_error(field, change.label + " does not take part in " + id);
    switch (change.action) {
        case Action::add:
            if (has_role) return field_error(field, change.label + " is already the " + role + " of " + id);
            add_participant(store, event, change.entity, role);
            return {};
        case Action::remove:
            if (!role.empty() && !has_role)
                return field_error(field, change.label + " is not the " + role + " of " + id + " (its roles: " +
                                              joined(current) + ")");
            remove_participant(store, event, change.entity, role);
            return {};
        case Action::set_role:
            if (current.size() > 1)
                return field_error(field, change.label + " has several roles in " + id + " (" + joined(current) +
                                              "): remove the ones it does not have first");
            set_participant_role(store, event, change.entity, role);
            return {};
        case Action::replace:
            if (change.other == change.entity) return field_error(field, change.label + " would replace itself");
            replace_participant(store, event, change.entity, change.other);
            return {};
    }
    return {};
}

Result<void> check_role(const ParticipantChange& change) {
    const bool needs_role = change.action == Action::add || change.action == Action::set_role;
    if ((change.role.empty() && !needs_role) || in_vocabulary(roles(), change.role)) return {};
    return field_error(name_of(change.action),
                       in_quotes(change.role) + " is not a role (one of " + join_vocabulary(roles()) + ")");
}

}  // namespace

Result<void> change_participants(Store& store, std::int64_t event, const std::string& id,
                                 const std::vector<ParticipantChange>& changes) {
    for (const auto& change : changes)
        if (auto valid = check_role(change); !valid) return valid;
    for (const auto& change : changes)
        if (auto done = apply(store, event, id, change, participant_roles(store, event, change.entity)); !done) return done;
    if (participant_count(store, event) == 0)
        return Error{id + " would have no participants left: an event needs at least one"};
    return {};
}

}  // namespace allegraph
