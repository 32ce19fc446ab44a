#include "exporters/json_writer.hpp"

#include "exporters/wording.hpp"

namespace allegraph::json {
namespace {

void day_or_null(Writer& w, const char* name, int64_t day, bool open) {
    w.Key(name);
    if (open) {
        w.Null();
    } else {
        std::string iso = iso_day(day);
        w.String(iso.c_str());
    }
}

}  // namespace


void key(Writer& w, const char* name) { w.Key(name); }
void str(Writer& w, const char* name, const std::string& value) {
    w.Key(name);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
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
        if (!c.syndicated_from.empty()) str(w, "syndicated_from", c.syndicated_from);
        if (c.retracted) {
            key(w, "retracted");
            w.Bool(true);
        }
        w.EndObject();
    }
    w.EndArray();
}

void write_event(Writer& w, const EventRow& e) {
    w.StartObject();
    write_event_fields(w, e);
    w.EndObject();
}

void write_event_fields(Writer& w, const EventRow& e) {
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
    str(w, "headline", headline(e));  // the worded sentence, which never says more than the roles
    str(w, "section", e.date.open_start() ? "reported_by" : "dated");
    str(w, "summary", e.summary);
    if (e.summary_withheld) {
        key(w, "summary_withheld");
        w.Bool(true);
    }
    key(w, "unreviewed");
    w.Bool(e.unreviewed);
    key(w, "unsupported");
    w.Bool(e.unsupported);
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
}

void write_events(Writer& w, const std::vector<EventRow>& events) {
    key(w, "events");
    w.StartArray();
    for (const auto& e : events) write_event(w, e);
    w.EndArray();
}

}  // namespace allegraph::json
