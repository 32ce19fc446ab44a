#include "exporters/graph_export.hpp"

#include "exporters/wording.hpp"

namespace allegraph {
namespace {

// An event node's label is its worded sentence, so that a picture says who did what to whom.
std::string event_label(const NodeRow& node) {
    EventRow event;
    event.id = node.id;
    event.type = node.type;
    event.category = node.category;
    event.definition = node.definition;
    event.date = node.date.value_or(Date{});
    event.status = node.status;
    event.due = node.due;
    event.negated = node.negated;
    event.nature = node.nature;
    event.participants = node.participants;
    return graph_label(event);
}

}  // namespace

const std::string& cameo_code(const NodeRow& node) {
    static const std::string none;
    return node.definition ? node.definition->cameo : none;
}

void export_graph(Store& store, const QueryScope& scope, const Privacy& privacy, GraphFormatWriter& writer,
                  const std::function<void()>& progress) {
    if (writer.wants_counts()) writer.counts(count_selection(store));
    writer.begin();
    NodeOptions options;
    options.first_seen = writer.wants_first_seen();
    for_each_node(store, scope, privacy, options, [&](NodeRow& node) {
        if (node.is_event) node.label = event_label(node);
        writer.node(node);
        progress();
    });
    for_each_edge(store, scope, privacy, options, [&](const EdgeRow& edge) {
        writer.edge(edge);
        progress();
    });
    writer.end();
}

}  // namespace allegraph
