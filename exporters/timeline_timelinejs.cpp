// Knight Lab TimelineJS JSON: a title slide and one slide per event, with
// start_date/end_date at the date's true precision (a month is {year, month},
// never an invented day), display_date in words, the headline and a body with
// summary, denials and sources, and the event category as the group.
#include <rapidjson/prettywriter.h>

#include "exporters/escape.hpp"
#include "exporters/json_writer.hpp"
#include "exporters/timeline_formats.hpp"
#include "exporters/wording.hpp"

namespace allegraph {
namespace {

using json::str;
using json::Writer;

// A TimelineJS date for `day`, at the precision that `date` has on that side.
void date_object(Writer& w, const char* key, std::int64_t day, Precision precision) {
    Civil c = civil_from_days(day);
    w.Key(key);
    w.StartObject();
    str(w, "year", std::to_string(c.year));
    if (precision != Precision::year) str(w, "month", std::to_string(c.month));
    if (precision == Precision::day) str(w, "day", std::to_string(c.day));
    w.EndObject();
}

// The precision of one side of an EDTF interval, from its text ("2017", "2017-10", "2017-10-14~").
Precision side_precision(std::string_view side) {
    std::size_t digits = side.find_first_of("~?%");
    std::size_t length = digits == std::string_view::npos ? side.size() : digits;
    return length == 4 ? Precision::year : length == 7 ? Precision::month : Precision::day;
}

void write_dates(Writer& w, const Date& date) {
    if (date.precision != Precision::interval) {
        date_object(w, "start_date", date.lo, date.precision);
        return;
    }
    std::string_view text = date.text;
    std::string_view start = text.substr(0, text.find('/')), end = text.substr(text.find('/') + 1);
    if (date.open_start()) {  // TimelineJS needs a start: place it at the end, the display_date says "up to"
        date_object(w, "start_date", date.hi, side_precision(end));
        return;
    }
    date_object(w, "start_date", date.lo, side_precision(start));
    if (!date.open_end()) date_object(w, "end_date", date.hi, side_precision(end));
}

// TimelineJS reads every text as HTML: a name or quote is escaped, and a mark is in words
// where the reader looks, the slide's headline.
std::string marked_headline(const EventRow& e) {
    std::string marks;
    if (e.unreviewed) marks += "[Unreviewed candidate] ";
    if (e.unsupported) marks += "[Unsupported: every source retracted] ";
    return xml_escape(marks + headline(e));
}

std::string body(const EventRow& e) {
    std::string html;
    if (e.unreviewed) html += "<p><em>Unreviewed candidate: not yet checked by an editor.</em></p>";
    if (e.unsupported) html += "<p><em>Unsupported: every source cited for it was retracted.</em></p>";
    if (!e.summary.empty()) html += "<p>" + xml_escape(e.summary) + "</p>";
    for (const auto* answer : answers(e))
        html += "<p><strong>" + std::string(answer->event_type == "denial" ? "Denied:" : "Apology:") + "</strong> " +
                xml_escape(answer_text(*answer)) + "</p>";
    for (const auto& c : e.citations)
        html += "<p class=\"source\">" + xml_escape(source_line(c)) + ": &#8220;" + xml_escape(c.quote) + "&#8221;</p>";
    return html;
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
        str(w, "unique_id", e.id);
        write_dates(w, e.date);
        str(w, "display_date", xml_escape(display_date(e.date)));
        w.Key("text");
        w.StartObject();
        str(w, "headline", marked_headline(e));
        str(w, "text", body(e));
        w.EndObject();
        // TimelineJS orders by date itself: an event dated only "up to" a day is placed at that day, in a
        // row of its own, so that it never reads as coming after what it may precede
        str(w, "group", xml_escape(reported_by(e) ? kReportedBySection : e.category));
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    stream.Flush();
    out << '\n';
}

}  // namespace allegraph
