// Readable text for the relationship questions: neighbourhoods, paths (in words,
// each hop with its source), search hits, claim checks, conflicts and pending items.
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

void write_relations_text(std::ostream& out, const EntityRef& center, const std::string& hub_policy,
                          const std::vector<Neighbour>& neighbours);
void write_path_text(std::ostream& out, const EntityRef& from, const EntityRef& to, const std::string& hub_policy,
                     const PathResult& result);
void write_search_text(std::ostream& out, const std::vector<SearchHit>& hits);
void write_check_text(std::ostream& out, const CheckResult& result);
void write_conflicts_text(std::ostream& out, const std::vector<Conflict>& conflicts);
void write_pending_text(std::ostream& out, std::int64_t today, const std::vector<PendingItem>& items);

}  // namespace allegraph
