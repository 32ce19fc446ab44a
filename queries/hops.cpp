#include "queries/hops.hpp"

#include <unordered_map>

#include "graph/entity_reads.hpp"
#include "graph/event_reads.hpp"

namespace allegraph {

EntityRef entity_ref(Store& store, const GraphView& view, Vertex v, const Privacy& privacy) {
    return entity_by_key(store, view.graph()[v].key, privacy);
}

std::vector<Hop> describe_steps(Store& store, const GraphView& view, const std::vector<Step>& steps,
                                const QueryScope& scope, const Privacy& privacy) {
    std::vector<std::int64_t> event_keys;
    for (const auto& step : steps)
        if (step.event) event_keys.push_back(view.graph()[*step.event].key);
    std::unordered_map<std::int64_t, EventRow> events;
    for (auto& row : load_events(store, event_keys, scope, privacy)) events.emplace(row.key, std::move(row));

    std::vector<Hop> hops;
    for (const auto& step : steps) {
        Hop hop;
        hop.from = entity_ref(store, view, step.from, privacy);
        hop.to = entity_ref(store, view, step.to, privacy);
        if (step.event) {
            const EventRow& event = events.at(view.graph()[*step.event].key);
            hop.via = event.type + ": " + std::string(step.from_role) + " / " + std::string(step.to_role);
            hop.citations = event.citations;
            hop.event = event;
        } else {
            hop.relation_type = step.relation_type;
            hop.inverse = step.inverse;
            hop.via = hop.relation_type + (step.inverse ? " (inverse)" : "");
            if (auto context = relation_context(store, step.relation, privacy); context && !context->name.empty())
                hop.via += ", " + context->name;
            hop.citations = citations_for(store, CitationOwner::relation, step.relation, scope, privacy);
        }
        hops.push_back(std::move(hop));
    }
    return hops;
}

}  // namespace allegraph
