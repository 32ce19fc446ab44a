#include "exporters/text_graph_output.hpp"

#include "exporters/wording.hpp"
#include "queries/source_roots.hpp"

namespace allegraph {
namespace {

void write_sources(std::ostream& out, const std::vector<CitationRow>& citations, const char* indent) {
    for (const auto& c : citations)
        out << indent << "source: " << source_line(c) << "\n" << indent << "  \u201c" << c.quote << "\u201d\n";
}

std::string hop_words(const Hop& hop) {
    if (!hop.event) return hop.via;
    return hop.event->type + ", " + display_date(hop.event->date) + " (" + hop.via.substr(hop.via.find(": ") + 2) + ")";
}

void write_hop(std::ostream& out, const Hop& hop, const char* indent) {
    out << indent << hop.from.name << " \u2014 " << hop_words(hop) << " \u2192 " << hop.to.name << "\n";
    std::string deeper = std::string(indent) + "   ";
    if (hop.event) out << deeper << headline(*hop.event) << "\n";
    write_sources(out, hop.citations, deeper.c_str());
}

}  // namespace

void write_relations_text(std::ostream& out, const EntityRef& center, const std::string& hub_policy,
                          const std::vector<Neighbour>& neighbours) {
    out << "Around " << center.name << " (" << hub_policy << "):\n";
    std::size_t depth = 0;
    for (const auto& n : neighbours) {
        if (n.depth != depth) {
            depth = n.depth;
            out << "\n" << depth << " step" << (depth > 1 ? "s" : "") << " away:\n";
        }
        out << "\n  " << n.entity.name << "  (" << n.entity.id << ")\n";
        for (const auto& hop : n.connections) write_hop(out, hop, "    ");
    }
}

void write_path_text(std::ostream& out, const EntityRef& from, const EntityRef& to, const std::string& hub_policy,
                     const PathResult& result) {
    out << from.name << " to " << to.name << ": " << result.paths.size() << " shortest path"
        << (result.paths.size() == 1 ? "" : "s") << (result.truncated ? " (more not shown)" : "") << "; "
        << hub_policy << "\n";
    for (std::size_t i = 0; i < result.paths.size(); ++i) {
        out << "\nPath " << i + 1 << ", " << result.paths[i].size() << " hop" << (result.paths[i].size() == 1 ? "" : "s")
            << ":\n";
        for (std::size_t h = 0; h < result.paths[i].size(); ++h) {
            out << "  " << h + 1 << ". ";
            write_hop(out, result.paths[i][h], "");
        }
    }
}

void write_search_text(std::ostream& out, const std::vector<SearchHit>& hits) {
    for (const auto& hit : hits) {
        out << hit.owner << "  (" << hit.kind << ", " << hit.field << ")\n";
        if (!hit.label.empty() && hit.field != "name") out << "  " << hit.label << "\n";
        out << "  " << hit.snippet << "\n";
    }
}

void write_check_text(std::ostream& out, const CheckResult& result) {
    out << result.summary << "\n";
    if (result.verdict == "supported") out << "Independent sources counted " << kCounting << ".\n";
    for (const auto& e : result.evidence) {
        out << "\n" << e.bearing << ": " << e.reason << "\n  " << display_date(e.event.date) << "  "
            << headline(e.event) << "\n";
        for (const auto& f : e.fields) {
            if (f.verdict == "not_asked" && f.on_record.empty()) continue;
            out << "    " << f.field << ": " << f.verdict;
            if (!f.claimed.empty()) out << " (claimed " << f.claimed << ")";
            if (!f.on_record.empty()) out << "; on record: " << f.on_record;
            out << "\n";
        }
        for (const auto* answer : answers(e.event)) out << "  " << answer->event_type << " on record: " << answer_text(*answer) << "\n";
        write_sources(out, e.event.citations, "  ");
        out << "  id: " << e.event.id << "\n";
    }
}

void write_conflicts_text(std::ostream& out, const std::vector<Conflict>& conflicts) {
    for (std::size_t i = 0; i < conflicts.size(); ++i) {
        const auto& c = conflicts[i];
        out << (i ? "\n" : "") << c.kind << ": " << c.description << "\n";
        for (const auto& e : c.events) {
            out << "  " << display_date(e.date) << "  " << headline(e) << "  (" << e.id << ")\n";
            write_sources(out, e.citations, "    ");
        }
    }
}

void write_pending_text(std::ostream& out, std::int64_t today, const std::vector<PendingItem>& items) {
    out << "Open as of " << display_date(date_from_days(today, today)) << ":\n";
    for (const auto& item : items) {
        const EventRow& e = item.event;
        out << "\n" << (item.past_due ? "PAST DUE  " : "") << display_date(e.date) << "  [" << e.type;
        if (std::string status = status_phrase(e); !status.empty()) out << ", " << status;
        out << "]\n  " << headline(e) << "\n";
        write_sources(out, e.citations, "  ");
        out << "  id: " << e.id;
        for (const auto& id : item.same_as) out << ", also stated as " << id;
        out << "\n";
    }
}

}  // namespace allegraph
