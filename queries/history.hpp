// History: the change log (graph/history.hpp) as the desk reads it — for the whole
// database, each command with its time, files, reason and counts; for one fact, each
// change to it with the fields that changed, old and new values side by side. Private
// persons stay redacted here as everywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/history.hpp"
#include "graph/store.hpp"
#include "queries/privacy.hpp"

namespace allegraph {

// One field of a fact before and after a change; for a list (aliases, participants,
// citations), one item added (before empty) or removed (after empty).
struct FieldChange {
    std::string field, before, after;
};

// What one change did to one fact.
struct FactChange {
    std::string kind, id, action;  // action: added, changed, removed
    std::vector<FieldChange> fields;
};

struct ChangeEntry {
    std::int64_t id = 0;
    std::string at, command, reason;
    std::vector<FileStamp> files;
    std::size_t added = 0, changed = 0, removed = 0;
    std::vector<FactChange> facts;  // only when asked for
};

// The whole log, oldest first; with each change's facts when `with_facts`.
std::vector<ChangeEntry> whole_history(Store& store, bool with_facts, const Privacy& privacy);

// One change with the facts it touched (no field changes), or nullopt when there is none.
std::optional<ChangeEntry> change_entry(Store& store, std::int64_t change, const Privacy& privacy);

// The changes to the fact `id` (an event, entity, source or relation, or an id merged away),
// oldest first, each with that fact's field changes; nullopt when the log never names it.
std::optional<std::vector<ChangeEntry>> fact_history(Store& store, const std::string& id, const Privacy& privacy);

}  // namespace allegraph
