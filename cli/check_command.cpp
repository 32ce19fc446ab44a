// allegraph check --actor A --type T --subject S [--date D] : is the claim on record?
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph::cli {
namespace {

struct CheckArgs {
    std::string actor, type, subject, date, as_of;
};

int run_check(const GlobalOptions& global, const CheckArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(store->db(), scope.include_private);
    Claim claim{resolve_or_fail(store->db(), args.actor, privacy, "--actor"),
                vocabulary_value("--type", event_types(), args.type, false),
                resolve_or_fail(store->db(), args.subject, privacy, "--subject"), parse_date_option("--date", args.date, date_order(global))};
    CheckResult result = check_claim(store->db(), claim, scope, privacy);
    if (global.json) write_check_json(std::cout, claim, result);
    else write_check_text(std::cout, result);
    return result.verdict == "not_found" ? kNothingFound : kFound;
}

}  // namespace

void add_check_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<CheckArgs>();
    CLI::App* cmd = app.add_subcommand("check", "Is a claim on record: supported, contradicted or not found");
    cmd->add_option("--actor", args->actor, "Who acted (for an allegation: the accuser)")->required();
    cmd->add_option("--type", args->type, "The event type: " + join_vocabulary(event_types()))->required();
    cmd->add_option("--subject", args->subject, "Who was acted on (for an allegation: the accused)")->required();
    cmd->add_option("--date", args->date, "The claimed date (EDTF)");
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_check(global, *args); }; });
}

}  // namespace allegraph::cli
