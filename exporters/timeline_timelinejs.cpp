// Knight Lab TimelineJS JSON: a title slide and one slide per event
// (exporters/timelinejs_slide.hpp), with start_date/end_date at the date's true
// precision (a month is {year, month}, never an invented day), display_date in
// words, the headline and a body with summary, denials and sources, and the
// event category as the group.
#include <rapidjson/prettywriter.h>

#include "exporters/escape.hpp"
#include "exporters/json_writer.hpp"
#include "exporters/timeline_formats.hpp"
#include "exporters/timelinejs_slide.hpp"

namespace allegraph {
namespace {

using json::str;
using json::Writer;

void date_object(Writer& w, const char* key, const SlideDate& date) {
    w.Key(key);
    w.StartObject();
    str(w, "year", std::to_string(date.year));
    if (date.month) str(w, "month", std::to_string(*date.month));
    if (date.day) str(w, "day", std::to_string(*date.day));
    w.EndObject();
}

}  // namespace

void write_timeline_timelinejs(std::ostream& out, const TimelineDocument& doc) {
    json::BufferedOStream stream(out);
    Writer w(stream);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("title");
    w.StartObject();
    w.Key("text");
    w.StartObject();
    str(w, "headline", xml_escape("Timeline: " + doc.title));
    str(w, "text", "<p>" + xml_escape(reading_note() + (doc.scope.empty() ? "" : " " + doc.scope + ".")) + "</p>");
    w.EndObject();
    w.EndObject();
    w.Key("events");
    w.StartArray();
    for (const auto& e : *doc.events) {
        w.StartObject();
        TimelineJsSlide slide = timelinejs_slide(e);
        str(w, "unique_id", e.id);
        date_object(w, "start_date", slide.start);
        if (slide.end) date_object(w, "end_date", *slide.end);
        str(w, "display_date", slide.display_date);
        w.Key("text");
        w.StartObject();
        str(w, "headline", slide.headline);
        str(w, "text", slide.text);
        w.EndObject();
        str(w, "group", slide.group);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    stream.Flush();
    out << '\n';
}

}  // namespace allegraph
