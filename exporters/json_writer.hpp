// JsonWriter helpers: the pieces every JSON document of allegraph is made of —
// dates with their interval bounds, entity references, citations, events — so
// each shape is written one way only (DESIGN §6 is a contract).
#pragma once

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <ostream>
#include <string>
#include <vector>

#include "queries/rows.hpp"

namespace allegraph::json {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

// A key, and a key with a string value.
void key(Writer& w, const char* name);
void str(Writer& w, const char* name, const std::string& value);

// PREFIX (the EDTF text), PREFIX_lo and PREFIX_hi (ISO days, null when open).
void write_date_fields(Writer& w, const char* prefix, const Date& date);

// {"id","name","kind","redacted"}
void write_entity_ref(Writer& w, const EntityRef& e);

// "citations": [{"source","title","publisher","published","url","quote","start","end"}]
void write_citations(Writer& w, const std::vector<CitationRow>& citations);

// One event as in the timeline shape, and "events": [...].
void write_event(Writer& w, const EventRow& e);
void write_events(Writer& w, const std::vector<EventRow>& events);

// One pretty-printed JSON document on `out`, written by `body`, and a newline.
template <class Body>
void document(std::ostream& out, Body body) {
    rapidjson::OStreamWrapper stream(out);
    Writer w(stream);
    w.SetIndent(' ', 2);
    body(w);
    out << '\n';
}

}  // namespace allegraph::json
