// TimelineJS Google-Sheet CSV: exactly the columns of Knight Lab's sheet template, in its order
// (Knight Lab's sheet proxy refuses a sheet with other columns), a title row, then one row per
// event with the slide of exporters/timelinejs_slide.hpp: each date at its true precision (a
// month-precise date fills Year and Month only, an interval fills the End columns), Display
// Date in words, Headline and Text as the TimelineJS JSON writes them. Every field is quoted
// (RFC 4180, CRLF). Headline, Text, Display Date and Group are HTML for TimelineJS and already
// escaped; a cell a spreadsheet would run as a formula (= + - @ first) starts with that
// character as an HTML reference instead, which TimelineJS shows as the character itself.
// No byte-order mark: the sheet is meant for Google Sheets' import, which reads UTF-8 (with
// "Convert text to numbers, dates, and formulas" unticked, so that a worded Display Date such as
// "October 2017" is not turned into a day).
#include "exporters/escape.hpp"
#include "exporters/timeline_formats.hpp"
#include "exporters/timelinejs_slide.hpp"

namespace allegraph {
namespace {

constexpr const char* kColumns[] = {"Year",     "Month",        "Day",           "Time",           "End Year",
                                    "End Month", "End Day",     "End Time",      "Display Date",   "Headline",
                                    "Text",     "Media",        "Media Credit",  "Media Caption",  "Media Thumbnail",
                                    "Alt Text", "Type",         "Group",         "Background"};
constexpr std::size_t kColumnCount = std::size(kColumns);

// One quoted CSV field; a leading formula character becomes its HTML character reference.
std::string timelinejs_cell(std::string_view text) {
    std::string out = "\"";
    if (!text.empty()) {
        switch (text.front()) {
            case '=': out += "&#61;"; text.remove_prefix(1); break;
            case '+': out += "&#43;"; text.remove_prefix(1); break;
            case '-': out += "&#45;"; text.remove_prefix(1); break;
            case '@': out += "&#64;"; text.remove_prefix(1); break;
            default: break;
        }
    }
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void row(std::ostream& out, const std::string (&fields)[kColumnCount]) {
    for (std::size_t i = 0; i < kColumnCount; ++i) out << (i ? "," : "") << timelinejs_cell(fields[i]);
    out << "\r\n";
}

std::string number(const std::optional<unsigned>& n) { return n ? std::to_string(*n) : ""; }

}  // namespace

void write_timeline_timelinejs_csv(std::ostream& out, const TimelineDocument& doc) {
    for (std::size_t i = 0; i < kColumnCount; ++i) out << (i ? "," : "") << kColumns[i];
    out << "\r\n";
    std::string title[kColumnCount];
    title[9] = xml_escape("Timeline: " + doc.title);
    title[10] = "<p>" + xml_escape(reading_note() + (doc.scope.empty() ? "" : " " + doc.scope + ".")) + "</p>";
    title[16] = "title";
    row(out, title);
    for (const auto& e : *doc.events) {
        TimelineJsSlide slide = timelinejs_slide(e);
        std::string fields[kColumnCount];
        fields[0] = std::to_string(slide.start.year);
        fields[1] = number(slide.start.month);
        fields[2] = number(slide.start.day);
        if (slide.end) {
            fields[4] = std::to_string(slide.end->year);
            fields[5] = number(slide.end->month);
            fields[6] = number(slide.end->day);
        }
        fields[8] = slide.display_date;
        fields[9] = slide.headline;
        fields[10] = slide.text;
        fields[17] = slide.group;
        row(out, fields);
    }
}

}  // namespace allegraph
