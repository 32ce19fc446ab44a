// Entity review: the editor's decision on an entity an import proposed (`needs_review`): accept it —
// public or private, with its kind and category corrected — or merge it into the entity on record it
// turns out to be (graph/merge.hpp). Each fact is shown to the ChangeRecorder before it changes; the
// caller owns the transaction and the log entry, and rolls back on an error.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "graph/history.hpp"
#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

// What accepting a proposed entity sets besides clearing needs_review; unset fields stay.
struct EntityDecision {
    std::optional<bool> is_public;
    std::optional<std::string> kind;      // person, organization, work, campaign, group
    std::optional<std::string> category;  // organizations only; one becoming an organization gets "other"
};

// Accepts the proposed entity with key `entity` (`label`: how the editor named it, for messages).
Result<void> accept_entity(Store& store, ChangeRecorder& recorder, std::int64_t entity,
                           const std::string& label, const EntityDecision& decision);

// Merges the proposed entity `gone` (an id) into `keep`, whatever kind and privacy the import
// guessed for it; refuses an entity that is not proposed (`allegraph merge` merges those).
Result<void> merge_proposed_entity(Store& store, ChangeRecorder& recorder, const std::string& gone,
                                   const std::string& keep);

}  // namespace allegraph
