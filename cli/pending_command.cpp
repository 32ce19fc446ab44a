// allegraph pending [--as-of D] : announced but not done; past-due items flagged.
#include <chrono>
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"

namespace allegraph::cli {
namespace {

std::int64_t today() {
    using namespace std::chrono;
    return floor<days>(system_clock::now()).time_since_epoch().count();
}

}  // namespace

void add_pending_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto as_of = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("pending", "Decisions due and proceedings open, as of a date (default today)");
    add_help_footer(*cmd, "", {R"(allegraph pending --as-of 2017-11-07   # what was past due on 7 November 2017)", R"(allegraph pending --json)"});
    cmd->add_option("--as-of", *as_of, "The day to judge by; also keeps only what sources had published by then");
    cmd->callback([&global, as_of, &run] {
        run = [&global, as_of] {
            auto store = open_store(global, Store::Mode::read);
            QueryScope scope = make_scope(global, *as_of);
            Privacy privacy(*store, scope.include_private);
            std::int64_t day = scope.as_of ? scope.as_of->hi : today();
            auto items = pending(*store, day, scope, privacy);
            if (global.json) write_pending_json(std::cout, day, items);
            else write_pending_text(std::cout, day, items);
            return static_cast<int>(items.empty() ? kNothingFound : kFound);
        };
    });
}

}  // namespace allegraph::cli
