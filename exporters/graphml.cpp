// GraphML 1.0 (graphml.graphdrawing.org), with typed keys of readable ids —
// never d0…dN, which Gephi reads as the label — and, for yEd, nodegraphics.
#include <algorithm>

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
    {"v_cameo", "node", "cameo", "string"},          {"v_date", "node", "date", "string"},
    {"v_date_lo", "node", "date_lo", "string"},      {"v_date_hi", "node", "date_hi", "string"},
    {"v_status", "node", "status", "string"},        {"v_due", "node", "due", "string"},
    {"v_negated", "node", "negated", "boolean"},     {"v_unreviewed", "node", "unreviewed", "boolean"},
    {"v_unsupported", "node", "unsupported", "boolean"}, {"v_redacted", "node", "redacted", "boolean"},
    {"v_summary", "node", "summary", "string"},      {"v_citations", "node", "citations", "int"},
    {"v_first_source", "node", "first_source", "string"}, {"v_record", "node", "record_id", "string"},
    {"e_kind", "edge", "kind", "string"},            {"e_role", "edge", "role", "string"},
    {"e_relation_type", "edge", "relation_type", "string"}, {"e_link_type", "edge", "link_type", "string"},
    {"e_date", "edge", "date", "string"},            {"e_date_lo", "edge", "date_lo", "string"},
    {"e_date_hi", "edge", "date_hi", "string"},      {"e_status", "edge", "status", "string"},
    {"e_negated", "edge", "negated", "boolean"},     {"e_unreviewed", "edge", "unreviewed", "boolean"},
    {"e_unsupported", "edge", "unsupported", "boolean"}, {"e_citations", "edge", "citations", "int"},
    {"e_first_source", "edge", "first_source", "string"}, {"e_record", "edge", "record_id", "string"},
};

// Writes into a block that goes to the stream 64 KiB at a time: an export is millions of
// short pieces, and std::ostream's per-insert cost was a fifth of the time (bench/RESULTS.md).
// Ids are written as XML NMTOKENs, as the GraphML schema requires (exporters/escape.hpp); a record
// whose id had to change keeps it in `record_id`.
class GraphmlWriter : public GraphFormatWriter {
public:
    GraphmlWriter(std::ostream& out, bool yed) : stream_(out), yed_(yed) { out_.reserve(kBlock + 4096); }

    bool wants_counts() const override { return yed_; }
    void counts(const ExportCounts& counts) override {
        columns_ = 1;
        while (columns_ * columns_ < counts.nodes) ++columns_;
    }

    void begin() override {
        put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
            " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            yed_ ? " xmlns:y=\"http://www.yworks.com/xml/graphml\"" : "",
            " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
            " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (const Key& k : kKeys) {
            put("  <key id=\"", k.id, "\" for=\"", k.domain, "\" attr.name=\"", k.name, "\" attr.type=\"", k.type);
            // a mark is written only where it holds: every reader takes the key's default elsewhere
            put(std::string_view(k.type) == "boolean" ? "\"><default>false</default></key>\n" : "\"/>\n");
        }
        if (yed_) {
            put("  <key id=\"v_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
            put("  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n");
        }
        put("  <graph id=\"allegraph\" edgedefault=\"directed\">\n");
    }

    void node(const NodeRow& n) override {
        put("    <node id=\"");
        bool renamed = append_xml_token(out_, n.id);
        put("\">\n");
        data("v_label", n.label);
        data("v_kind", n.kind);
        data("v_type", n.type);
        data("v_category", n.category);
        data("v_cameo", cameo_code(n));
        dates("v_date", n.date);
        data("v_status", n.status);
        if (n.due) data("v_due", n.due->text);
        if (n.is_event) flag("v_negated", n.negated);
        if (n.is_event) flag("v_unreviewed", n.unreviewed);
        flag("v_unsupported", n.unsupported);
        if (!n.is_event) flag("v_redacted", n.redacted);
        data("v_summary", n.summary);
        data("v_citations", std::to_string(n.citations));
        data("v_first_source", n.first_source);
        if (renamed) data("v_record", n.id);
        if (yed_) shape(n);
        put("    </node>\n");
        ++placed_;
        flush_if_full();
    }

    void edge(const EdgeRow& e) override {
        put("    <edge id=\"");
        bool renamed = append_xml_token(out_, e.id);
        put("\" source=\"");
        append_xml_token(out_, e.source);
        put("\" target=\"");
        append_xml_token(out_, e.target);
        put("\">\n");
        data("e_kind", e.kind);
        data(e.kind == "role" ? "e_role" : e.kind == "link" ? "e_link_type" : "e_relation_type", e.type);
        dates("e_date", e.date);
        data("e_status", e.status);
        if (e.kind == "role") {
            flag("e_negated", e.negated);
            flag("e_unreviewed", e.unreviewed);
        }
        flag("e_unsupported", e.unsupported);
        if (e.kind == "role" || e.kind == "relation") data("e_citations", std::to_string(e.citations));
        data("e_first_source", e.first_source);
        if (renamed) data("e_record", e.id);
        if (yed_) line(e);
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
    void flag(const char* key, bool value) {
        if (value) data(key, "true");
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
    // yEd opens the file with the nodes on a grid, entities first, each box as large as its label.
    void shape(const NodeRow& n) {
        std::string label = wrap_label(n.label, kLabelWidth);
        std::size_t lines = 1, longest = 0, run = 0;
        for (char c : label) {
            if (c == '\n') {
                ++lines;
                run = 0;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                longest = std::max(longest, ++run);
            }
        }
        double width = std::max(80.0, 7.0 * static_cast<double>(longest) + 20.0);
        double height = 16.0 * static_cast<double>(lines) + 14.0;
        std::size_t column = placed_ % columns_, row = placed_ / columns_;
        std::string_view border = border_mark(n.unreviewed, n.unsupported);
        put("      <data key=\"v_graphics\"><y:ShapeNode><y:Geometry x=\"", std::to_string(column * kCellWidth),
            "\" y=\"", std::to_string(row * kCellHeight), "\" width=\"", number(width), "\" height=\"", number(height),
            "\"/><y:Fill color=\"", n.redacted ? kRedactedFill : fill_colour(n.kind, n.category),
            "\" transparent=\"false\"/><y:BorderStyle type=\"", border.empty() ? "line" : border,
            "\" width=\"1.0\" color=\"#000000\"/><y:NodeLabel>");
        append_xml_escaped(out_, label);
        put("</y:NodeLabel><y:Shape type=\"", yed_shape(n.kind), "\"/></y:ShapeNode></data>\n");
    }
    void line(const EdgeRow& e) {
        std::string_view style = border_mark(e.unreviewed, e.unsupported);
        put("      <data key=\"e_graphics\"><y:PolyLineEdge><y:LineStyle type=\"", style.empty() ? "line" : style,
            "\" width=\"1.0\" color=\"#555555\"/><y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>");
        append_xml_escaped(out_, e.kind == "context" ? "context of " + e.type : e.type);
        put("</y:EdgeLabel></y:PolyLineEdge></data>\n");
    }
    static std::string number(double v) { return std::to_string(static_cast<long long>(v)); }
    template <class... Parts>
    void put(const Parts&... parts) {
        (out_.append(parts), ...);
    }

    static constexpr std::size_t kBlock = 1 << 16;
    static constexpr std::size_t kLabelWidth = 36, kCellWidth = 320, kCellHeight = 140;
    std::ostream& stream_;
    std::string out_;
    bool yed_;
    std::size_t columns_ = 1, placed_ = 0;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_graphml_writer(std::ostream& out, bool yed) {
    return std::make_unique<GraphmlWriter>(out, yed);
}

}  // namespace allegraph
