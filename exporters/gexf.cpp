// GEXF 1.2 (the 1.2draft namespace, read by Gephi and networkx 2.8), dynamic, so that
// Gephi's timeline plays the case as it grew: an event appears on the first day its date
// allows and stays; an entity appears with its first event; an edge appears when both its
// ends are there (and a relation not before its own date). An event dated only "up to" a day
// has no start, and neither has an entity that takes part in one: they are there from the
// beginning. Nodes and edges with nothing dated have no spell and are always there.
#include "exporters/escape.hpp"
#include "exporters/graph_export.hpp"

namespace allegraph {
namespace {

struct Attribute {
    const char* name;
    const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"kind", "string"},      {"type", "string"},          {"category", "string"},  {"cameo", "string"},
    {"date", "string"},      {"status", "string"},        {"due", "string"},       {"negated", "boolean"},
    {"unreviewed", "boolean"}, {"unsupported", "boolean"}, {"redacted", "boolean"}, {"summary", "string"},
    {"citations", "integer"}, {"first_source", "string"}};
constexpr Attribute kEdgeAttributes[] = {
    {"kind", "string"},    {"type", "string"},        {"date", "string"},      {"status", "string"},
    {"negated", "boolean"}, {"unreviewed", "boolean"}, {"unsupported", "boolean"}, {"citations", "integer"},
    {"first_source", "string"}};

class GexfWriter : public GraphFormatWriter {
public:
    explicit GexfWriter(std::ostream& out) : out_(out) {}

    void begin() override {
        out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
             << "  <meta><creator>allegraph</creator><description>allegations and institutional responses"
             << "</description></meta>\n"
             << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
        attributes("node", kNodeAttributes);
        attributes("edge", kEdgeAttributes);
        out_ << "    <nodes>\n";
    }

    void node(const NodeRow& n) override {
        out_ << "      <node id=\"" << xml_escape(n.id) << "\" label=\"" << xml_escape(n.label) << "\">\n"
             << "        <attvalues>\n";
        value("kind", n.kind);
        value("type", n.type);
        value("category", n.category);
        value("cameo", cameo_code(n));
        if (n.date) value("date", n.date->text);
        value("status", n.status);
        if (n.due) value("due", n.due->text);
        if (n.is_event) flag("negated", n.negated);
        if (n.is_event) flag("unreviewed", n.unreviewed);
        flag("unsupported", n.unsupported);
        if (!n.is_event) flag("redacted", n.redacted);
        value("summary", n.summary);
        value("citations", std::to_string(n.citations));
        value("first_source", n.first_source);
        out_ << "        </attvalues>\n";
        spell(n.first_seen);
        out_ << "      </node>\n";
    }

    void edge(const EdgeRow& e) override {
        if (!in_edges_) {
            out_ << "    </nodes>\n    <edges>\n";
            in_edges_ = true;
        }
        out_ << "      <edge id=\"" << xml_escape(e.id) << "\" source=\"" << xml_escape(e.source) << "\" target=\""
             << xml_escape(e.target) << "\" label=\"" << xml_escape(e.type) << "\">\n"
             << "        <attvalues>\n";
        value("kind", e.kind);
        value("type", e.type);
        if (e.date) value("date", e.date->text);
        value("status", e.status);
        if (e.kind == "role") {
            flag("negated", e.negated);
            flag("unreviewed", e.unreviewed);
        }
        flag("unsupported", e.unsupported);
        value("citations", std::to_string(e.citations));
        value("first_source", e.first_source);
        out_ << "        </attvalues>\n";
        spell(e.first_seen);
        out_ << "      </edge>\n";
    }

    bool wants_first_seen() const override { return true; }

    void end() override {
        out_ << (in_edges_ ? "    </edges>\n" : "    </nodes>\n    <edges>\n    </edges>\n") << "  </graph>\n</gexf>\n";
    }

private:
    template <std::size_t N>
    void attributes(const char* domain, const Attribute (&list)[N]) {
        out_ << "    <attributes class=\"" << domain << "\" mode=\"static\">\n";
        for (const Attribute& a : list) {
            out_ << "      <attribute id=\"" << a.name << "\" title=\"" << a.name << "\" type=\"" << a.type;
            // a mark is written only where it holds: readers take the default elsewhere
            out_ << (std::string_view(a.type) == "boolean" ? "\"><default>false</default></attribute>\n" : "\"/>\n");
        }
        out_ << "    </attributes>\n";
    }
    void value(const char* name, const std::string& v) {
        if (!v.empty()) out_ << "          <attvalue for=\"" << name << "\" value=\"" << xml_escape(v) << "\"/>\n";
    }
    void flag(const char* name, bool v) {
        if (v) value(name, "true");
    }
    // From the first day on; a node or edge there from the beginning has no spell.
    void spell(const std::optional<std::int64_t>& first_seen) {
        if (!first_seen || *first_seen == kOpenStart) return;
        out_ << "        <spells><spell start=\"" << iso_day(*first_seen) << "\"/></spells>\n";
    }

    std::ostream& out_;
    bool in_edges_ = false;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_gexf_writer(std::ostream& out) { return std::make_unique<GexfWriter>(out); }

}  // namespace allegraph
