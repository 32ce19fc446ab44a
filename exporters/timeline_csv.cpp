// CSV timeline (RFC 4180): one row per event, every field quoted, sources and
// quotes in their own columns. Cells that a spreadsheet would run as a formula
// (= + - @ at the start) are prefixed with an apostrophe.
#include "exporters/timeline_formats.hpp"
#include "exporters/wording.hpp"

namespace allegraph {
namespace {

// One quoted CSV field; a leading formula character is quoted away with an apostrophe.
std::string spreadsheet_cell(std::string_view text) {
    std::string out = "\"";
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) out += '\'';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += '\n';
        out += parts[i];
    }
    return out;
}

std::string day_or_empty(std::int64_t day, bool open) { return open ? "" : iso_day(day); }

}  // namespace

void write_timeline_csv(std::ostream& out, const TimelineDocument& doc, bool byte_order_mark) {
    if (byte_order_mark) out << "\xEF\xBB\xBF";
    out << "date,date_lo,date_hi,display_date,type,category,status,due,headline,summary,denials,participants,"
           "sources,quotes,unreviewed,id,unsupported,section\r\n";
    for (const auto& e : *doc.events) {
        std::vector<std::string> denials, participants, sources, quotes;
        for (const auto* answer : answers(e)) denials.push_back(answer_text(*answer));
        for (const auto& p : e.participants) participants.push_back(p.entity.name + " (" + p.role + ")");
        for (const auto& c : e.citations) {
            sources.push_back(source_line(c));
            quotes.push_back(c.quote);
        }
        const std::string fields[] = {e.date.text,
                                      day_or_empty(e.date.lo, e.date.open_start()),
                                      day_or_empty(e.date.hi, e.date.open_end()),
                                      display_date(e.date),
                                      e.type,
                                      e.category,
                                      e.status,
                                      e.due ? e.due->text : "",
                                      headline(e),
                                      e.summary,
                                      joined(denials),
                                      joined(participants),
                                      joined(sources),
                                      joined(quotes),
                                      e.unreviewed ? "yes" : "",
                                      e.id,
                                      e.unsupported ? "yes" : "",
                                      reported_by(e) ? kReportedBySection : "dated"};
        for (std::size_t i = 0; i < std::size(fields); ++i) out << (i ? "," : "") << spreadsheet_cell(fields[i]);
        out << "\r\n";
    }
}

}  // namespace allegraph
