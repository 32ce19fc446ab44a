#include "queries/hops.hpp"

#include <unordered_map>

#include "queries/event_loader.hpp"

namespace allegraph {
namespace {

std::string context_of(SQLite::Database& db, std::int64_t relation, const Privacy& privacy) {
    SQLite::Statement st(db, "SELECT x.id, x.text_id, x.name, x.kind, x.public FROM relations r"
                             " JOIN entities x ON x.id = r.context WHERE r.id = ?");
    st.bind(1, relation);
    if (!st.executeStep()) return "";
    return privacy
        .entity(st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                st.getColumn(3).getString(), st.getColumn(4).getInt() != 0)
        .name;
}

}  // namespace

EntityRef entity_ref(SQLite::Database& db, const GraphView& view, Vertex v, const Privacy& privacy) {
    SQLite::Statement st(db, "SELECT text_id, name, kind, public FROM entities WHERE id = ?");
    std::int64_t key = view.graph()[v].key;
    st.bind(1, key);
    st.executeStep();
    return privacy.entity(key, st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                          st.getColumn(3).getInt() != 0);
}

std::vector<Hop> describe_steps(SQLite::Database& db, const GraphView& view, const std::vector<Step>& steps,
                                const QueryScope& scope, const Privacy& privacy) {
    std::vector<std::int64_t> event_keys;
    for (const auto& step : steps)
        if (step.event) event_keys.push_back(view.graph()[*step.event].key);
    std::unordered_map<std::int64_t, EventRow> events;
    for (auto& row : load_events(db, event_keys, scope, privacy)) events.emplace(row.key, std::move(row));

    std::vector<Hop> hops;
    for (const auto& step : steps) {
        Hop hop;
        hop.from = entity_ref(db, view, step.from, privacy);
        hop.to = entity_ref(db, view, step.to, privacy);
        if (step.event) {
            const EventRow& event = events.at(view.graph()[*step.event].key);
            hop.via = event.type + ": " + std::string(step.from_role) + " / " + std::string(step.to_role);
            hop.citations = event.citations;
            hop.event = event;
        } else {
            hop.relation_type = step.relation_type;
            hop.inverse = step.inverse;
            hop.via = hop.relation_type + (step.inverse ? " (inverse)" : "");
            if (std::string context = context_of(db, step.relation, privacy); !context.empty())
                hop.via += ", " + context;
            hop.citations = citations_for(db, "relation", step.relation, scope, privacy);
        }
        hops.push_back(std::move(hop));
    }
    return hops;
}

}  // namespace allegraph
