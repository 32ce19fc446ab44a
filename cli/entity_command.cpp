// allegraph entity NAME : the entity card.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "queries/entity_card.hpp"

namespace allegraph::cli {
namespace {

struct EntityArgs {
    std::string name, as_of;
};

int run_entity(const GlobalOptions& global, const EntityArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    EntityRef entity = resolve_or_fail(*store, args.name, privacy);
    EntityCard card = entity_card(*store, entity, scope, privacy);
    if (global.json) write_entity_json(std::cout, card);
    else write_entity_text(std::cout, card);
    return kFound;
}

}  // namespace

void add_entity_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<EntityArgs>();
    CLI::App* cmd = app.add_subcommand("entity", "An entity's card: kind, aliases, relations, events, sources");
    add_help_footer(*cmd, "", {R"(allegraph entity AMPAS)", R"(allegraph entity "Harvey Weinstein" --as-of 2017-10-12 --json)"});
    cmd->add_option("name", args->name, "An entity name, alias or id")->required();
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_entity(global, *args); }; });
}

}  // namespace allegraph::cli
