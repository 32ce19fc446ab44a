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
#include "queries/privacy.hpp"
#include "queries/scope.hpp"

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
    std::string id, label, kind, type, category, status, summary, first_source;
    std::optional<Date> date, due;
    std::optional<std::int64_t> first_seen;  // entities: the first day of their earliest dated event in the selection
    bool negated = false, unreviewed = false, redacted = false;
    std::int64_t citations = 0;
};

// An edge: a role (entity → event), a relation (entity → entity) or a link (event → event).
struct EdgeRow {
    std::string id, source, target, kind, type, first_source;
    std::optional<Date> date;  // the event's date for roles, the relation's own date when it has one
    std::int64_t citations = 0;
};

struct NodeOptions {
    bool first_seen = false;  // fill NodeRow::first_seen (a pass over every participation)
};

// The selected nodes: entities, then events, each in the order they were first stored;
// rows are redacted by `privacy`.
void for_each_node(SQLite::Database& db, const QueryScope& scope, const Privacy& privacy, const NodeOptions& options,
                   const std::function<void(const NodeRow&)>& visit);

// The selected edges: roles, relations, then links.
void for_each_edge(SQLite::Database& db, const QueryScope& scope, const Privacy& privacy,
                   const std::function<void(const EdgeRow&)>& visit);

}  // namespace allegraph
