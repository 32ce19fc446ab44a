// allegraph export FORMAT : the graph (or a sub-graph) for Gephi, yEd, Cytoscape,
// networkx, igraph, Graphviz, or as native JSON that imports back.
#include <iostream>

#include "cli/common.hpp"
#include "cli/output_directory.hpp"
#include "cli/output_file.hpp"
#include "cli/progress.hpp"
#include "exporters/graph_export.hpp"
#include "exporters/native_json.hpp"
#include "exporters/neo4j_import.hpp"
#include "queries/export_selection.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph::cli {
namespace {

struct ExportArgs {
    std::string format, output, around, from, to, as_of, flavor;
    std::vector<std::string> categories;
    ExportFilter filter;
};

std::unique_ptr<GraphFormatWriter> writer_for(const ExportArgs& args, std::ostream& out) {
    if (args.format == "graphml") return make_graphml_writer(out, args.flavor == "yed");
    if (args.format == "gexf") return make_gexf_writer(out);
    if (args.format == "dot") return make_dot_writer(out);
    if (args.format == "kumu") return make_kumu_writer(out);
    return make_cytoscape_writer(out);
}

int run_export(const GlobalOptions& global, ExportArgs args) {
    if (!args.flavor.empty() && args.format != "graphml")
        throw Failure{kUsage, "--flavor applies to graphml only"};
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    if (!args.around.empty()) args.filter.around = resolve_or_fail(*store, args.around, privacy).key;
    args.filter.from = parse_date_option("--from", args.from, date_order(global));
    args.filter.to = parse_date_option("--to", args.to, date_order(global));
    args.filter.categories = vocabulary_list("--category", args.categories, event_categories());
    select_for_export(*store, args.filter, scope);
    ExportCounts counts = Progress::on_terminal() ? count_selection(*store) : ExportCounts{};

    if (args.format == "neo4j") {  // a folder of CSV files and the command that imports them
        OutputDirectory folder(args.output, global.include_private);
        Progress progress("exporting neo4j", counts.nodes + counts.edges);
        auto writer = make_neo4j_writer([&folder](const std::string& name) -> std::ostream& { return folder.file(name); });
        export_graph(*store, scope, privacy, *writer, [&progress] { progress.tick(); });
        progress.finish();
        folder.commit();
        return kFound;
    }
    OutputFile output(args.output, global.include_private);
    Progress progress("exporting " + args.format, counts.nodes + counts.edges);
    auto tick = [&progress] { progress.tick(); };
    if (args.format == "json") {
        write_native_json(output.stream(), *store, privacy, tick);
    } else {
        auto writer = writer_for(args, output.stream());
        export_graph(*store, scope, privacy, *writer, tick);
    }
    progress.finish();
    output.commit();
    return kFound;
}

}  // namespace

void add_export_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<ExportArgs>();
    CLI::App* cmd = app.add_subcommand("export", "Write the graph as GraphML, GEXF, DOT, Cytoscape.js JSON, Kumu, Neo4j import CSV or native JSON");
    add_help_footer(*cmd, "", {R"(allegraph export graphml -o weinstein.graphml                    # Gephi, yEd, Cytoscape)", R"(allegraph export gexf --around weinstein --depth 2 -o weinstein.gexf)", R"(allegraph export graphml --flavor yed --category response -o responses.graphml)"});
    cmd->add_option("format", args->format,
                    "graphml, gexf, dot, cytoscape, kumu (a Kumu JSON blueprint), neo4j (neo4j-admin import CSV "
                    "files in the folder -o DIR, with a README.txt holding the command) or json")
        ->required()
        ->check(CLI::IsMember({"graphml", "gexf", "dot", "cytoscape", "kumu", "neo4j", "json"}));
    cmd->add_option("-o,--output", args->output, "Output file (default: standard output); for neo4j, a folder");
    cmd->add_option("--around", args->around, "Only the neighbourhood of this entity");
    cmd->add_option("--depth", args->filter.depth, "Steps around --around (default 1)")->check(CLI::Range(1, 6));
    cmd->add_option("--from", args->from, "Only events overlapping from this date on, and what they touch");
    cmd->add_option("--to", args->to, "Only events overlapping up to this date, and what they touch");
    cmd->add_option("--category", args->categories, "Only events of these categories, and what they touch")
        ->delimiter(',');
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->add_option("--flavor", args->flavor, "yed: add yEd node graphics to GraphML")->check(CLI::IsMember({"yed"}));
    add_hub_options(*cmd, args->filter.hubs);
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_export(global, *args); }; });
}

}  // namespace allegraph::cli
