// What `review --edit` and the entity decisions name, turned into the graph's terms: ENTITY=ROLE and
// OLD=NEW pairs split, each ENTITY (an id, a name or an alias) resolved to one entity — private
// persons only with --include-private, as everywhere — and the field options gathered. Every
// problem with a value is a Failure(kBadInput) naming the option.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/common.hpp"
#include "graph/candidate_review.hpp"

namespace allegraph::cli {

// The options of `review --edit`, as given.
struct EditOptions {
    std::optional<std::string> type, date, status, due, nature, negated;
    std::vector<std::string> add, remove, role, replace;

    // Whether any change was asked for.
    bool any() const;
};

// Resolves ENTITY for `option`; throws Failure(kBadInput) when no entity or several have that name.
EntityRef resolve_for_review(Store& store, const std::string& option, const std::string& name,
                             const Privacy& privacy);

// The edit the options ask for, with participant changes in the order remove, replace, role, add.
CandidateEdit candidate_edit(Store& store, const EditOptions& options, const Privacy& privacy,
                             DayMonthOrder order);

}  // namespace allegraph::cli
