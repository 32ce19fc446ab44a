// TimelineJsSlide: one event as a Knight Lab TimelineJS slide, shared by the TimelineJS JSON
// and the TimelineJS Google-Sheet CSV so both say the same thing. Dates are at their true
// precision: a month is a year and a month, never an invented day; an interval has an end; an
// event dated only "up to" a day starts on that day (TimelineJS needs a start), its display date
// says "up to", and it goes in a group of its own. Headline and text are HTML, because
// TimelineJS reads them as HTML: every name, summary and quote in them is escaped, and the
// marks an editor must see ("[Unreviewed candidate]", "[Unsupported: …]") open the headline.
#pragma once

#include <optional>
#include <string>

#include "graph/rows.hpp"

namespace allegraph {

// A TimelineJS date: a year, and a month and a day only where the source gives them.
struct SlideDate {
    int year = 0;
    std::optional<unsigned> month, day;
};

struct TimelineJsSlide {
    SlideDate start;
    std::optional<SlideDate> end;
    std::string display_date;  // in words, escaped
    std::string headline;      // HTML: marks, then the worded sentence
    std::string text;          // HTML: marks in words, summary, denials, sources with quotes
    std::string group;         // escaped: the category, or the "up to" section
};

// The slide of one event of a timeline.
TimelineJsSlide timelinejs_slide(const EventRow& event);

}  // namespace allegraph
