// allegraph stats : what the database holds.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "queries/centrality.hpp"
#include "graph/stats_reads.hpp"

namespace allegraph::cli {

void add_stats_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto top = std::make_shared<std::size_t>(10);
    CLI::App* cmd = app.add_subcommand("stats", "Counts, connected components, and the most central entities");
    add_help_footer(*cmd, "", {R"(allegraph stats)", R"(allegraph stats --top 5 --json)"});
    cmd->add_option("--top", *top, "How many entities to rank (default 10)")->check(CLI::Range(1, 1000));
    cmd->callback([&global, top, &run] {
        run = [&global, top] {
            auto store = open_store(global, Store::Mode::read);
            QueryScope scope = make_scope(global, "");
            Privacy privacy(*store, scope.include_private);
            Stats s = stats(*store);
            GraphStats graph = graph_stats(*store, load_graph(*store, scope), privacy, *top);
            if (global.json) write_stats_json(std::cout, s, graph);
            else write_stats_text(std::cout, s, graph);
            return static_cast<int>(kFound);
        };
    });
}

}  // namespace allegraph::cli
