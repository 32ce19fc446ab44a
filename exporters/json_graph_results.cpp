#include "exporters/json_graph_results.hpp"

#include "exporters/json_writer.hpp"
#include "queries/source_roots.hpp"

namespace allegraph {

using namespace json;

namespace {

void write_hop(Writer& w, const Hop& hop) {
    w.StartObject();
    key(w, "from");
    write_entity_ref(w, hop.from);
    str(w, "via", hop.via);
    key(w, "to");
    write_entity_ref(w, hop.to);
    str(w, "kind", hop.event ? "event" : "relation");
    if (hop.event) {
        key(w, "event");
        w.StartObject();
        str(w, "id", hop.event->id);
        str(w, "type", hop.event->type);
        write_date_fields(w, "date", hop.event->date);
        str(w, "summary", hop.event->summary);
        w.EndObject();
    } else {
        str(w, "relation_type", hop.relation_type);
        key(w, "inverse");
        w.Bool(hop.inverse);
    }
    write_citations(w, hop.citations);
    w.EndObject();
}

void write_hops(Writer& w, const char* name, const std::vector<Hop>& hops) {
    key(w, name);
    w.StartArray();
    for (const auto& hop : hops) write_hop(w, hop);
    w.EndArray();
}

}  // namespace

void write_relations_json(std::ostream& out, const EntityRef& center, const std::string& hub_policy,
                          const std::vector<Neighbour>& neighbours) {
    document(out, [&](Writer& w) {
        w.StartObject();
        key(w, "entity");
        write_entity_ref(w, center);
        str(w, "hub_policy", hub_policy);
        key(w, "neighbours");
        w.StartArray();
        for (const auto& n : neighbours) {
            w.StartObject();
            str(w, "id", n.entity.id);
            str(w, "name", n.entity.name);
            str(w, "kind", n.entity.kind);
            key(w, "depth");
            w.Uint64(n.depth);
            write_hops(w, "connections", n.connections);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_path_json(std::ostream& out, const EntityRef& from, const EntityRef& to, const std::string& hub_policy,
                     const PathResult& result) {
    document(out, [&](Writer& w) {
        w.StartObject();
        key(w, "from");
        write_entity_ref(w, from);
        key(w, "to");
        write_entity_ref(w, to);
        str(w, "hub_policy", hub_policy);
        key(w, "truncated");
        w.Bool(result.truncated);
        key(w, "paths");
        w.StartArray();
        for (const auto& path : result.paths) {
            w.StartObject();
            write_hops(w, "hops", path);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_search_json(std::ostream& out, const std::string& query, const std::vector<SearchHit>& hits) {
    document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "query", query);
        key(w, "hits");
        w.StartArray();
        for (const auto& hit : hits) {
            w.StartObject();
            str(w, "owner", hit.owner);
            str(w, "kind", hit.kind);
            str(w, "label", hit.label);
            str(w, "field", hit.field);
            str(w, "snippet", hit.snippet);
            key(w, "rank");
            w.Double(hit.rank);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_check_json(std::ostream& out, const Claim& claim, const CheckResult& result) {
    document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "verdict", result.verdict);
        str(w, "summary", result.summary);
        key(w, "independent_sources");
        w.Uint64(result.independent_sources);
        str(w, "independent_sources_counted", kCounting);
        for (auto [name, list] : {std::pair{"retracted_sources", &result.retracted_sources},
                                  std::pair{"left_out_unsupported", &result.left_out}}) {
            key(w, name);
            w.StartArray();
            for (const auto& item : *list) w.String(item.c_str(), static_cast<rapidjson::SizeType>(item.size()));
            w.EndArray();
        }
        key(w, "holds_less");
        w.StartArray();
        for (const auto& item : result.holds_less) w.String(item.c_str(), static_cast<rapidjson::SizeType>(item.size()));
        w.EndArray();
        key(w, "claim");
        w.StartObject();
        key(w, "actor");
        write_entity_ref(w, claim.actor);
        str(w, "type", claim.type);
        key(w, "subject");
        if (claim.subject) write_entity_ref(w, *claim.subject);
        else w.Null();
        if (claim.date) write_date_fields(w, "date", *claim.date);
        if (claim.due) write_date_fields(w, "due", *claim.due);
        if (!claim.status.empty()) str(w, "status", claim.status);
        if (!claim.nature.empty()) str(w, "nature", claim.nature);
        key(w, "negated");
        w.Bool(claim.negated);
        w.EndObject();
        key(w, "evidence");
        w.StartArray();
        for (const auto& e : result.evidence) {
            w.StartObject();
            str(w, "bearing", e.bearing);
            str(w, "reason", e.reason);
            key(w, "fields");
            w.StartArray();
            for (const auto& f : e.fields) {
                w.StartObject();
                str(w, "field", f.field);
                str(w, "claimed", f.claimed);
                str(w, "on_record", f.on_record);
                str(w, "verdict", f.verdict);
                w.EndObject();
            }
            w.EndArray();
            key(w, "holds_less");
            w.StartArray();
            for (const auto& item : e.holds_less) w.String(item.c_str(), static_cast<rapidjson::SizeType>(item.size()));
            w.EndArray();
            key(w, "independent_sources");
            w.Uint64(e.independent_sources);
            key(w, "event");
            write_event(w, e.event);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_conflicts_json(std::ostream& out, const std::vector<Conflict>& conflicts) {
    document(out, [&](Writer& w) {
        w.StartObject();
        key(w, "conflicts");
        w.StartArray();
        for (const auto& c : conflicts) {
            w.StartObject();
            str(w, "kind", c.kind);
            str(w, "description", c.description);
            write_events(w, c.events);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_pending_json(std::ostream& out, std::int64_t today, const std::vector<PendingItem>& items) {
    document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "as_of", iso_day(today));
        key(w, "pending");
        w.StartArray();
        for (const auto& item : items) {
            w.StartObject();
            key(w, "past_due");
            w.Bool(item.past_due);
            key(w, "event");
            write_event(w, item.event);
            key(w, "same_as");
            w.StartArray();
            for (const auto& id : item.same_as) w.String(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

}  // namespace allegraph
