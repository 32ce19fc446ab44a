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

// Writes into a block that goes to the stream 64 KiB at a time: an export is millions of
// short pieces, and std::ostream's per-insert cost was a fifth of the time (bench/RESULTS.md).
class GraphmlWriter : public GraphFormatWriter {
public:
    GraphmlWriter(std::ostream& out, bool yed) : stream_(out), yed_(yed) { out_.reserve(kBlock + 4096); }

    void begin() override {
        put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
            " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            yed_ ? " xmlns:y=\"http://www.yworks.com/xml/graphml\"" : "",
            " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
            " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (const Key& k : kKeys)
            put("  <key id=\"", k.id, "\" for=\"", k.domain, "\" attr.name=\"", k.name, "\" attr.type=\"", k.type,
                "\"/>\n");
        if (yed_) put("  <key id=\"v_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
        put("  <graph id=\"allegraph\" edgedefault=\"directed\">\n");
    }

    void node(const NodeRow& n) override {
        put("    <node id=\"");
        append_xml_escaped(out_, n.id);
        put("\">\n");
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
        put("    </node>\n");
        flush_if_full();
    }

    void edge(const EdgeRow& e) override {
        put("    <edge id=\"");
        append_xml_escaped(out_, e.id);
        put("\" source=\"");
        append_xml_escaped(out_, e.source);
        put("\" target=\"");
        append_xml_escaped(out_, e.target);
        put("\">\n");
        data("e_kind", e.kind);
        data(e.kind == "role" ? "e_role" : e.kind == "relation" ? "e_relation_type" : "e_link_type", e.type);
        dates("e_date", e.date);
        if (e.kind != "link") data("e_citations", std::to_string(e.citations));
        data("e_first_source", e.first_source);
        put("    </edge>\n");
        flush_if_full();
    }

    void end() override {
        out_ += "  </graph>\n</graphml>\n";
        flush();
    }

private:
    void data(const char* key, std::string_view value) {
        if (value.empty()) return;
        out_ += "      <data key=\"";
        out_ += key;
        out_ += "\">";
        append_xml_escaped(out_, value);
        out_ += "</data>\n";
    }
    void flush() {
        stream_.write(out_.data(), static_cast<std::streamsize>(out_.size()));
        out_.clear();
    }
    void flush_if_full() {
        if (out_.size() >= kBlock) flush();
    }
    // `prefix` is "v_date" or "e_date"; its _lo and _hi keys follow.
    void dates(std::string_view prefix, const std::optional<Date>& date) {
        if (!date) return;
        std::string key(prefix);
        data(key.c_str(), date->text);
        if (!date->open_start()) data((key + "_lo").c_str(), iso_day(date->lo));
        if (!date->open_end()) data((key + "_hi").c_str(), iso_day(date->hi));
    }
    void shape(const NodeRow& n) {
        put("      <data key=\"v_graphics\"><y:ShapeNode><y:Geometry width=\"", n.is_event ? "160" : "120",
            "\" height=\"40\"/><y:Fill color=\"", fill_colour(n.kind, n.category),
            "\" transparent=\"false\"/><y:NodeLabel>");
        append_xml_escaped(out_, n.label);
        put("</y:NodeLabel><y:Shape type=\"", yed_shape(n.kind), "\"/></y:ShapeNode></data>\n");
    }
    template <class... Parts>
    void put(const Parts&... parts) {
        (out_.append(parts), ...);
    }

    static constexpr std::size_t kBlock = 1 << 16;
    std::ostream& stream_;
    std::string out_;
    bool yed_;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_graphml_writer(std::ostream& out, bool yed) {
    return std::make_unique<GraphmlWriter>(out, yed);
}

}  // namespace allegraph
