#include "cli/review_edit.hpp"
#include "graph/text.hpp"

namespace allegraph::cli {
namespace {

using Action = ParticipantChange::Action;

struct Pair {
    std::string left, right;
};

// "LEFT=RIGHT", split at the first '=' (`at_last`: the last, for ENTITY=ROLE: roles hold none);
// a value without one is a pair with an empty right side when `right_optional`.
Pair split_pair(const std::string& option, const std::string& value, const char* shape, bool at_last,
                bool right_optional = false) {
    std::size_t eq = at_last ? value.rfind('=') : value.find('=');
    if (eq == std::string::npos && right_optional) return {value, ""};
    if (eq == std::string::npos || eq == 0 || eq + 1 == value.size())
        throw Failure{kBadInput, option + ": expected " + shape + ", not " + in_quotes(value)};
    return {value.substr(0, eq), value.substr(eq + 1)};
}

}  // namespace

bool EditOptions::any() const {
    return type || date || status || due || nature || negated || !add.empty() || !remove.empty() || !role.empty() ||
           !replace.empty();
}

EntityRef resolve_for_review(SQLite::Database& db, const std::string& option, const std::string& name,
                             const Privacy& privacy) {
    Resolution found = resolve_entity(db, name, privacy);
    if (found.entity) return *found.entity;
    if (found.candidates.empty())
        throw Failure{kBadInput, option + ": no entity named " + in_quotes(name) +
                                     (privacy.include_private() ? "" : " (private persons are named only with --include-private)")};
    std::string list;
    for (const auto& c : found.candidates) list += "\n  " + c.id + "  " + c.name;
    throw Failure{kBadInput, option + ": " + in_quotes(name) + " is ambiguous; use one of these ids:" + list};
}

CandidateEdit candidate_edit(SQLite::Database& db, const EditOptions& options, const Privacy& privacy) {
    CandidateEdit edit;
    edit.type = options.type;
    edit.date = options.date;
    edit.status = options.status;
    edit.due = options.due;
    edit.nature = options.nature;
    if (options.negated) {
        if (*options.negated != "true" && *options.negated != "false")
            throw Failure{kBadInput, "--negated: true or false, not " + in_quotes(*options.negated)};
        edit.negated = *options.negated == "true";
    }
    auto entity = [&](const char* option, const std::string& name) {
        return resolve_for_review(db, option, name, privacy).key;
    };
    for (const auto& value : options.remove) {
        Pair p = split_pair("--remove", value, "ENTITY or ENTITY=ROLE", true, true);
        edit.participants.push_back({Action::remove, entity("--remove", p.left), p.left, p.right, 0});
    }
    for (const auto& value : options.replace) {
        Pair p = split_pair("--replace", value, "OLD=NEW", false);
        edit.participants.push_back({Action::replace, entity("--replace", p.left), p.left, "", entity("--replace", p.right)});
    }
    for (const auto& [option, values, action] :
         {std::tuple{"--role", &options.role, Action::set_role}, std::tuple{"--add", &options.add, Action::add}})
        for (const auto& value : *values) {
            Pair p = split_pair(option, value, "ENTITY=ROLE", true);
            edit.participants.push_back({action, entity(option, p.left), p.left, p.right, 0});
        }
    return edit;
}

}  // namespace allegraph::cli
