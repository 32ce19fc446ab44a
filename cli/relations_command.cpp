// allegraph relations NAME : the neighbourhood, each connection sourced.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"
#include "graph/vocabulary.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph::cli {
namespace {

struct RelationsArgs {
    std::string name, as_of;
    std::vector<std::string> types;
    NeighbourhoodOptions options;
};

std::vector<std::string_view> step_types(const Vocabulary& vocabulary) {
    std::vector<std::string_view> words = vocabulary.relation_types();
    words.insert(words.end(), vocabulary.event_types().begin(), vocabulary.event_types().end());
    return words;
}

int run_relations(const GlobalOptions& global, RelationsArgs args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    EntityRef center = resolve_or_fail(*store, args.name, privacy);
    args.options.types = vocabulary_list("--type", args.types, step_types(store_vocabulary(*store)));
    GraphView view = load_graph(*store, scope);
    auto neighbours = neighbourhood(*store, view, vertex_of(view, center), args.options, scope, privacy);
    if (global.json) write_relations_json(std::cout, center, describe(args.options.hubs), neighbours);
    else write_relations_text(std::cout, center, describe(args.options.hubs), neighbours);
    return neighbours.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_hub_options(CLI::App& cmd, HubPolicy& hubs) {
    cmd.add_flag("--through-hubs", hubs.through_hubs,
                 "Walk through platforms, news media and campaigns too (by default they end a walk)");
    cmd.add_option("--max-degree", hubs.max_degree,
                   "Also treat entities with more than N connections as hubs (0: no limit)")
        ->check(CLI::Range(0, 100000000));
}

void add_relations_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<RelationsArgs>();
    CLI::App* cmd = app.add_subcommand("relations", "Who and what an entity is connected to, and how (sourced)");
    add_help_footer(*cmd, "", {R"(allegraph relations "Alyssa Milano")", R"(allegraph relations weinstein --depth 2 --type spouse_of,friend_of)"});
    cmd->add_option("name", args->name, "An entity name, alias or id")->required();
    cmd->add_option("--depth", args->options.depth, "How many steps out (default 1)")->check(CLI::Range(1, 6));
    cmd->add_option("--type", args->types, "Relation or event types to follow, comma-separated")->delimiter(',');
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    add_hub_options(*cmd, args->options.hubs);
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_relations(global, *args); }; });
}

}  // namespace allegraph::cli
