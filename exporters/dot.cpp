// Graphviz DOT for `dot -Tsvg` pictures: labels people can read (an event's worded
// sentence), shapes by kind, fill colours by kind and event category, and the marks an
// editor must see: a dashed border for an unreviewed candidate, a dotted one and grey
// text for a fact whose sources were all retracted, a grey fill for a private person
// shown without a name. Negation and status are in the words of the label.
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
        std::string label = n.is_event ? wrap_label(n.label, 36) : n.label;
        out_ << "  \"" << dot_escape(n.id) << "\" [label=\"" << dot_escape(label) << "\", shape=" << dot_shape(n.kind)
             << ", fillcolor=\"" << (n.redacted ? kRedactedFill : fill_colour(n.kind, n.category)) << "\"";
        if (n.is_event) out_ << ", tooltip=\"" << dot_escape(n.summary) << "\"";
        marks(n.unreviewed, n.unsupported, "filled,");
        out_ << "];\n";
    }

    void edge(const EdgeRow& e) override {
        std::string label = e.kind == "context" ? "context of " + e.type : e.type;
        out_ << "  \"" << dot_escape(e.source) << "\" -> \"" << dot_escape(e.target) << "\" [label=\"" << dot_escape(label)
             << "\"";
        if (e.kind == "link" || e.kind == "context") out_ << ", arrowhead=empty";
        marks(e.unreviewed, e.unsupported, "");
        out_ << "];\n";
    }

    void end() override { out_ << "}\n"; }

private:
    void marks(bool unreviewed, bool unsupported, const char* base) {
        std::string_view border = border_mark(unreviewed, unsupported);
        if (!border.empty()) out_ << ", style=\"" << base << border << "\"";
        if (unsupported) out_ << ", fontcolor=\"#777777\"";
    }

    std::ostream& out_;
};

}  // namespace

std::unique_ptr<GraphFormatWriter> make_dot_writer(std::ostream& out) { return std::make_unique<DotWriter>(out); }

}  // namespace allegraph
