#include "exporters/json_results.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

namespace allegraph {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void key(Writer& w, const char* name) { w.Key(name); }
void str(Writer& w, const char* name, const std::string& value) {
    w.Key(name);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}
void day_or_null(Writer& w, const char* name, int64_t day, bool open) {
    w.Key(name);
    if (open) {
        w.Null();
    } else {
        std::string iso = iso_day(day);
        w.String(iso.c_str());
    }
}

void write_date_fields(Writer& w, const char* prefix, const Date& date) {
    std::string p = prefix;
    str(w, p.c_str(), date.text);
    day_or_null(w, (p + "_lo").c_str(), date.lo, date.open_start());
    day_or_null(w, (p + "_hi").c_str(), date.hi, date.open_end());
}

void write_entity_ref(Writer& w, const EntityRef& e) {
    w.StartObject();
    str(w, "id", e.id);
    str(w, "name", e.name);
    str(w, "kind", e.kind);
    key(w, "redacted");
    w.Bool(e.redacted);
    w.EndObject();
}

void write_citations(Writer& w, const std::vector<CitationRow>& citations) {
    key(w, "citations");
    w.StartArray();
    for (const auto& c : citations) {
        w.StartObject();
        str(w, "source", c.source);
        str(w, "title", c.title);
        str(w, "publisher", c.publisher);
        key(w, "published");
        if (c.published) w.String(c.published->text.c_str());
        else w.Null();
        str(w, "url", c.url);
        str(w, "quote", c.quote);
        key(w, "start");
        if (c.start) w.Int64(*c.start);
        else w.Null();
        key(w, "end");
        if (c.end) w.Int64(*c.end);
        else w.Null();
        w.EndObject();
    }
    w.EndArray();
}

void write_event(Writer& w, const EventRow& e) {
    w.StartObject();
    str(w, "id", e.id);
    str(w, "type", e.type);
    str(w, "category", e.category);
    write_date_fields(w, "date", e.date);
    str(w, "precision", std::string(to_string(e.date.precision)));
    key(w, "approximate");
    w.Bool(e.date.approximate);
    key(w, "uncertain");
    w.Bool(e.date.uncertain);
    str(w, "display_date", display_date(e.date));
    str(w, "status", e.status);
    if (e.due) write_date_fields(w, "due", *e.due);
    key(w, "negated");
    w.Bool(e.negated);
    if (!e.nature.empty()) str(w, "nature", e.nature);
    str(w, "summary", e.summary);
    key(w, "unreviewed");
    w.Bool(e.unreviewed);
    key(w, "participants");
    w.StartArray();
    for (const auto& p : e.participants) {
        w.StartObject();
        str(w, "id", p.entity.id);
        str(w, "name", p.entity.name);
        str(w, "role", p.role);
        str(w, "kind", p.entity.kind);
        w.EndObject();
    }
    w.EndArray();
    write_citations(w, e.citations);
    key(w, "links");
    w.StartArray();
    for (const auto& l : e.links) {
        w.StartObject();
        str(w, "type", l.type);
        str(w, "event", l.event);
        str(w, "direction", l.incoming ? "incoming" : "outgoing");
        str(w, "event_type", l.event_type);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

void write_events(Writer& w, const std::vector<EventRow>& events) {
    key(w, "events");
    w.StartArray();
    for (const auto& e : events) write_event(w, e);
    w.EndArray();
}

void write_tally(Writer& w, const char* name, const Tally& tally) {
    key(w, name);
    w.StartObject();
    for (const auto& [word, n] : tally) {
        w.Key(word.c_str());
        w.Int64(n);
    }
    w.EndObject();
}

template <class Body>
void document(std::ostream& out, Body body) {
    rapidjson::OStreamWrapper stream(out);
    Writer w(stream);
    w.SetIndent(' ', 2);
    body(w);
    out << '\n';
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
            key(w, "organization");
            write_entity_ref(w, r.organization);
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

void write_stats_json(std::ostream& out, const Stats& s) {
    document(out, [&](Writer& w) {
        w.StartObject();
        const std::pair<const char*, int64_t> counts[] = {
            {"sources", s.sources},       {"sources_with_text", s.sources_with_text},
            {"entities", s.entities},     {"private_entities", s.private_entities},
            {"events", s.events},         {"unreviewed_events", s.unreviewed_events},
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
        w.EndObject();
    });
}

}  // namespace allegraph
