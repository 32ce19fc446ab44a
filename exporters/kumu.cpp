// Kumu JSON blueprint (docs.kumu.io, "JSON / Blueprints"): {"elements": […], "connections": […]}.
// Elements have label, type, description and tags; connections from, to, type, label and
// direction. Kumu's documentation: where several elements share a label, give each an id and
// build the connections with the ids, ids unique across elements and connections. Labels here
// are not unique (every private person is "[redacted person]", two events may word alike), so
// every element carries its allegraph id, connections refer to those ids, and each connection's
// id is "connection:" and its edge id. The marks an editor must see are in the label where the
// map shows it ("[Unreviewed candidate] …", "[Unsupported: …] …", "had not been charged") and
// as tags (unreviewed, unsupported, negated, redacted, pending, started). Descriptions are
// Markdown in Kumu: they are escaped for it.
#include <rapidjson/writer.h>

#include "exporters/escape.hpp"
#include "exporters/graph_export.hpp"
#include "exporters/json_writer.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {
namespace {

std::string capitalized(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

std::string words(std::string type) {
    for (auto& c : type)
        if (c == '_') c = ' ';
    return type;
}

class KumuWriter : public GraphFormatWriter {
public:
    explicit KumuWriter(std::ostream& out) : stream_(out), w_(stream_) {}

    void begin() override {
        w_.StartObject();
        w_.Key("elements");
        w_.StartArray();
    }

    void node(const NodeRow& n) override {
        w_.StartObject();
        field("id", n.id);
        std::vector<std::string> tags;
        if (n.is_event) {
            std::string marks;
            if (n.unreviewed) marks += "[Unreviewed candidate] ";
            if (n.unsupported) marks += "[Unsupported: every source retracted] ";
            field("label", marks + n.label);
            field("type", "Event");
            field("description", markdown_escape(n.summary.empty() ? n.label : n.summary));
            tags = {n.category, n.type};
            if (n.negated) tags.push_back("negated");
            if (!n.status.empty()) tags.push_back(n.status);
        } else {
            field("label", n.label);
            field("type", capitalized(n.kind));
            field("description", markdown_escape(n.category.empty() ? n.kind : n.kind + ", " + n.category));
            tags = {n.kind};
            if (!n.category.empty()) tags.push_back(n.category);
            if (n.redacted) tags.push_back("redacted");
        }
        if (n.unreviewed) tags.push_back("unreviewed");
        if (n.unsupported) tags.push_back("unsupported");
        tag_list(tags);
        if (n.date) field("date", n.date->text);
        field("status", n.status);
        if (n.due) field("due", n.due->text);
        w_.Key("citations");
        w_.Int64(n.citations);
        field("first source", n.first_source);
        w_.EndObject();
    }

    void edge(const EdgeRow& e) override {
        if (!in_connections_) close_elements();
        w_.StartObject();
        field("id", "connection:" + e.id);
        field("from", e.source);
        field("to", e.target);
        field("type", e.kind);
        bool mutual = e.kind != "role" && e.kind != "link" && e.kind != "context" && is_symmetric_relation(e.type);
        field("label", e.kind == "context" ? "context of " + words(e.type) : words(e.type));
        field("direction", mutual ? "mutual" : "directed");
        std::vector<std::string> tags;
        if (e.negated) tags.push_back("negated");
        if (e.unreviewed) tags.push_back("unreviewed");
        if (e.unsupported) tags.push_back("unsupported");
        if (!e.status.empty()) tags.push_back(e.status);
        tag_list(tags);
        if (e.date) field("date", e.date->text);
        w_.Key("citations");
        w_.Int64(e.citations);
        field("first source", e.first_source);
        w_.EndObject();
    }

    void end() override {
        if (!in_connections_) close_elements();
        w_.EndArray();
        w_.EndObject();
        stream_.Put('\n');
        stream_.Flush();
    }

private:
    void close_elements() {
        w_.EndArray();
        w_.Key("connections");
        w_.StartArray();
        in_connections_ = true;
    }
    void field(const char* name, const std::string& value) {
        if (value.empty()) return;
        w_.Key(name);
        w_.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    }
    void tag_list(const std::vector<std::string>& tags) {
        w_.Key("tags");
        w_.StartArray();
        for (const auto& t : tags) w_.String(t.c_str(), static_cast<rapidjson::SizeType>(t.size()));
        w_.EndArray();
    }

    json::BufferedOStream stream_;
    rapidjson::Writer<json::BufferedOStream> w_;
    bool in_connections_ = false;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_kumu_writer(std::ostream& out) { return std::make_unique<KumuWriter>(out); }

}  // namespace allegraph
