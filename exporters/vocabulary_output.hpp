// The vocabulary in effect (graph/vocabulary.hpp), as `allegraph vocabulary` shows it: every list,
// built-in entries and those the database added, and for each event type what it takes and says.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "graph/vocabulary.hpp"

namespace allegraph {

// One line per event type ("censure  response  Censure  roles: actor, subject*  CAMEO 172  [added]",
// * a required role), then each other list on a line.
void write_vocabulary_text(std::ostream& out, const Vocabulary& vocabulary);

// {"event_types":[{"id","word","category","label","roles","required","actor_role","subject_role","cameo",
//   "nature","answer","disputes","wording":{KEY:[TEMPLATE,...]},"built_in"}],
//  "organization_categories":[{"id","word","built_in"}], "entity_kinds", "event_categories", "roles",
//  "statuses", "link_types", "allegation_natures":[{"id","word"}], "relation_types":[{"id","word","symmetric"}]}
void write_vocabulary_json(std::ostream& out, const Vocabulary& vocabulary);

// What `vocabulary add|add-category|remove` did: {"action": "added"|"already_there"|"removed",
// "list": "event_types"|"organization_categories", "word", "change": the history's id, or null}.
void write_vocabulary_change_json(std::ostream& out, const std::string& action, const std::string& list,
                                  const std::string& word, std::int64_t change);

}  // namespace allegraph
