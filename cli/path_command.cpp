// allegraph path NAME NAME : the shortest sourced chain(s) between two entities.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"

namespace allegraph::cli {
namespace {

struct PathArgs {
    std::string from, to, as_of;
    PathOptions options;
};

int run_path(const GlobalOptions& global, const PathArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    EntityRef from = resolve_or_fail(*store, args.from, privacy);
    EntityRef to = resolve_or_fail(*store, args.to, privacy);
    if (from.key == to.key) throw Failure{kUsage, "both names are " + from.id};
    GraphView view = load_graph(*store, scope);
    PathResult result = find_paths(*store, view, vertex_of(view, from), vertex_of(view, to), args.options, scope,
                                   privacy);
    if (global.json) write_path_json(std::cout, from, to, describe(args.options.hubs), result);
    else write_path_text(std::cout, from, to, describe(args.options.hubs), result);
    return result.paths.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_path_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<PathArgs>();
    CLI::App* cmd = app.add_subcommand("path", "The shortest chain between two entities, in words, each hop sourced");
    add_help_footer(*cmd, "", {R"(allegraph path "Alyssa Milano" "Georgina Chapman")", R"(allegraph path "Alyssa Milano" "Harvey Weinstein" --all --json)"});
    cmd->add_option("from", args->from, "An entity name, alias or id")->required();
    cmd->add_option("to", args->to, "An entity name, alias or id")->required();
    cmd->add_option("--max-hops", args->options.max_hops, "Longest chain to look for (default 6)")->check(CLI::Range(1, 20));
    cmd->add_flag("--all", args->options.all, "Every shortest path, not only the first");
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    add_hub_options(*cmd, args->options.hubs);
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_path(global, *args); }; });
}

}  // namespace allegraph::cli
