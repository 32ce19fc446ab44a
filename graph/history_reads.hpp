// History reads: the change log (graph/history.hpp) as it is stored — each logged command with its
// counts and the facts it touched, each fact's images from before a change and after it, and what
// the log's entity ids name now. Plain stored values: queries/history.hpp redacts and compares them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/fact_image.hpp"
#include "graph/fact_lookup.hpp"
#include "graph/store.hpp"

namespace allegraph {

// A fact a logged command touched.
struct LoggedFact {
    std::string kind, fact, action;  // fact: its id as logged; action: added, changed or removed
    std::int64_t key = 0;
    std::optional<std::string> before;  // its image before the change (graph/fact_image.hpp); none when added
};

// A logged command.
struct LoggedChange {
    std::int64_t id = 0;
    std::string at, command, files, reason;  // files: the JSON array of {path, sha256} the log keeps
    std::size_t added = 0, changed = 0, removed = 0;
    std::vector<LoggedFact> facts;  // by kind, then id; only when asked for
};

// The logged commands, oldest first — only change `only`, when given — with the facts each touched
// when `with_facts` (without their images).
std::vector<LoggedChange> logged_changes(Store& store, std::optional<std::int64_t> only, bool with_facts);

// A change to one fact, with that fact (its image before included); counts left at zero.
struct LoggedFactChange {
    LoggedChange change;
    LoggedFact fact;
};

// The changes that logged a fact by the id `id`, or touched the fact `live` (the fact `id` names now),
// oldest first.
std::vector<LoggedFactChange> fact_changes(Store& store, const std::string& id, const std::optional<FactRef>& live);

// Whether the log names an entity `id`.
bool logs_entity_id(Store& store, const std::string& id);

// The fact's image after change `change`: the one the next change to it started from, else as it is
// now; none when it is gone.
std::optional<std::string> image_after(Store& store, FactKind kind, std::int64_t key, std::int64_t change);

// The key of the entity that `text_id` names now (its own or one merged into it); 0 when none does.
std::int64_t entity_key_named(Store& store, const std::string& text_id);

// Whether the entity with `key`, or the one `text_id` was merged into, is public; false when neither exists.
bool entity_is_public(Store& store, std::int64_t key, const std::string& text_id);

}  // namespace allegraph
