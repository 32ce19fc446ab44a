// A database's own vocabulary: the event types and organization categories it adds to the built-in
// document (a native file's `vocabulary` section, `allegraph vocabulary add`). Additions are stored
// with stable ids, logged in the history as facts of kind `vocabulary`, and honoured by every
// importer, query, wording and export that reads the store's vocabulary through store_vocabulary().
// An addition is never changed; a database's own type may be removed only while no fact uses it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/history.hpp"
#include "graph/result.hpp"
#include "graph/store.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {

// The vocabulary in effect in `store`: the built-in document and the store's additions (read once,
// kept until the store's vocabulary changes or a transaction that changed it rolls back).
const Vocabulary& store_vocabulary(Store& store);

// What adding an entry did: added it, or found the same definition already there.
enum class VocabularyAddition { added, already_there };

// Adds an event type to the store's vocabulary in the current transaction. The same definition
// again is not an error; another definition of a known word is (field "word"), and so is anything
// Vocabulary::check_event_type refuses.
Result<VocabularyAddition> add_event_type(Store& store, EventTypeDefinition type);

// Adds an organization category likewise.
Result<VocabularyAddition> add_organization_category(Store& store, const std::string& word);

// Removes a type or category the store added, logging it with `recorder`; refuses a built-in one and
// one that a fact still uses (the message says how many). `list`: event_types or organization_categories.
Result<void> remove_vocabulary_entry(Store& store, ChangeRecorder& recorder, std::string_view list, std::string_view word);

// The store's additions as event_type_json texts, and its categories, in the order they were added.
std::vector<std::string> added_event_types(Store& store);
std::vector<std::string> added_organization_categories(Store& store);

}  // namespace allegraph
