// Cytoscape.js elements JSON: {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}},
// ready for cy.add() or the Cytoscape desktop app's JSON import.
#include <rapidjson/writer.h>

#include "exporters/graph_export.hpp"
#include "exporters/json_writer.hpp"

namespace allegraph {
namespace {

class CytoscapeWriter : public GraphFormatWriter {
public:
    explicit CytoscapeWriter(std::ostream& out) : stream_(out), w_(stream_) {}

    void begin() override {
        w_.StartObject();
        w_.Key("elements");
        w_.StartObject();
        w_.Key("nodes");
        w_.StartArray();
    }

    void node(const NodeRow& n) override {
        w_.StartObject();
        w_.Key("data");
        w_.StartObject();
        field("id", n.id);
        field("label", n.label);
        field("kind", n.kind);
        field("type", n.type);
        field("category", n.category);
        field("cameo", cameo_code(n));
        if (n.date) dates(*n.date);
        field("status", n.status);
        if (n.due) field("due", n.due->text);
        field("summary", n.summary);
        w_.Key("citations");
        w_.Int64(n.citations);
        field("first_source", n.first_source);
        if (n.is_event) {
            flag("negated", n.negated);
            flag("unreviewed", n.unreviewed);
        } else {
            flag("redacted", n.redacted);
        }
        flag("unsupported", n.unsupported);
        w_.EndObject();
        w_.EndObject();
    }

    void edge(const EdgeRow& e) override {
        if (!in_edges_) {
            w_.EndArray();
            w_.Key("edges");
            w_.StartArray();
            in_edges_ = true;
        }
        w_.StartObject();
        w_.Key("data");
        w_.StartObject();
        field("id", e.id);
        field("source", e.source);
        field("target", e.target);
        field("kind", e.kind);
        field("type", e.type);
        if (e.date) dates(*e.date);
        field("status", e.status);
        if (e.kind == "role") {
            flag("negated", e.negated);
            flag("unreviewed", e.unreviewed);
        }
        flag("unsupported", e.unsupported);
        w_.Key("citations");
        w_.Int64(e.citations);
        field("first_source", e.first_source);
        w_.EndObject();
        w_.EndObject();
    }

    void end() override {
        if (!in_edges_) {
            w_.EndArray();
            w_.Key("edges");
            w_.StartArray();
        }
        w_.EndArray();
        w_.EndObject();
        w_.EndObject();
        stream_.Put('\n');
        stream_.Flush();
    }

private:
    void field(const char* name, const std::string& value) {
        if (value.empty()) return;
        w_.Key(name);
        w_.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    }
    void flag(const char* name, bool value) {
        w_.Key(name);
        w_.Bool(value);
    }
    void dates(const Date& date) {
        field("date", date.text);
        if (!date.open_start()) field("date_lo", iso_day(date.lo));
        if (!date.open_end()) field("date_hi", iso_day(date.hi));
    }

    json::BufferedOStream stream_;
    rapidjson::Writer<json::BufferedOStream> w_;
    bool in_edges_ = false;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_cytoscape_writer(std::ostream& out) {
    return std::make_unique<CytoscapeWriter>(out);
}

}  // namespace allegraph
