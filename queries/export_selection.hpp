// Export selection: which entities, events, roles, relations and links an export
// holds — everything in scope, or a sub-graph around an entity, in a date window
// or of some event categories. The selection is kept in temporary tables of the
// connection (its entities and events, or a flag when it is everything in scope),
// so exporters stream rows from SQL and never hold the graph.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "queries/graph_steps.hpp"
#include "graph/rows.hpp"
#include "queries/privacy.hpp"
#include "graph/scope.hpp"

namespace allegraph {

struct ExportFilter {
    std::optional<std::int64_t> around;  // entity key: its neighbourhood, as an induced sub-graph
    std::size_t depth = 1;
    HubPolicy hubs;
    std::optional<Date> from, to;        // events overlapping the window, and what they touch
    std::vector<std::string> categories; // events of these categories, and what they touch
};

struct ExportCounts {
    std::size_t nodes = 0, edges = 0;
};

// Fills the selection.
void select_for_export(SQLite::Database& db, const ExportFilter& filter, const QueryScope& scope);

// How many nodes and edges the selection holds (a pass over every role: ask only when shown).
ExportCounts count_selection(SQLite::Database& db);

// A node of the selected graph: an entity or an event, as it may be shown.
struct NodeRow {
    bool is_event = false;
    std::string id, label, kind, type, category, status, nature, summary, first_source;
    std::optional<Date> date, due;
    // When the node appears on a dynamic graph's timeline: an event on the first day its date
    // allows, an entity with its first event in the selection; kOpenStart when that event is
    // dated only "up to" a day (there from the start). Filled when asked (NodeOptions).
    std::optional<std::int64_t> first_seen;
    bool negated = false, unreviewed = false, unsupported = false, redacted = false;
    std::int64_t citations = 0;
    std::vector<ParticipantRow> participants;  // events: who took part, redacted, for a worded label
};

// An edge: a role (entity → event), a relation (entity → entity), a relation's context
// (each end of the relation → the work or setting it is about) or a link (event → event).
struct EdgeRow {
    std::string id, source, target, kind, type, first_source;
    std::optional<Date> date;  // the event's date for roles, the relation's own date when it has one
    std::optional<std::int64_t> first_seen;  // the day both ends are there (see NodeRow::first_seen)
    std::string status;                       // roles: the event's status
    bool negated = false, unreviewed = false, unsupported = false;  // roles: the event's; relations: their own
    std::int64_t citations = 0;
};

struct NodeOptions {
    bool first_seen = false;  // fill first_seen on nodes and edges (a pass over every participation)
};

// The selected nodes: entities, then events, each in the order they were first stored;
// rows are redacted by `privacy`; `visit` may change a row before it shows it.
void for_each_node(SQLite::Database& db, const QueryScope& scope, const Privacy& privacy, const NodeOptions& options,
                   const std::function<void(NodeRow&)>& visit);

// The selected edges: roles, relations, relations' contexts, then links.
void for_each_edge(SQLite::Database& db, const QueryScope& scope, const Privacy& privacy, const NodeOptions& options,
                   const std::function<void(const EdgeRow&)>& visit);

}  // namespace allegraph
