#include "exporters/history_output.hpp"

#include <algorithm>

#include "exporters/json_writer.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

// Free text on the lines of an entry: each further line indented under the first, a carriage
// return shown as \r, so that no text an import or an editor gave can start a line of its own.
std::string continued(const std::string& text, const std::string& indent) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += "\n" + indent;
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out;
}

// A file name on one line: quoted and escaped when it holds control characters.
std::string one_line(const std::string& path) {
    bool plain = std::none_of(path.begin(), path.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    return plain ? path : in_quotes(path);
}

}  // namespace

void write_history_text(std::ostream& out, const std::vector<ChangeEntry>& changes) {
    for (const auto& c : changes) {
        out << "#" << c.id << "  " << c.at << "  " << c.command;
        if (c.facts.empty() || c.facts.size() < c.added + c.changed + c.removed)
            out << "  (" << c.added << " added, " << c.changed << " changed, " << c.removed << " removed)";
        out << "\n";
        for (const auto& f : c.files) out << "  file: " << one_line(f.path) << "  sha256 " << f.sha256 << "\n";
        if (!c.reason.empty()) out << "  reason: " << continued(c.reason, "          ") << "\n";
        for (const auto& fact : c.facts) {
            out << "  " << fact.action << " " << fact.kind << " " << fact.id << "\n";
            for (const auto& field : fact.fields) {
                const std::string before = continued(field.before, "      "), after = continued(field.after, "      ");
                if (before.empty()) out << "    + " << field.field << ": " << after << "\n";
                else if (after.empty()) out << "    - " << field.field << ": " << before << "\n";
                else out << "    " << field.field << ": " << before << " -> " << after << "\n";
            }
        }
    }
}

void write_history_json(std::ostream& out, const std::vector<ChangeEntry>& changes) {
    using namespace json;
    document(out, [&](Writer& w) {
        w.StartObject();
        key(w, "changes");
        w.StartArray();
        for (const auto& c : changes) {
            w.StartObject();
            key(w, "id");
            w.Int64(c.id);
            str(w, "at", c.at);
            str(w, "command", c.command);
            key(w, "files");
            w.StartArray();
            for (const auto& f : c.files) {
                w.StartObject();
                str(w, "path", f.path);
                str(w, "sha256", f.sha256);
                w.EndObject();
            }
            w.EndArray();
            str(w, "reason", c.reason);
            for (auto [name, n] : {std::pair{"added", c.added}, std::pair{"changed", c.changed}, std::pair{"removed", c.removed}}) {
                key(w, name);
                w.Uint64(n);
            }
            key(w, "facts");
            w.StartArray();
            for (const auto& fact : c.facts) {
                w.StartObject();
                str(w, "kind", fact.kind);
                str(w, "id", fact.id);
                str(w, "action", fact.action);
                key(w, "fields");
                w.StartArray();
                for (const auto& field : fact.fields) {
                    w.StartObject();
                    str(w, "field", field.field);
                    str(w, "before", field.before);
                    str(w, "after", field.after);
                    w.EndObject();
                }
                w.EndArray();
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

}  // namespace allegraph
