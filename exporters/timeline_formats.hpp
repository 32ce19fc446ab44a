// Timelines for articles: Markdown with numbered source notes, a self-contained
// HTML page, Knight Lab TimelineJS JSON and CSV. Every entry is worded by
// exporters/wording.hpp (allegations as allegations, denials beside them,
// negated facts as of their source), dated as precisely as its sources, and
// sourced with publisher, title, date and the verbatim quote.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "graph/rows.hpp"

namespace allegraph {

struct TimelineDocument {
    std::string title;                   // "Harvey Weinstein", or "All events"
    std::string scope;                   // what the timeline holds, e.g. "as of 17 October 2017"; may be empty
    const std::vector<EventRow>* events;
};

void write_timeline_markdown(std::ostream& out, const TimelineDocument& doc);
void write_timeline_html(std::ostream& out, const TimelineDocument& doc);
void write_timeline_timelinejs(std::ostream& out, const TimelineDocument& doc);
// Knight Lab's TimelineJS Google-Sheet template as CSV: exactly its columns, a title row, one
// row per event (exporters/timeline_timelinejs_csv.cpp).
void write_timeline_timelinejs_csv(std::ostream& out, const TimelineDocument& doc);
// CSV (RFC 4180, CRLF, formulas defused), opening with a UTF-8 byte-order mark unless told not to:
// Excel reads a CSV without one in the machine's legacy code page ("â€œ" for a curly quote);
// LibreOffice and Python (encoding "utf-8-sig") read it either way.
void write_timeline_csv(std::ostream& out, const TimelineDocument& doc, bool byte_order_mark = true);

// The sentence every timeline format opens with: how to read it, and in what order.
std::string reading_note();

// The section after the dated events: those the sources date only as "up to" a day.
inline constexpr const char* kReportedBySection = "Reported by these dates, date not given";

// True for an event of that section.
inline bool reported_by(const EventRow& e) { return e.date.open_start(); }

}  // namespace allegraph
