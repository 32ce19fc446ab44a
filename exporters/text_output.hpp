// Readable text for a terminal: the timeline with sources and denials under each
// event, the entity card, responses, who and stats. Every event is shown with
// at least one source line and its verbatim quote.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "queries/centrality.hpp"
#include "queries/entity_card.hpp"
#include "queries/responses.hpp"
#include "graph/stats_reads.hpp"
#include "queries/who.hpp"

namespace allegraph {

void write_timeline_text(std::ostream& out, const std::vector<EventRow>& events);
// One event of a timeline: date, type, headline, participants, sources with their quotes, id.
void write_event_text(std::ostream& out, const EventRow& e);
void write_entity_text(std::ostream& out, const EntityCard& card);
void write_responses_text(std::ostream& out, const std::vector<ResponseRow>& rows);
void write_who_text(std::ostream& out, const std::string& role, const EntityRef& about, const std::vector<WhoRow>& rows);
void write_stats_text(std::ostream& out, const Stats& stats, const GraphStats& graph);

}  // namespace allegraph
