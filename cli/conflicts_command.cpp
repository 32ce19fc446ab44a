// allegraph conflicts : facts on which the records disagree.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"

namespace allegraph::cli {

void add_conflicts_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto as_of = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("conflicts", "Facts on which sources disagree, and allegations denied");
    add_help_footer(*cmd, "", {R"(allegraph conflicts)", R"(allegraph conflicts --as-of 2017-10-17 --json)"});
    cmd->add_option("--as-of", *as_of, "Only what sources had published by this date");
    cmd->callback([&global, as_of, &run] {
        run = [&global, as_of] {
            auto store = open_store(global, Store::Mode::read);
            QueryScope scope = make_scope(global, *as_of);
            Privacy privacy(*store, scope.include_private);
            auto found = conflicts(*store, scope, privacy);
            if (global.json) write_conflicts_json(std::cout, found);
            else write_conflicts_text(std::cout, found);
            return static_cast<int>(found.empty() ? kNothingFound : kFound);
        };
    });
}

}  // namespace allegraph::cli
