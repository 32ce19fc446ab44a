// JSON documents of the relationship questions: neighbourhoods, paths, search,
// claim checks, conflicts and pending items (DESIGN §6 shapes
// where it gives them; fields are only ever added).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "queries/check.hpp"
#include "queries/conflicts.hpp"
#include "queries/neighbourhood.hpp"
#include "queries/path.hpp"
#include "queries/pending.hpp"
#include "queries/search.hpp"

namespace allegraph {

void write_relations_json(std::ostream& out, const EntityRef& center, const std::string& hub_policy,
                          const std::vector<Neighbour>& neighbours);
void write_path_json(std::ostream& out, const EntityRef& from, const EntityRef& to, const std::string& hub_policy,
                     const PathResult& result);
void write_search_json(std::ostream& out, const std::string& query, const std::vector<SearchHit>& hits);
void write_check_json(std::ostream& out, const Claim& claim, const CheckResult& result);
void write_conflicts_json(std::ostream& out, const std::vector<Conflict>& conflicts);
void write_pending_json(std::ostream& out, std::int64_t today, const std::vector<PendingItem>& items);

}  // namespace allegraph
