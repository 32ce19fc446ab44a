#include "queries/export_selection.hpp"

namespace allegraph {
namespace {

// The keys of the entities within the filter's steps of the entity it is around.
std::vector<std::int64_t> entities_around(Store& store, const ExportFilter& filter, const QueryScope& scope) {
    GraphLoadOptions options;
    options.include_unreviewed = scope.include_unreviewed;
    options.include_unsupported = scope.include_unsupported;
    if (scope.as_of) options.published_by = scope.as_of->hi;
    GraphView view = GraphView::load(store, options);
    std::vector<std::int64_t> keys;
    for (Vertex v : within_steps(view, *view.entity_vertex(*filter.around), filter.depth, filter.hubs))
        keys.push_back(view.graph()[v].key);
    return keys;
}

}  // namespace

void select_for_export(Store& store, const ExportFilter& filter, const QueryScope& scope) {
    std::optional<std::vector<std::int64_t>> around;
    if (filter.around) around = entities_around(store, filter, scope);
    select_export(store, {filter.from, filter.to, filter.categories}, around, scope);
}

}  // namespace allegraph
