// Markdown timeline: one list item per event with footnote markers, then the
// numbered notes (publisher, title, date, url, quote). Text is escaped so names
// holding Markdown or HTML punctuation render as written.
#include "exporters/escape.hpp"
#include "exporters/source_notes.hpp"
#include "exporters/timeline_formats.hpp"
#include "exporters/wording.hpp"

namespace allegraph {
namespace {

std::string markers(const std::vector<CitationRow>& citations, SourceNotes& notes) {
    std::string out;
    for (const auto& c : citations) out += "[^" + std::to_string(notes.number(c)) + "]";
    return out;
}

}  // namespace

std::string reading_note() {
    return "Every entry cites its sources with a verbatim quote. Allegations are reported as allegations, with the "
           "denials on record beside them. Dates are as precise as the sources give them. Entries are in date order; "
           "those the sources date only as \u201cup to\u201d a day follow in their own section, \u201c" +
           std::string(kReportedBySection) + "\u201d, ordered by that day.";
}

void write_timeline_markdown(std::ostream& out, const TimelineDocument& doc) {
    SourceNotes notes;
    out << "# Timeline: " << markdown_escape(doc.title) << "\n\n" << reading_note();
    if (!doc.scope.empty()) out << " " << markdown_escape(doc.scope) << ".";
    out << "\n\n";
    bool in_section = false;
    for (const auto& e : *doc.events) {
        if (reported_by(e) && !in_section) {
            out << "\n## " << kReportedBySection << "\n\n";
            in_section = true;
        }
        out << "- **" << markdown_escape(display_date(e.date)) << "** \u2014 " << markdown_escape(headline(e)) << "." << markers(e.citations, notes);
        if (e.unreviewed) out << " *(unreviewed)*";
        if (e.unsupported) out << " *(unsupported: every source retracted)*";
        if (!e.summary.empty()) out << "  \n  " << markdown_escape(e.summary);  // two spaces: a line break inside the item
        out << "\n";
        for (const auto* answer : answers(e))
            out << "  - *" << markdown_escape(answer_word(*answer)) << ":* " << markdown_escape(answer_text(*answer))
                << markers(answer->citations, notes) << "\n";
    }
    if (notes.notes().empty()) return;
    out << "\n## Sources\n\n";
    for (std::size_t i = 0; i < notes.notes().size(); ++i)
        out << "[^" << i + 1 << "]: " << markdown_escape(source_line(notes.notes()[i])) << ": \u201c" << markdown_escape(notes.notes()[i].quote)
            << "\u201d\n";
}

}  // namespace allegraph
