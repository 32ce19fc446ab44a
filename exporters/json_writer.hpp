// JsonWriter helpers: the pieces every JSON document of allegraph is made of —
// dates with their interval bounds, entity references, citations, events — so
// each shape is written one way only (DESIGN §6 is a contract).
#pragma once

#include <rapidjson/prettywriter.h>

#include <cassert>
#include <ostream>
#include <string>
#include <vector>

#include "graph/rows.hpp"

namespace allegraph::json {

// A RapidJSON output stream that hands std::ostream 64 KiB blocks. RapidJSON's own
// OStreamWrapper puts one character at a time, which cost a third of a large
// timeline's time (bench/RESULTS.md).
class BufferedOStream {
public:
    using Ch = char;
    explicit BufferedOStream(std::ostream& out) : out_(out) { buffer_.reserve(kBlock); }
    ~BufferedOStream() { Flush(); }
    BufferedOStream(const BufferedOStream&) = delete;
    BufferedOStream& operator=(const BufferedOStream&) = delete;

    void Put(char c) {
        buffer_.push_back(c);
        if (buffer_.size() == kBlock) Flush();
    }
    void Flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }
    // Input-stream members RapidJSON declares but a writer never calls.
    char Peek() const { assert(false); return '\0'; }
    char Take() { assert(false); return '\0'; }
    std::size_t Tell() const { assert(false); return 0; }
    char* PutBegin() { assert(false); return nullptr; }
    std::size_t PutEnd(char*) { assert(false); return 0; }

private:
    static constexpr std::size_t kBlock = 1 << 16;
    std::ostream& out_;
    std::string buffer_;
};

using Writer = rapidjson::PrettyWriter<BufferedOStream>;

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
// The members of one event's object, for a caller that adds its own before closing it.
void write_event_fields(Writer& w, const EventRow& e);
void write_events(Writer& w, const std::vector<EventRow>& events);

// One pretty-printed JSON document on `out`, written by `body`, and a newline.
template <class Body>
void document(std::ostream& out, Body body) {
    {
        BufferedOStream stream(out);
        Writer w(stream);
        w.SetIndent(' ', 2);
        body(w);
    }
    out << '\n';
}

}  // namespace allegraph::json
