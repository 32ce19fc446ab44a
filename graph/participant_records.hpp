// Participant records: the entities taking part in one event, each in a role, as review changes
// them (graph/candidate_review.hpp change_participants). Roles are words of graph/vocabulary.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

// The roles entity `entity` has in event `event`, sorted.
std::vector<std::string> participant_roles(Store& store, std::int64_t event, std::int64_t entity);

// The number of participations (entity and role) of event `event`.
std::int64_t participant_count(Store& store, std::int64_t event);

// Makes `entity` take part in `event` as `role`.
void add_participant(Store& store, std::int64_t event, std::int64_t entity, const std::string& role);

// Drops the role `role` of `entity` in `event`, or every role it has there when `role` is "".
void remove_participant(Store& store, std::int64_t event, std::int64_t entity, const std::string& role);

// Gives `entity`, which has one role in `event`, the role `role` instead.
void set_participant_role(Store& store, std::int64_t event, std::int64_t entity, const std::string& role);

// Hands the roles of `entity` in `event` to `other`; those `other` already has are dropped, not repeated.
void replace_participant(Store& store, std::int64_t event, std::int64_t entity, std::int64_t other);

}  // namespace allegraph
