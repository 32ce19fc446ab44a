#include "exporters/native_json.hpp"

#include <rapidjson/document.h>

#include "exporters/json_writer.hpp"
#include "graph/vocabulary_store.hpp"
#include "queries/native_records.hpp"

namespace allegraph {

using namespace json;

namespace {

void optional_str(Writer& w, const char* name, const std::string& value) {
    if (!value.empty()) str(w, name, value);
}

void write_native_citations(Writer& w, const std::vector<Citation>& citations) {
    key(w, "citations");
    w.StartArray();
    for (const auto& c : citations) {
        w.StartObject();
        str(w, "source", c.source);
        str(w, "quote", c.quote);
        if (c.start) {
            key(w, "start");
            w.Uint64(*c.start);
            key(w, "end");
            w.Uint64(*c.end);
        }
        w.EndObject();
    }
    w.EndArray();
}

void write_source(Writer& w, const Source& s) {
    w.StartObject();
    str(w, "id", s.id);
    optional_str(w, "title", s.title);
    optional_str(w, "publisher", s.publisher);
    optional_str(w, "author", s.author);
    optional_str(w, "url", s.url);
    if (s.published) str(w, "published", s.published->text);
    optional_str(w, "note", s.note);
    optional_str(w, "syndicated_from", s.syndicated_from);
    optional_str(w, "retracted", s.retracted);
    optional_str(w, "retraction_reason", s.retraction_reason);
    if (s.text) str(w, "text", *s.text);
    w.EndObject();
}

void write_entity(Writer& w, const Entity& e) {
    w.StartObject();
    str(w, "id", e.id);
    str(w, "kind", e.kind);
    optional_str(w, "category", e.category);
    str(w, "name", e.name);
    if (!e.aliases.empty()) {
        key(w, "aliases");
        w.StartArray();
        for (const auto& a : e.aliases) w.String(a.c_str(), static_cast<rapidjson::SizeType>(a.size()));
        w.EndArray();
    }
    optional_str(w, "description", e.description);
    optional_str(w, "size", e.size);
    key(w, "public");
    w.Bool(e.is_public);
    if (e.needs_review) {
        key(w, "needs_review");
        w.Bool(true);
    }
    write_native_citations(w, e.citations);
    w.EndObject();
}

void write_event(Writer& w, const Event& e) {
    w.StartObject();
    str(w, "id", e.id);
    str(w, "type", e.type);
    str(w, "date", e.date.text);
    optional_str(w, "status", e.status);
    if (e.due) str(w, "due", e.due->text);
    if (e.negated) {
        key(w, "negated");
        w.Bool(true);
    }
    optional_str(w, "nature", e.nature);
    optional_str(w, "summary", e.summary);
    if (e.unreviewed) str(w, "review", "unreviewed");
    key(w, "participants");
    w.StartArray();
    for (const auto& p : e.participants) {
        w.StartObject();
        str(w, "entity", p.entity);
        str(w, "role", p.role);
        w.EndObject();
    }
    w.EndArray();
    if (!e.links.empty()) {
        key(w, "links");
        w.StartArray();
        for (const auto& l : e.links) {
            w.StartObject();
            str(w, "type", l.type);
            str(w, "event", l.event);
            w.EndObject();
        }
        w.EndArray();
    }
    write_native_citations(w, e.citations);
    w.EndObject();
}

void write_relation(Writer& w, const Relation& r) {
    w.StartObject();
    str(w, "from", r.from);
    str(w, "type", r.type);
    str(w, "to", r.to);
    if (r.date) str(w, "date", r.date->text);
    optional_str(w, "context", r.context);
    write_native_citations(w, r.citations);
    w.EndObject();
}

// The store's own vocabulary, when it has one: the section an import reads back first.
void write_vocabulary(Writer& w, Store& store) {
    auto types = added_event_types(store);
    auto categories = added_organization_categories(store);
    if (types.empty() && categories.empty()) return;
    key(w, "vocabulary");
    w.StartObject();
    if (!types.empty()) {
        key(w, "event_types");
        w.StartArray();
        for (const auto& type : types) {
            rapidjson::Document definition;
            definition.Parse(type.data(), type.size());
            definition.Accept(w);
        }
        w.EndArray();
    }
    if (!categories.empty()) {
        key(w, "organization_categories");
        w.StartArray();
        for (const auto& category : categories) w.String(category.c_str(), static_cast<rapidjson::SizeType>(category.size()));
        w.EndArray();
    }
    w.EndObject();
}

}  // namespace

void write_native_json(std::ostream& out, Store& store, const Privacy& privacy,
                       const std::function<void()>& progress) {
    ShownQuotes quotes(store, privacy);
    document(out, [&](Writer& w) {
        w.StartObject();
        key(w, "allegraph");
        w.Int(1);
        write_vocabulary(w, store);
        key(w, "sources");
        w.StartArray();
        for_each_source(store, privacy, quotes, [&](const Source& s) {
            write_source(w, s);
            progress();
        });
        w.EndArray();
        key(w, "entities");
        w.StartArray();
        for_each_entity(store, privacy, quotes, [&](const Entity& e) {
            write_entity(w, e);
            progress();
        });
        w.EndArray();
        key(w, "events");
        w.StartArray();
        for_each_event(store, privacy, quotes, [&](const Event& e) {
            write_event(w, e);
            progress();
        });
        w.EndArray();
        key(w, "relations");
        w.StartArray();
        for_each_relation(store, privacy, quotes, [&](const Relation& r) {
            write_relation(w, r);
            progress();
        });
        w.EndArray();
        w.EndObject();
    });
}

}  // namespace allegraph
