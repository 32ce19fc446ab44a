// allegraph history [ID] : the append-only log of every change, or of one fact.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/history_output.hpp"
#include "queries/history.hpp"
#include "graph/text.hpp"

namespace allegraph::cli {

void add_history_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    struct Args {
        std::string id;
        bool facts = false;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand(
        "history", "The log of every import, edit, retraction, merge and review: when, which files, why, what changed");
    add_help_footer(*cmd, "", {R"(allegraph history)", R"(allegraph history event:ampas-expels-weinstein)", R"(allegraph history --facts --json)"});
    cmd->add_option("id", args->id, "An event, entity, source or relation (\"FROM TYPE TO\"): its changes, field by field");
    cmd->add_flag("--facts", args->facts, "Without ID: list the facts each change touched");
    cmd->callback([&global, args, &run] {
        run = [&global, args] {
            auto store = open_store(global, Store::Mode::read);
            Privacy privacy(*store, global.include_private);
            std::vector<ChangeEntry> changes;
            if (args->id.empty()) {
                changes = whole_history(*store, args->facts, privacy);
            } else {
                auto found = fact_history(*store, args->id, privacy);
                if (!found) throw Failure{kNothingFound, "the history never names " + in_quotes(args->id)};
                changes = std::move(found).value();
            }
            if (global.json) write_history_json(std::cout, changes);
            else write_history_text(std::cout, changes);
            return static_cast<int>(changes.empty() ? kNothingFound : kFound);
        };
    });
}

}  // namespace allegraph::cli
