// change_participants (graph/candidate_review.hpp): add, remove, re-role and replace the entities
// taking part in a candidate event.
#include <algorithm>

#include "graph/candidate_review.hpp"
#include "graph/sqlite/engine.hpp"
#include "graph/vocabulary.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

using Action = ParticipantChange::Action;

const char* option_of(Action action) {
    switch (action) {
        case Action::add: return "--add";
        case Action::remove: return "--remove";
        case Action::set_role: return "--role";
        case Action::replace: return "--replace";
    }
    return "";
}

// The roles `entity` has in `event`, sorted.
std::vector<std::string> roles_of(SQLite::Database& db, std::int64_t event, std::int64_t entity) {
    SQLite::Statement st(db, "SELECT role FROM participants WHERE event = ? AND entity = ? ORDER BY role");
    st.bind(1, event);
    st.bind(2, entity);
    std::vector<std::string> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
    return out;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

// Runs `sql` with ?1 the event, ?2 the entity and ?3 the `extra` value if any (a role or another entity).
template <class... Extra>
void exec(SQLite::Database& db, const char* sql, std::int64_t event, std::int64_t entity, const Extra&... extra) {
    SQLite::Statement st(db, sql);
    st.bind(1, event);
    st.bind(2, entity);
    (st.bind(3, extra), ...);
    st.exec();
}

// Applies one change; `current` is the roles change.entity has in the event now.
Result<void> apply(SQLite::Database& db, std::int64_t event, const std::string& id, const ParticipantChange& change,
                   const std::vector<std::string>& current) {
    const std::string option = option_of(change.action);
    const std::string& role = change.role;
    const bool has_role = std::find(current.begin(), current.end(), role) != current.end();
    if (change.action != Action::add && current.empty())
        return Error{option + ": " + change.label + " does not take part in " + id};
    switch (change.action) {
        case Action::add:
            if (has_role) return Error{option + ": " + change.label + " is already the " + role + " of " + id};
            exec(db, "INSERT INTO participants(event, entity, role) VALUES (?1, ?2, ?3)", event, change.entity, role);
            return {};
        case Action::remove:
            if (!role.empty() && !has_role)
                return Error{option + ": " + change.label + " is not the " + role + " of " + id + " (its roles: " +
                             joined(current) + ")"};
            exec(db, "DELETE FROM participants WHERE event = ?1 AND entity = ?2 AND ?3 IN ('', role)", event,
                 change.entity, role);
            return {};
        case Action::set_role:
            if (current.size() > 1)
                return Error{option + ": " + change.label + " has several roles in " + id + " (" + joined(current) +
                             "): drop one with --remove " + change.label + "=ROLE"};
            exec(db, "UPDATE participants SET role = ?3 WHERE event = ?1 AND entity = ?2", event, change.entity, role);
            return {};
        case Action::replace:
            if (change.other == change.entity) return Error{option + ": " + change.label + " would replace itself"};
            // Roles the other entity already has are dropped, not repeated.
            exec(db, "UPDATE OR IGNORE participants SET entity = ?3 WHERE event = ?1 AND entity = ?2", event,
                 change.entity, change.other);
            exec(db, "DELETE FROM participants WHERE event = ?1 AND entity = ?2", event, change.entity);
            return {};
    }
    return {};
}

Result<void> check_role(const ParticipantChange& change) {
    const bool needs_role = change.action == Action::add || change.action == Action::set_role;
    if ((change.role.empty() && !needs_role) || in_vocabulary(roles(), change.role)) return {};
    return Error{std::string(option_of(change.action)) + ": " + in_quotes(change.role) + " is not a role (one of " +
                 join_vocabulary(roles()) + ")"};
}

}  // namespace

Result<void> change_participants(Store& store, std::int64_t event, const std::string& id,
                                 const std::vector<ParticipantChange>& changes) {
    SQLite::Database& db = sqlite_db(store);
    for (const auto& change : changes)
        if (auto valid = check_role(change); !valid) return valid;
    for (const auto& change : changes)
        if (auto done = apply(db, event, id, change, roles_of(db, event, change.entity)); !done) return done;
    SQLite::Statement left(db, "SELECT count(*) FROM participants WHERE event = ?");
    left.bind(1, event);
    left.executeStep();
    if (left.getColumn(0).getInt64() == 0)
        return Error{id + " would have no participants left: an event needs at least one"};
    return {};
}

}  // namespace allegraph
