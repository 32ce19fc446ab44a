#include "exporters/json_results.hpp"

#include "exporters/json_writer.hpp"

namespace allegraph {

using namespace json;

namespace {

void write_tally(Writer& w, const char* name, const Tally& tally) {
    key(w, name);
    w.StartObject();
    for (const auto& [word, n] : tally) {
        w.Key(word.c_str());
        w.Int64(n);
    }
    w.EndObject();
}

void write_ranked(Writer& w, const char* name, const std::vector<Ranked>& list) {
    key(w, name);
    w.StartArray();
    for (const auto& r : list) {
        w.StartObject();
        str(w, "id", r.entity.id);
        str(w, "name", r.entity.name);
        key(w, "score");
        w.Double(r.score);
        w.EndObject();
    }
    w.EndArray();
}

void write_graph_stats(Writer& w, const GraphStats& s) {
    w.StartObject();
    key(w, "entities");
    w.Uint64(s.entities);
    key(w, "adjacencies");
    w.Uint64(s.adjacencies);
    key(w, "components");
    w.Uint64(s.components);
    key(w, "largest_components");
    w.StartArray();
    for (auto size : s.largest_components) w.Uint64(size);
    w.EndArray();
    write_ranked(w, "top_degree", s.top_degree);
    write_ranked(w, "top_betweenness", s.top_betweenness);
    key(w, "betweenness_estimated");
    w.Bool(s.betweenness_sample > 0);
    key(w, "betweenness_sample");
    w.Uint64(s.betweenness_sample);
    w.EndObject();
}

}  // namespace

void write_timeline_json(std::ostream& out, const std::vector<EventRow>& events) {
    document(out, [&](Writer& w) {
        w.StartObject();
        write_events(w, events);
        w.EndObject();
    });
}

void write_entity_json(std::ostream& out, const EntityCard& card) {
    document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "id", card.entity.id);
        str(w, "kind", card.entity.kind);
        str(w, "name", card.entity.name);
        key(w, "redacted");
        w.Bool(card.entity.redacted);
        if (!card.category.empty()) str(w, "category", card.category);
        str(w, "description", card.description);
        if (!card.size.empty()) str(w, "size", card.size);
        key(w, "needs_review");
        w.Bool(card.needs_review);
        key(w, "unsupported");
        w.Bool(card.unsupported);
        key(w, "aliases");
        w.StartArray();
        for (const auto& a : card.aliases) w.String(a.c_str());
        w.EndArray();
        write_citations(w, card.citations);
        write_events(w, card.events);
        key(w, "relations");
        w.StartArray();
        for (const auto& r : card.relations) {
            w.StartObject();
            str(w, "type", r.type);
            str(w, "direction", r.outgoing ? "outgoing" : "incoming");
            key(w, "other");
            write_entity_ref(w, r.other);
            if (r.date) write_date_fields(w, "date", *r.date);
            if (r.context) {
                key(w, "context");
                write_entity_ref(w, *r.context);
            }
            write_citations(w, r.citations);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_responses_json(std::ostream& out, const std::vector<ResponseRow>& rows) {
    document(out, [&](Writer& w) {
        w.StartObject();
        key(w, "responses");
        w.StartArray();
        for (const auto& r : rows) {
            w.StartObject();
            key(w, "organization");  // the acting party when it is an organization (kept for older readers)
            if (r.actor && r.actor->kind == "organization") write_entity_ref(w, *r.actor);
            else w.Null();
            key(w, "actor");
            if (r.actor) write_entity_ref(w, *r.actor);
            else w.Null();
            str(w, "actor_role", r.actor_role);
            str(w, "type", r.event.type);
            write_date_fields(w, "date", r.event.date);
            str(w, "display_date", display_date(r.event.date));
            str(w, "status", r.event.status);
            if (r.event.due) write_date_fields(w, "due", *r.event.due);
            key(w, "subject");
            if (r.subject) write_entity_ref(w, *r.subject);
            else w.Null();
            str(w, "event", r.event.id);
            str(w, "summary", r.event.summary);
            write_citations(w, r.event.citations);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_who_json(std::ostream& out, const std::string& role, const EntityRef& about,
                    const std::vector<WhoRow>& rows) {
    document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "role", role);
        key(w, "about");
        write_entity_ref(w, about);
        key(w, "entities");
        w.StartArray();
        for (const auto& row : rows) {
            w.StartObject();
            str(w, "id", row.entity.id);
            str(w, "name", row.entity.name);
            str(w, "kind", row.entity.kind);
            write_events(w, row.events);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_stats_json(std::ostream& out, const Stats& s, const GraphStats& graph) {
    document(out, [&](Writer& w) {
        w.StartObject();
        const std::pair<const char*, int64_t> counts[] = {
            {"sources", s.sources},       {"sources_with_text", s.sources_with_text},
            {"entities", s.entities},     {"private_entities", s.private_entities},
            {"events", s.events},         {"unreviewed_events", s.unreviewed_events},
            {"unsupported_events", s.unsupported_events}, {"retracted_sources", s.retracted_sources},
            {"relations", s.relations},   {"citations", s.citations},
            {"event_links", s.event_links}};
        for (const auto& [name, n] : counts) {
            key(w, name);
            w.Int64(n);
        }
        write_tally(w, "entities_by_kind", s.entities_by_kind);
        write_tally(w, "events_by_category", s.events_by_category);
        write_tally(w, "events_by_type", s.events_by_type);
        write_tally(w, "relations_by_type", s.relations_by_type);
        key(w, "graph");
        write_graph_stats(w, graph);
        w.EndObject();
    });
}

}  // namespace allegraph
