// allegraph check --actor A --type T [--subject S] [--date D] [--due D] [--status S] [--nature N] [--negated]:
// is the claim on record, field by field?
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph::cli {
namespace {

struct CheckArgs {
    std::string actor, type, subject, date, due, status, nature, as_of;
    bool negated = false;
};

int run_check(const GlobalOptions& global, const CheckArgs& args) {
    if (args.subject.empty() && !subject_optional(args.type))
        throw Failure(kUsage, "check: --subject is required for " + args.type +
                                  " (only denial, apology, statement, resignation, interview and campaign events "
                                  "may be asked without one)");
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(store->db(), scope.include_private);
    Claim claim;
    claim.actor = resolve_or_fail(store->db(), args.actor, privacy, "--actor");
    claim.type = vocabulary_value("--type", event_types(), args.type, false);
    if (!args.subject.empty()) claim.subject = resolve_or_fail(store->db(), args.subject, privacy, "--subject");
    claim.date = parse_date_option("--date", args.date, date_order(global));
    claim.due = parse_date_option("--due", args.due, date_order(global));
    claim.status = vocabulary_value("--status", statuses(), args.status, true);
    claim.nature = vocabulary_value("--nature", allegation_natures(), args.nature, true);
    claim.negated = args.negated;
    CheckResult result = check_claim(store->db(), claim, scope, privacy);
    if (global.json) write_check_json(std::cout, claim, result);
    else write_check_text(std::cout, result);
    return result.verdict == "not_found" ? kNothingFound : kFound;
}

}  // namespace

void add_check_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<CheckArgs>();
    CLI::App* cmd = app.add_subcommand("check", "Is a claim on record: supported, contradicted or not found, field by field");
    cmd->add_option("--actor", args->actor, "Who acted (for an allegation: the accuser)")->required();
    cmd->add_option("--type", args->type, "The event type: " + join_vocabulary(event_types()))->required();
    cmd->add_option("--subject", args->subject,
                    "Who was acted on (for an allegation: the accused); optional for denial, apology, statement, "
                    "resignation");
    cmd->add_option("--date", args->date, "The claimed date (EDTF)");
    cmd->add_option("--due", args->due, "The claimed due date of a pending decision (EDTF)");
    cmd->add_option("--status", args->status, "The claimed status: " + join_vocabulary(statuses()));
    cmd->add_option("--nature", args->nature, "An allegation's claimed nature (rape, assault, harassment, misconduct)");
    cmd->add_flag("--negated", args->negated, "The claim is that it had NOT happened (\"was not charged\")");
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    add_help_footer(*cmd,
                    "Each event on record is weighed field by field (type, actor, subject, date, due, status, nature,\n"
                    "negated); a supported verdict says where the record holds less than the claim.",
                    {"allegraph check --actor AMPAS --type expulsion --subject weinstein --date 2017-10-14",
                     "allegraph check --actor PGA --type termination_proceedings --subject weinstein --due 2017-11-06",
                     "allegraph check --actor Weinstein --type denial --json"});
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_check(global, *args); }; });
}

}  // namespace allegraph::cli
