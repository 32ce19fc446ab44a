// allegraph stats : what the database holds.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "queries/stats.hpp"

namespace allegraph::cli {

void add_stats_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    CLI::App* cmd = app.add_subcommand("stats", "Counts of sources, entities, events, relations and citations");
    cmd->callback([&global, &run] {
        run = [&global] {
            auto store = open_store(global, Store::Mode::read);
            Stats s = stats(store->db());
            if (global.json) write_stats_json(std::cout, s);
            else write_stats_text(std::cout, s);
            return static_cast<int>(kFound);
        };
    });
}

}  // namespace allegraph::cli
