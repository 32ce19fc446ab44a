// allegraph responses [NAME] : what was done about someone, by whom, and when.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "queries/responses.hpp"

namespace allegraph::cli {
namespace {

struct ResponsesArgs {
    std::string name, as_of;
};

int run_responses(const GlobalOptions& global, const ResponsesArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    std::optional<std::int64_t> entity;
    if (!args.name.empty()) entity = resolve_or_fail(*store, args.name, privacy).key;
    auto rows = responses(*store, entity, scope, privacy);
    if (global.json) write_responses_json(std::cout, rows);
    else write_responses_text(std::cout, rows);
    return rows.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_responses_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<ResponsesArgs>();
    CLI::App* cmd = app.add_subcommand("responses", "Responses: who did what about whom (action, date, status)");
    cmd->add_option("name", args->name, "Only responses concerning this entity (as subject or object), or done by it");
    add_help_footer(*cmd,
                    "Every response-category event (suspensions, expulsions, investigations, revocations, ...) is listed,\n"
                    "whoever acts: an organization or a person, as actor, initiator or investigator.",
                    {R"(allegraph responses "Harvey Weinstein"             # what was done about him, by whom)",
                     R"(allegraph responses "Producers Guild of America"   # also the guild's own acts)",
                     "allegraph responses weinstein --as-of 2017-10-12 --json"});
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_responses(global, *args); }; });
}

}  // namespace allegraph::cli
