// JSON documents of query results, in the shapes of the CLI contract
// (DESIGN §6): field names are a promise to scripts — add, never rename.
// Open interval ends print as null in date_lo / date_hi.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "queries/centrality.hpp"
#include "queries/entity_card.hpp"
#include "queries/responses.hpp"
#include "graph/rows.hpp"
#include "graph/stats_reads.hpp"
#include "queries/who.hpp"

namespace allegraph {

// {"events":[...]}
void write_timeline_json(std::ostream& out, const std::vector<EventRow>& events);

// {"id","kind","name","aliases","events","relations",...}
void write_entity_json(std::ostream& out, const EntityCard& card);

// {"responses":[{"organization","type","date","status","subject","citations",...}]}
void write_responses_json(std::ostream& out, const std::vector<ResponseRow>& rows);

// {"role","about","entities":[{"id","name","kind","events":[...]}]}
void write_who_json(std::ostream& out, const std::string& role, const EntityRef& about, const std::vector<WhoRow>& rows);

// {"sources","entities",...,"entities_by_kind":{...},...,"graph":{components, centrality}}
void write_stats_json(std::ostream& out, const Stats& stats, const GraphStats& graph);

}  // namespace allegraph
