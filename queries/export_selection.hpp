// Export selection: which entities, events, roles, relations and links an export
// holds — everything in scope, or a sub-graph around an entity, in a date window
// or of some event categories. The selection is kept by the store (graph/export_reads.hpp),
// so exporters stream rows from it and never hold the graph.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/export_reads.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"
#include "queries/graph_steps.hpp"

namespace allegraph {

struct ExportFilter {
    std::optional<std::int64_t> around;  // entity key: its neighbourhood, as an induced sub-graph
    std::size_t depth = 1;
    HubPolicy hubs;
    std::optional<Date> from, to;        // events overlapping the window, and what they touch
    std::vector<std::string> categories; // events of these categories, and what they touch
};

// Fills the selection.
void select_for_export(Store& store, const ExportFilter& filter, const QueryScope& scope);

}  // namespace allegraph
