// allegraph timeline [NAME] : events by date, each with its sources.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "graph/vocabulary.hpp"
#include "queries/timeline.hpp"

namespace allegraph::cli {
namespace {

struct TimelineArgs {
    std::string name, from, to, actor, as_of, format = "text";
    std::vector<std::string> types, categories;
};

int run_timeline(const GlobalOptions& global, const TimelineArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(store->db(), scope.include_private);
    TimelineFilter filter;
    if (!args.name.empty()) filter.entity = resolve_or_fail(store->db(), args.name, privacy).key;
    if (!args.actor.empty()) filter.actor = resolve_or_fail(store->db(), args.actor, privacy).key;
    filter.from = parse_date_option("--from", args.from);
    filter.to = parse_date_option("--to", args.to);
    filter.types = vocabulary_list("--type", args.types, event_types());
    filter.categories = vocabulary_list("--category", args.categories, event_categories());
    auto events = timeline(store->db(), filter, scope, privacy);
    if (global.json || args.format == "json") write_timeline_json(std::cout, events);
    else write_timeline_text(std::cout, events);
    return events.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_timeline_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<TimelineArgs>();
    CLI::App* cmd = app.add_subcommand("timeline", "Events by date, of one entity or all, each with its sources");
    cmd->add_option("name", args->name, "An entity name, alias or id");
    cmd->add_option("--from", args->from, "Keep events whose date overlaps from this date on (EDTF)");
    cmd->add_option("--to", args->to, "Keep events whose date overlaps up to this date (EDTF)");
    cmd->add_option("--type", args->types, "Event types, comma-separated")->delimiter(',');
    cmd->add_option("--category", args->categories, "Event categories, comma-separated")->delimiter(',');
    cmd->add_option("--actor", args->actor, "Only events where this entity is the actor");
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_timeline(global, *args); }; });
}

}  // namespace allegraph::cli
