// GEXF 1.2 (the 1.2draft namespace, read by Gephi and networkx 2.8), dynamic:
// events and their edges carry spells from their date intervals and entities
// appear from their first dated event, so Gephi's timeline plays the case.
#include "exporters/escape.hpp"
#include "exporters/graph_export.hpp"

namespace allegraph {
namespace {

constexpr const char* kNodeAttributes[] = {"kind", "type", "category", "date", "status", "due", "summary",
                                           "citations", "first_source"};
constexpr const char* kEdgeAttributes[] = {"kind", "type", "date", "citations", "first_source"};

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
        if (n.date) value("date", n.date->text);
        value("status", n.status);
        if (n.due) value("due", n.due->text);
        value("summary", n.summary);
        value("citations", std::to_string(n.citations));
        value("first_source", n.first_source);
        out_ << "        </attvalues>\n";
        if (n.date) spell(*n.date);
        else if (n.first_seen) spell(date_from_days(*n.first_seen, kOpenEnd));
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
        value("citations", std::to_string(e.citations));
        value("first_source", e.first_source);
        out_ << "        </attvalues>\n";
        if (e.date) spell(*e.date);
        out_ << "      </edge>\n";
    }

    bool wants_first_seen() const override { return true; }

    void end() override {
        out_ << (in_edges_ ? "    </edges>\n" : "    </nodes>\n    <edges>\n    </edges>\n") << "  </graph>\n</gexf>\n";
    }

private:
    template <std::size_t N>
    void attributes(const char* domain, const char* const (&names)[N]) {
        out_ << "    <attributes class=\"" << domain << "\" mode=\"static\">\n";
        for (const char* name : names)
            out_ << "      <attribute id=\"" << name << "\" title=\"" << name << "\" type=\""
                 << (std::string(name) == "citations" ? "integer" : "string") << "\"/>\n";
        out_ << "    </attributes>\n";
    }
    void value(const char* name, const std::string& v) {
        if (!v.empty()) out_ << "          <attvalue for=\"" << name << "\" value=\"" << xml_escape(v) << "\"/>\n";
    }
    void spell(const Date& date) {
        out_ << "        <spells><spell";
        if (!date.open_start()) out_ << " start=\"" << iso_day(date.lo) << "\"";
        if (!date.open_end()) out_ << " end=\"" << iso_day(date.hi) << "\"";
        out_ << "/></spells>\n";
    }

    std::ostream& out_;
    bool in_edges_ = false;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_gexf_writer(std::ostream& out) { return std::make_unique<GexfWriter>(out); }

}  // namespace allegraph
