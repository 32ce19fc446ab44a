#include "exporters/review_output.hpp"

#include "exporters/json_writer.hpp"
#include "exporters/text_output.hpp"
#include "exporters/wording.hpp"

namespace allegraph {
namespace {

// The words that show what a duplicate says: its first quote, else its summary.
const std::string& evidence_of(const EventRow& e) {
    return e.citations.empty() ? e.summary : e.citations.front().quote;
}

void write_duplicate_json(json::Writer& w, const EventRow& e) {
    w.StartObject();
    json::str(w, "id", e.id);
    json::str(w, "type", e.type);
    json::write_date_fields(w, "date", e.date);
    json::str(w, "summary", e.summary);
    json::str(w, "quote", e.citations.empty() ? std::string() : e.citations.front().quote);
    w.EndObject();
}

void write_strings(json::Writer& w, const char* name, const std::vector<std::string>& values) {
    json::key(w, name);
    w.StartArray();
    for (const auto& value : values) w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    w.EndArray();
}

void write_proposed_entity_json(json::Writer& w, const ProposedEntityRow& e) {
    w.StartObject();
    json::str(w, "id", e.entity.id);
    json::str(w, "name", e.entity.name);
    json::str(w, "kind", e.entity.kind);
    json::str(w, "category", e.category);
    json::key(w, "public");
    w.Bool(e.is_public);
    json::key(w, "redacted");
    w.Bool(e.entity.redacted);
    json::str(w, "reason", e.reason);
    write_strings(w, "candidates", e.candidates);
    json::write_citations(w, e.citations);
    w.EndObject();
}

}  // namespace

void write_candidates_text(std::ostream& out, const std::vector<ReviewCandidate>& candidates) {
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const EventRow& e = candidates[i].event;
        if (i) out << "\n";
        write_event_text(out, e);
        out << "  participants:";
        for (const auto& p : e.participants) out << " " << p.entity.id << "=" << p.role;
        out << "\n";
        for (const auto& d : candidates[i].duplicates)
            out << "  probably the same as: " << d.id << " (" << d.type << ", " << display_date(d.date) << ", \u201c"
                << evidence_of(d) << "\u201d)\n";
    }
}

void write_candidates_json(std::ostream& out, const std::vector<ReviewCandidate>& candidates) {
    json::document(out, [&](json::Writer& w) {
        w.StartObject();
        json::key(w, "events");
        w.StartArray();
        for (const auto& c : candidates) {
            w.StartObject();
            json::write_event_fields(w, c.event);
            json::key(w, "duplicates");
            w.StartArray();
            for (const auto& d : c.duplicates) write_duplicate_json(w, d);
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

void write_proposed_entities_text(std::ostream& out, const std::vector<ProposedEntityRow>& entities) {
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const auto& e = entities[i];
        if (i) out << "\n";
        out << e.entity.name << "  (" << e.entity.kind << (e.category.empty() ? "" : ", " + e.category) << ", "
            << (e.is_public ? "public" : "private") << ")\n";
        out << "  id: " << e.entity.id << "\n  reason: " << e.reason << "\n";
        out << "  named by:";
        for (const auto& candidate : e.candidates) out << " " << candidate;
        out << (e.candidates.empty() ? " no candidate awaiting review\n" : "\n");
        for (const auto& c : e.citations)
            out << "  source: " << source_line(c) << "\n    \u201c" << c.quote << "\u201d\n";
    }
}

void write_proposed_entities_json(std::ostream& out, const std::vector<ProposedEntityRow>& entities) {
    json::document(out, [&](json::Writer& w) {
        w.StartObject();
        json::key(w, "entities");
        w.StartArray();
        for (const auto& e : entities) write_proposed_entity_json(w, e);
        w.EndArray();
        w.EndObject();
    });
}

}  // namespace allegraph
