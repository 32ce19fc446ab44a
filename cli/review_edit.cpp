#include "cli/review_edit.hpp"
#include "graph/text.hpp"

#include "graph/vocabulary.hpp"
#include "graph/vocabulary_store.hpp"

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

EntityRef resolve_for_review(Store& store, const std::string& option, const std::string& name,
                             const Privacy& privacy) {
    return resolve_or_fail(store, name, privacy, option, kBadInput, kBadInput);
}

CandidateEdit candidate_edit(Store& store, const EditOptions& options, const Privacy& privacy,
                             DayMonthOrder order) {
    CandidateEdit edit;
    auto word = [](const char* option, const std::optional<std::string>& value, const std::vector<std::string_view>& vocabulary,
                   bool may_be_empty) -> std::optional<std::string> {
        if (!value) return std::nullopt;
        return vocabulary_value(option, vocabulary, *value, may_be_empty, kBadInput);
    };
    auto date = [&](const char* option, const std::optional<std::string>& value) -> std::optional<std::string> {
        if (!value) return std::nullopt;
        return date_value(option, *value, order, kBadInput);
    };
    edit.type = word("--type", options.type, store_vocabulary(store).event_types(), false);
    edit.date = date("--date", options.date);
    edit.status = word("--status", options.status, statuses(), true);
    edit.due = date("--due", options.due);
    edit.nature = word("--nature", options.nature, allegation_natures(), true);
    if (options.negated) {
        if (*options.negated != "true" && *options.negated != "false")
            throw Failure{kBadInput, "--negated: true or false, not " + in_quotes(*options.negated)};
        edit.negated = *options.negated == "true";
    }
    auto entity = [&](const char* option, const std::string& name) {
        return resolve_for_review(store, option, name, privacy).key;
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
