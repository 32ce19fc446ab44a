// Export reads: the selection an export holds, kept in temporary tables of the engine's connection
// (its entities and events, or a flag when it is everything in scope), and the rows of the selected
// graph streamed from it one at a time, so that an export never holds the graph.
#pragma once

#include <cstdint>
#include <memory>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"
#include "graph/redaction.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Which events an export holds, besides the scope: those overlapping a date window, or of some categories.
struct ExportWindow {
    std::optional<Date> from, to;
    std::vector<std::string> categories;

    bool empty() const { return !from && !to && categories.empty(); }
};

// Fills the selection: the events in `scope` and `window`, with the entities they touch; with `around`
// (entity keys), those entities and the selected events all of whose participants are among them;
// with neither, every entity and every event in scope.
void select_export(Store& store, const ExportWindow& window, const std::optional<std::vector<std::int64_t>>& around,
                   const QueryScope& scope);

struct ExportCounts {
    std::size_t nodes = 0, edges = 0;
};

// How many nodes and edges the selection holds (a pass over every role: ask only when shown).
ExportCounts count_selection(Store& store);

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
    std::shared_ptr<const EventTypeDefinition> definition;  // events: the type's, from the store's vocabulary
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
// rows are redacted by `redaction`; `visit` may change a row before it shows it.
void for_each_node(Store& store, const QueryScope& scope, const Redaction& redaction, const NodeOptions& options,
                   const std::function<void(NodeRow&)>& visit);

// The selected edges: roles, relations, relations' contexts, then links.
void for_each_edge(Store& store, const QueryScope& scope, const Redaction& redaction, const NodeOptions& options,
                   const std::function<void(const EdgeRow&)>& visit);

}  // namespace allegraph
