// HTML timeline: one self-contained page — inline CSS, no script, no network —
// readable on a phone and in print, dark-mode aware, with semantic markup (an
// ordered list of events, <time>, headings, footnotes) for screen readers.
#include "exporters/escape.hpp"
#include "exporters/source_notes.hpp"
#include "exporters/timeline_formats.hpp"
#include "exporters/wording.hpp"

namespace allegraph {
namespace {

constexpr const char* kStyle = R"CSS(
:root { color-scheme: light dark; --ink: #1b1b1b; --paper: #ffffff; --muted: #555555; --rule: #d0d0d0;
        --allegation: #b3261e; --response: #1d5fa8; --legal: #6a3fa0; --media: #8a5a00; --campaign: #2e7d32;
        --personal: #5f5f5f; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #ececec; --paper: #141414; --muted: #b5b5b5; --rule: #3a3a3a;
          --allegation: #ff8a80; --response: #82b1ff; --legal: #d1a3ff; --media: #ffcc66; --campaign: #8fd694;
          --personal: #c8c8c8; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
       font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
.note { color: var(--muted); font-size: .92rem; margin: 0 0 1.5rem; }
ol.timeline { list-style: none; margin: 0; padding: 0; }
ol.timeline > li { border-left: 4px solid var(--rule); padding: .25rem 0 .75rem 1rem; margin: 0 0 1rem; }
li.allegation { border-left-color: var(--allegation) !important; }
li.response { border-left-color: var(--response) !important; }
li.legal { border-left-color: var(--legal) !important; }
li.media { border-left-color: var(--media) !important; }
li.campaign { border-left-color: var(--campaign) !important; }
li.personal { border-left-color: var(--personal) !important; }
time { display: block; font-weight: 600; font-size: .9rem; color: var(--muted); }
.headline { margin: .15rem 0; font-size: 1.05rem; }
.kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin-left: .4rem; }
.summary { margin: .25rem 0; }
.answer { margin: .35rem 0 0; padding-left: .75rem; border-left: 2px solid var(--rule); }
.unreviewed, .unsupported { font-style: italic; color: var(--allegation); }
sup a { text-decoration: none; padding: 0 .1rem; }
a { color: var(--response); }
section.sources { border-top: 1px solid var(--rule); margin-top: 2rem; font-size: .9rem; }
section.sources li { margin: 0 0 .6rem; overflow-wrap: anywhere; }
q { font-style: italic; }
@media print {
  :root { --ink: #000; --paper: #fff; --muted: #333; }
  main { max-width: none; padding: 0; }
  ol.timeline > li { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; }
  sup a::after { content: none; }
}
)CSS";

std::string h(std::string_view text) { return xml_escape(text); }

std::string refs(const std::vector<CitationRow>& citations, SourceNotes& notes) {
    std::string out;
    for (const auto& c : citations) {
        std::string n = std::to_string(notes.number(c));
        out += "<sup><a href=\"#note-" + n + "\" aria-label=\"source " + n + "\">" + n + "</a></sup>";
    }
    return out;
}

std::string time_element(const Date& date) {
    std::string attribute;
    if (date.precision != Precision::interval && !date.approximate && !date.uncertain)
        attribute = " datetime=\"" + h(date.text) + "\"";
    return "<time" + attribute + ">" + h(display_date(date)) + "</time>";
}

void write_event(std::ostream& out, const EventRow& e, SourceNotes& notes) {
    out << "<li class=\"event " << h(e.category) << "\" id=\"" << h(e.id) << "\">\n  " << time_element(e.date) << "\n"
        << "  <p class=\"headline\">" << h(headline(e)) << "." << refs(e.citations, notes) << "<span class=\"kind\">"
        << h(e.negated ? "no " + e.type : e.type) << "</span></p>\n";
    if (e.unreviewed) out << "  <p class=\"unreviewed\">Unreviewed candidate: not yet checked by an editor.</p>\n";
    if (e.unsupported) out << "  <p class=\"unsupported\">Unsupported: every source cited for it was retracted.</p>\n";
    if (!e.summary.empty()) out << "  <p class=\"summary\">" << h(e.summary) << "</p>\n";
    for (const auto* answer : answers(e))
        out << "  <p class=\"answer\"><strong>" << h(answer_word(*answer)) << ":"
            << "</strong> " << h(answer_text(*answer)) << refs(answer->citations, notes) << "</p>\n";
    out << "</li>\n";
}

void write_note(std::ostream& out, std::size_t number, const CitationRow& c) {
    out << "<li id=\"note-" << number << "\">" << h(c.publisher.empty() ? c.source : c.publisher);
    if (!c.title.empty()) out << ", <cite>" << h(c.title) << "</cite>";
    if (c.published) out << ", " << h(display_date(*c.published));
    if (!c.url.empty()) out << ", <a href=\"" << h(c.url) << "\">" << h(c.url) << "</a>";
    out << ": <q>" << h(c.quote) << "</q></li>\n";
}

}  // namespace

void write_timeline_html(std::ostream& out, const TimelineDocument& doc) {
    SourceNotes notes;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"allegraph\">\n"
        << "<title>Timeline: " << h(doc.title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n"
        << "<h1>Timeline: " << h(doc.title) << "</h1>\n<p class=\"note\">" << h(reading_note());
    if (!doc.scope.empty()) out << ' ' << h(doc.scope) << '.';
    out << "</p>\n"
        << "<ol class=\"timeline\">\n";
    bool in_section = false;
    for (const auto& e : *doc.events) {
        if (reported_by(e) && !in_section) {
            out << "</ol>\n<h2>" << h(kReportedBySection) << "</h2>\n<ol class=\"timeline\">\n";
            in_section = true;
        }
        write_event(out, e, notes);
    }
    out << "</ol>\n";
    if (!notes.notes().empty()) {
        out << "<section class=\"sources\" aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n<ol>\n";
        for (std::size_t i = 0; i < notes.notes().size(); ++i) write_note(out, i + 1, notes.notes()[i]);
        out << "</ol>\n</section>\n";
    }
    out << "</main>\n</body>\n</html>\n";
}

}  // namespace allegraph
