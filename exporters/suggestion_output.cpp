#include "exporters/suggestion_output.hpp"

#include <cmath>

#include "exporters/json_writer.hpp"

namespace allegraph {
namespace {

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : "; ") + w;
    return out;
}

}  // namespace

std::string suggestion_lines(const Resolution& resolution) {
    std::string out;
    if (!resolution.suggestions.empty()) {
        for (const auto& s : resolution.suggestions)
            out += "\n  " + s.entity.id + "  " + s.entity.name + " (" + s.entity.kind + "): " + joined(s.why);
        return out;
    }
    for (const auto& c : resolution.candidates) out += "\n  " + c.id + "  " + c.name;
    return out;
}

void write_resolution_error_json(std::ostream& out, const std::string& message, const std::string& name,
                                 const Resolution& resolution) {
    json::document(out, [&](json::Writer& w) {
        w.StartObject();
        json::str(w, "error", message);
        json::str(w, "name", name);
        json::key(w, "candidates");
        w.StartArray();
        auto entry = [&](const EntityRef& e, double score, const std::vector<std::string>& why) {
            w.StartObject();
            json::str(w, "id", e.id);
            json::str(w, "name", e.name);
            json::str(w, "kind", e.kind);
            json::key(w, "redacted");
            w.Bool(e.redacted);
            json::key(w, "score");
            w.Double(std::round(score * 100) / 100);
            json::key(w, "why");
            w.StartArray();
            for (const auto& reason : why) w.String(reason.c_str(), static_cast<rapidjson::SizeType>(reason.size()));
            w.EndArray();
            w.EndObject();
        };
        if (!resolution.suggestions.empty())
            for (const auto& s : resolution.suggestions) entry(s.entity, s.score, s.why);
        else
            for (const auto& c : resolution.candidates) entry(c, 1.0, {"the same name"});
        w.EndArray();
        w.EndObject();
    });
}

}  // namespace allegraph
