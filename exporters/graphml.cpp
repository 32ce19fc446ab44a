// GraphML 1.0 (graphml.graphdrawing.org), with typed keys of readable ids —
// never d0…dN, which Gephi reads as the label — and, for yEd, nodegraphics.
#include "exporters/escape.hpp"
#include "exporters/graph_export.hpp"
#include "exporters/palette.hpp"

namespace allegraph {
namespace {

struct Key {
    const char* id;
    const char* domain;
    const char* name;
    const char* type;
};

constexpr Key kKeys[] = {
    {"v_label", "node", "label", "string"},          {"v_kind", "node", "kind", "string"},
    {"v_type", "node", "type", "string"},            {"v_category", "node", "category", "string"},
    {"v_date", "node", "date", "string"},            {"v_date_lo", "node", "date_lo", "string"},
    {"v_date_hi", "node", "date_hi", "string"},      {"v_status", "node", "status", "string"},
    {"v_due", "node", "due", "string"},              {"v_negated", "node", "negated", "boolean"},
    {"v_unreviewed", "node", "unreviewed", "boolean"}, {"v_summary", "node", "summary", "string"},
    {"v_citations", "node", "citations", "int"},     {"v_first_source", "node", "first_source", "string"},
    {"e_kind", "edge", "kind", "string"},            {"e_role", "edge", "role", "string"},
    {"e_relation_type", "edge", "relation_type", "string"}, {"e_link_type", "edge", "link_type", "string"},
    {"e_date", "edge", "date", "string"},            {"e_date_lo", "edge", "date_lo", "string"},
    {"e_date_hi", "edge", "date_hi", "string"},      {"e_citations", "edge", "citations", "int"},
    {"e_first_source", "edge", "first_source", "string"},
};

class GraphmlWriter : public GraphFormatWriter {
public:
    GraphmlWriter(std::ostream& out, bool yed) : out_(out), yed_(yed) {}

    void begin() override {
        out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
             << " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
             << (yed_ ? " xmlns:y=\"http://www.yworks.com/xml/graphml\"" : "")
             << " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
             << " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
        for (const Key& k : kKeys)
            out_ << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
                 << "\" attr.type=\"" << k.type << "\"/>\n";
        if (yed_) out_ << "  <key id=\"v_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";
        out_ << "  <graph id=\"allegraph\" edgedefault=\"directed\">\n";
    }

    void node(const NodeRow& n) override {
        out_ << "    <node id=\"" << xml_escape(n.id) << "\">\n";
        data("v_label", n.label);
        data("v_kind", n.kind);
        data("v_type", n.type);
        data("v_category", n.category);
        dates("v_date", n.date);
        data("v_status", n.status);
        if (n.due) data("v_due", n.due->text);
        if (n.is_event) data("v_negated", n.negated ? "true" : "false");
        if (n.is_event) data("v_unreviewed", n.unreviewed ? "true" : "false");
        data("v_summary", n.summary);
        data("v_citations", std::to_string(n.citations));
        data("v_first_source", n.first_source);
        if (yed_) shape(n);
        out_ << "    </node>\n";
    }

    void edge(const EdgeRow& e) override {
        out_ << "    <edge id=\"" << xml_escape(e.id) << "\" source=\"" << xml_escape(e.source) << "\" target=\""
             << xml_escape(e.target) << "\">\n";
        data("e_kind", e.kind);
        data(e.kind == "role" ? "e_role" : e.kind == "relation" ? "e_relation_type" : "e_link_type", e.type);
        dates("e_date", e.date);
        if (e.kind != "link") data("e_citations", std::to_string(e.citations));
        data("e_first_source", e.first_source);
        out_ << "    </edge>\n";
    }

    void end() override { out_ << "  </graph>\n</graphml>\n"; }

private:
    void data(const char* key, const std::string& value) {
        if (!value.empty()) out_ << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
    }
    void dates(const std::string& prefix, const std::optional<Date>& date) {
        if (!date) return;
        data(prefix.c_str(), date->text);
        if (!date->open_start()) data((prefix + "_lo").c_str(), iso_day(date->lo));
        if (!date->open_end()) data((prefix + "_hi").c_str(), iso_day(date->hi));
    }
    void shape(const NodeRow& n) {
        out_ << "      <data key=\"v_graphics\"><y:ShapeNode><y:Geometry width=\"" << (n.is_event ? 160 : 120)
             << "\" height=\"40\"/><y:Fill color=\"" << fill_colour(n.kind, n.category)
             << "\" transparent=\"false\"/><y:NodeLabel>" << xml_escape(n.label) << "</y:NodeLabel><y:Shape type=\""
             << yed_shape(n.kind) << "\"/></y:ShapeNode></data>\n";
    }

    std::ostream& out_;
    bool yed_;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_graphml_writer(std::ostream& out, bool yed) {
    return std::make_unique<GraphmlWriter>(out, yed);
}

}  // namespace allegraph
