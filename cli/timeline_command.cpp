// allegraph timeline [NAME] : events by date, each with its sources.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "cli/output_file.hpp"
#include "exporters/text_output.hpp"
#include "exporters/timeline_formats.hpp"
#include "graph/vocabulary.hpp"
#include "graph/vocabulary_store.hpp"
#include "queries/timeline.hpp"

namespace allegraph::cli {
namespace {

struct TimelineArgs {
    std::string name, from, to, actor, as_of, output, format = "text";
    std::vector<std::string> types, categories;
    bool no_bom = false;
};

// What the timeline holds beyond its title, in words: window, types, as-of.
std::string describe_scope(const TimelineFilter& filter, const QueryScope& scope) {
    std::vector<std::string> parts;
    if (filter.from) parts.push_back("events from " + display_date(*filter.from));
    if (filter.to) parts.push_back("events up to " + display_date(*filter.to));
    std::string kinds;
    for (const auto& word : filter.types) kinds += (kinds.empty() ? "" : ", ") + word;
    for (const auto& word : filter.categories) kinds += (kinds.empty() ? "" : ", ") + word;
    if (!kinds.empty()) parts.push_back("only " + kinds);
    if (scope.as_of) parts.push_back("as sources had published by " + display_date(*scope.as_of));
    if (scope.include_unreviewed) parts.push_back("including unreviewed candidates, marked");
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "Shown: " : "; ") + part;
    return out;
}

int run_timeline(const GlobalOptions& global, const TimelineArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    TimelineFilter filter;
    std::string title = "all events";
    if (!args.name.empty()) {
        EntityRef entity = resolve_or_fail(*store, args.name, privacy);
        filter.entity = entity.key;
        title = entity.name;
    }
    if (!args.actor.empty()) filter.actor = resolve_or_fail(*store, args.actor, privacy).key;
    filter.from = parse_date_option("--from", args.from, date_order(global));
    filter.to = parse_date_option("--to", args.to, date_order(global));
    filter.types = vocabulary_list("--type", args.types, store_vocabulary(*store).event_types());
    filter.categories = vocabulary_list("--category", args.categories, event_categories());
    auto events = timeline(*store, filter, scope, privacy);
    OutputFile output(args.output, global.include_private);
    std::ostream& out = output.stream();
    TimelineDocument doc{title, describe_scope(filter, scope), &events};
    if (global.json || args.format == "json") write_timeline_json(out, events);
    else if (args.format == "md") write_timeline_markdown(out, doc);
    else if (args.format == "html") write_timeline_html(out, doc);
    else if (args.format == "timelinejs") write_timeline_timelinejs(out, doc);
    else if (args.format == "timelinejs-csv") write_timeline_timelinejs_csv(out, doc);
    else if (args.format == "csv") write_timeline_csv(out, doc, !args.no_bom);
    else write_timeline_text(out, events);
    output.commit();
    return events.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_timeline_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<TimelineArgs>();
    CLI::App* cmd = app.add_subcommand("timeline", "Events by date, of one entity or all, each with its sources");
    add_help_footer(*cmd, "", {R"(allegraph timeline "Harvey Weinstein" --from 2017-10-01)", R"(allegraph timeline weinstein --category response --format md -o weinstein.md)", R"(allegraph timeline --as-of 2017-10-12 --format timelinejs -o timeline.json   # as known on 12 October)"});
    cmd->add_option("name", args->name, "An entity name, alias or id");
    cmd->add_option("--from", args->from, "Keep events whose date overlaps from this date on (EDTF)");
    cmd->add_option("--to", args->to, "Keep events whose date overlaps up to this date (EDTF)");
    cmd->add_option("--type", args->types, "Event types, comma-separated")->delimiter(',');
    cmd->add_option("--category", args->categories, "Event categories, comma-separated")->delimiter(',');
    cmd->add_option("--actor", args->actor, "Only events where this entity is the actor");
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->add_option("--format", args->format, "text, json, md (Markdown with source notes), html, timelinejs, timelinejs-csv (the TimelineJS Google-Sheet "
                    "template) or csv")
        ->check(CLI::IsMember({"text", "json", "md", "html", "timelinejs", "timelinejs-csv", "csv"}));
    cmd->add_option("-o,--output", args->output, "Write to this file (default: standard output)");
    cmd->add_flag("--no-bom", args->no_bom,
                  "CSV without the UTF-8 byte-order mark that Excel needs to read accents and curly quotes");
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_timeline(global, *args); }; });
}

}  // namespace allegraph::cli
