#include "exporters/timelinejs_slide.hpp"

#include "exporters/escape.hpp"
#include "exporters/timeline_formats.hpp"
#include "exporters/wording.hpp"

namespace allegraph {
namespace {

// The precision of one side of an EDTF interval, from its text ("2017", "2017-10", "2017-10-14~").
Precision side_precision(std::string_view side) {
    std::size_t digits = side.find_first_of("~?%");
    std::size_t length = digits == std::string_view::npos ? side.size() : digits;
    return length == 4 ? Precision::year : length == 7 ? Precision::month : Precision::day;
}

SlideDate slide_date(std::int64_t day, Precision precision) {
    Civil c = civil_from_days(day);
    SlideDate out;
    out.year = c.year;
    if (precision != Precision::year) out.month = c.month;
    if (precision == Precision::day) out.day = c.day;
    return out;
}

void set_dates(TimelineJsSlide& slide, const Date& date) {
    if (date.precision != Precision::interval) {
        slide.start = slide_date(date.lo, date.precision);
        return;
    }
    std::string_view text = date.text;
    std::string_view start = text.substr(0, text.find('/')), end = text.substr(text.find('/') + 1);
    if (date.open_start()) {  // TimelineJS needs a start: place it at the end, the display date says "up to"
        slide.start = slide_date(date.hi, side_precision(end));
        return;
    }
    slide.start = slide_date(date.lo, side_precision(start));
    if (!date.open_end()) slide.end = slide_date(date.hi, side_precision(end));
}

// A mark is in words where the reader looks, the slide's headline.
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
        html += "<p><strong>" + xml_escape(answer_word(*answer)) + ":</strong> " +
                xml_escape(answer_text(*answer)) + "</p>";
    for (const auto& c : e.citations)
        html += "<p class=\"source\">" + xml_escape(source_line(c)) + ": &#8220;" + xml_escape(c.quote) + "&#8221;</p>";
    return html;
}

}  // namespace

TimelineJsSlide timelinejs_slide(const EventRow& e) {
    TimelineJsSlide slide;
    set_dates(slide, e.date);
    slide.display_date = xml_escape(display_date(e.date));
    slide.headline = marked_headline(e);
    slide.text = body(e);
    // TimelineJS orders by date itself: an event dated only "up to" a day is placed at that day, in a
    // row of its own, so that it never reads as coming after what it may precede
    slide.group = xml_escape(reported_by(e) ? kReportedBySection : e.category);
    return slide;
}

}  // namespace allegraph
