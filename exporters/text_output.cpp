#include "exporters/text_output.hpp"

#include "exporters/timeline_formats.hpp"
#include "exporters/wording.hpp"

namespace allegraph {
namespace {

void write_citation(std::ostream& out, const CitationRow& c, const char* indent) {
    out << indent << "source: " << source_line(c) << "\n" << indent << "  \u201c" << c.quote << "\u201d\n";
}

}  // namespace

void write_event_text(std::ostream& out, const EventRow& e) {
    out << display_date(e.date) << "  [" << (e.negated ? "no " : "") << e.type;
    if (std::string status = status_phrase(e); !status.empty()) out << ", " << status;
    out << "]" << (e.unreviewed ? "  UNREVIEWED" : "") << (e.unsupported ? "  UNSUPPORTED: every source retracted" : "")
        << "\n";
    out << "  " << headline(e) << "\n";
    if (!e.summary.empty()) out << "  " << e.summary << "\n";
    if (!e.participants.empty()) {
        out << "  ";
        for (std::size_t i = 0; i < e.participants.size(); ++i)
            out << (i ? "; " : "") << e.participants[i].role << ": " << e.participants[i].entity.name;
        out << "\n";
    }
    for (const auto* answer : answers(e)) out << "  " << answer->event_type << " on record: " << answer_text(*answer) << "\n";
    for (const auto& c : e.citations) write_citation(out, c, "  ");
    out << "  id: " << e.id << "\n";
}

void write_timeline_text(std::ostream& out, const std::vector<EventRow>& events) {
    bool in_section = false;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (i) out << "\n";
        if (reported_by(events[i]) && !in_section) {
            out << "== " << kReportedBySection << " ==\n\n";
            in_section = true;
        }
        write_event_text(out, events[i]);
    }
}

void write_entity_text(std::ostream& out, const EntityCard& card) {
    out << card.entity.name << "  (" << card.entity.kind << (card.category.empty() ? "" : ", " + card.category) << ")\n";
    out << "id: " << card.entity.id << "\n";
    if (card.needs_review) out << "NEEDS REVIEW: created by an import from a bare name; check who this is\n";
    if (card.unsupported) out << "UNSUPPORTED: every source cited for this entity was retracted\n";
    if (!card.aliases.empty()) {
        out << "aliases:";
        for (std::size_t i = 0; i < card.aliases.size(); ++i) out << (i ? ", " : " ") << card.aliases[i];
        out << "\n";
    }
    if (!card.size.empty()) out << "size: " << card.size << "\n";
    if (!card.description.empty()) out << card.description << "\n";
    for (const auto& c : card.citations) write_citation(out, c, "");
    if (!card.relations.empty()) out << "\nrelations:\n";
    for (const auto& r : card.relations) {
        out << "  " << (r.outgoing ? "" : "(inverse) ") << r.type << " " << r.other.name;
        if (r.context) out << " (" << r.context->name << ")";
        if (r.date) out << ", " << display_date(*r.date);
        out << "\n";
        for (const auto& c : r.citations) write_citation(out, c, "    ");
    }
    if (!card.events.empty()) out << "\nevents (" << card.events.size() << "):\n\n";
    write_timeline_text(out, card.events);
}

void write_responses_text(std::ostream& out, const std::vector<ResponseRow>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        if (i) out << "\n";
        out << display_date(r.event.date) << "  " << (r.actor ? r.actor->name : "(no one named)") << "  " << r.event.type;
        if (r.actor && r.actor_role != "actor") out << " (" << r.actor_role << ")";
        if (r.subject) out << " \u2192 " << r.subject->name;
        if (std::string status = status_phrase(r.event); !status.empty()) out << "  (" << status << ")";
        out << "\n  " << headline(r.event) << "\n";
        for (const auto& c : r.event.citations) write_citation(out, c, "  ");
    }
}

void write_who_text(std::ostream& out, const std::string& role, const EntityRef& about,
                    const std::vector<WhoRow>& rows) {
    out << role << " in events of " << about.name << ":\n";
    for (const auto& row : rows) {
        out << "\n" << row.entity.name << "  (" << row.entity.id << ")\n";
        for (const auto& e : row.events) {
            out << "  " << display_date(e.date) << "  " << headline(e) << "\n";
            for (const auto& c : e.citations) write_citation(out, c, "    ");
        }
    }
}

void write_stats_text(std::ostream& out, const Stats& s, const GraphStats& graph) {
    out << "sources     " << s.sources << " (" << s.sources_with_text << " with full text, " << s.retracted_sources
        << " retracted)\n"
        << "entities    " << s.entities << " (" << s.private_entities << " private)\n"
        << "events      " << s.events << " (" << s.unreviewed_events << " unreviewed, " << s.unsupported_events
        << " unsupported)\n"
        << "relations   " << s.relations << "\n"
        << "citations   " << s.citations << "\n"
        << "event links " << s.event_links << "\n";
    const std::pair<const char*, const Tally*> tallies[] = {{"entities by kind", &s.entities_by_kind},
                                                            {"events by category", &s.events_by_category},
                                                            {"events by type", &s.events_by_type},
                                                            {"relations by type", &s.relations_by_type}};
    for (const auto& [title, tally] : tallies) {
        out << "\n" << title << ":\n";
        for (const auto& [word, n] : *tally) out << "  " << word << " " << n << "\n";
    }
    out << "\ngraph of entities: " << graph.entities << " entities, " << graph.adjacencies << " adjacencies, "
        << graph.components << " connected components (largest:";
    for (auto size : graph.largest_components) out << " " << size;
    out << ")\n\nmost connected (degree):\n";
    for (const auto& r : graph.top_degree) out << "  " << r.score << "  " << r.entity.name << "\n";
    out << "\nmost between (betweenness centrality";
    if (graph.betweenness_sample)
        out << ", ESTIMATED from a sample of " << graph.betweenness_sample << " of " << graph.entities << " sources";
    out << "):\n";
    for (const auto& r : graph.top_betweenness) out << "  " << r.score << "  " << r.entity.name << "\n";
}

}  // namespace allegraph
