// Graphviz DOT for `dot -Tsvg` pictures: labels people can read, shapes by
// kind, fill colours by kind and event category.
#include "exporters/escape.hpp"
#include "exporters/graph_export.hpp"
#include "exporters/palette.hpp"

namespace allegraph {
namespace {

class DotWriter : public GraphFormatWriter {
public:
    explicit DotWriter(std::ostream& out) : out_(out) {}

    void begin() override {
        out_ << "digraph allegraph {\n"
             << "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true];\n"
             << "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
             << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
    }

    void node(const NodeRow& n) override {
        std::string label = n.negated ? "no " : "";
        label += n.is_event ? n.type : n.label;
        if (n.is_event && n.date) {
            label += '\n';
            label += display_date(*n.date);
        }
        out_ << "  \"" << dot_escape(n.id) << "\" [label=\"" << dot_escape(label) << "\", shape=" << dot_shape(n.kind)
             << ", fillcolor=\"" << fill_colour(n.kind, n.category) << "\"";
        if (n.is_event) out_ << ", tooltip=\"" << dot_escape(n.summary) << "\"";
        if (n.negated || n.unreviewed) out_ << ", style=\"filled,dashed\"";
        out_ << "];\n";
    }

    void edge(const EdgeRow& e) override {
        out_ << "  \"" << dot_escape(e.source) << "\" -> \"" << dot_escape(e.target) << "\" [label=\"" << dot_escape(e.type)
             << "\"" << (e.kind == "link" ? ", style=dashed" : "") << "];\n";
    }

    void end() override { out_ << "}\n"; }

private:
    std::ostream& out_;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_dot_writer(std::ostream& out) { return std::make_unique<DotWriter>(out); }

}  // namespace allegraph
