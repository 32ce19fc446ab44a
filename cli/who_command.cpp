// allegraph who ROLE NAME : e.g. the accusers in the events of an entity.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "graph/vocabulary.hpp"
#include "queries/who.hpp"

namespace allegraph::cli {
namespace {

struct WhoArgs {
    std::string role, name, as_of;
};

int run_who(const GlobalOptions& global, const WhoArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    const std::string role = vocabulary_value("role", roles(), args.role, false);
    EntityRef about = resolve_or_fail(*store, args.name, privacy);
    auto rows = who(*store, role, about.key, scope, privacy);
    if (global.json) write_who_json(std::cout, role, about, rows);
    else write_who_text(std::cout, role, about, rows);
    return rows.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_who_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<WhoArgs>();
    CLI::App* cmd = app.add_subcommand("who", "Who has ROLE in the events of NAME (who accuser \"Harvey Weinstein\")");
    add_help_footer(*cmd, R"(Reads the participants of NAME's events in that role, whatever the event type.)", {R"(allegraph who accuser "Harvey Weinstein")", R"(allegraph who investigator weinstein --json)"});
    cmd->add_option("role", args->role, "A role: " + join_vocabulary(roles()))->required();
    cmd->add_option("name", args->name, "An entity name, alias or id")->required();
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_who(global, *args); }; });
}

}  // namespace allegraph::cli
