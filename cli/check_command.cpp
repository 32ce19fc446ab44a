// allegraph check --actor A --type T [--subject S] [--date D] [--due D] [--status S] [--nature N] [--negated]:
// is the claim on record, field by field?
#include <chrono>
#include <iostream>

#include "cli/common.hpp"
#include "exporters/claimreview.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"
#include "graph/vocabulary_store.hpp"
#include "queries/entity_card.hpp"

namespace allegraph::cli {
namespace {

struct CheckArgs {
    std::string actor, type, subject, date, due, status, nature, as_of, format = "text";
    bool negated = false;
    ClaimReviewPage page;
};

std::int64_t today_utc() {
    using namespace std::chrono;
    return floor<days>(system_clock::now()).time_since_epoch().count();
}

// A --claim-date or --review-date: one day, YYYY-MM-DD, as schema.org's Date wants it.
std::string day_option(const std::string& option, const std::string& text) {
    auto date = parse_date_option(option, text);
    if (date && (date->precision != Precision::day || date->approximate || date->uncertain))
        throw Failure{kUsage, option + ": give one day, YYYY-MM-DD"};
    return date ? iso_day(date->lo) : "";
}

// The forms a party of the claim may be written with in claimReviewed: its name, then its
// aliases; a redacted party only as shown.
std::vector<std::string> names_of(Store& store, const EntityRef& entity, const QueryScope& scope,
                                  const Privacy& privacy) {
    std::vector<std::string> names{entity.name};
    if (entity.redacted) return names;
    for (auto& alias : entity_card(store, entity, scope, privacy).aliases) names.push_back(std::move(alias));
    return names;
}

void write_check_claimreview(Store& store, const CheckArgs& args, const Claim& claim,
                             const CheckResult& result, const QueryScope& scope, const Privacy& privacy) {
    if (args.page.url.empty() || args.page.organization.empty())
        throw Failure{kUsage, "--format claimreview needs --review-url (the review page, required by Google) and "
                              "--org (the fact-checking organization)"};
    ClaimReviewPage page = args.page;
    page.claim_date = day_option("--claim-date", page.claim_date);
    page.date = page.date.empty() ? iso_day(today_utc()) : day_option("--review-date", page.date);
    ClaimNames names;
    if (short_claim_sentence(claim, names).size() >= 75) {  // only then are shorter forms worth a look-up
        names.actor = names_of(store, claim.actor, scope, privacy);
        if (claim.subject) names.subject = names_of(store, *claim.subject, scope, privacy);
    }
    write_claimreview(std::cout, claim, result, page, names);
}

int run_check(const GlobalOptions& global, const CheckArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    const Vocabulary& vocabulary = store_vocabulary(*store);
    Claim claim;
    claim.type = vocabulary_value("--type", vocabulary.event_types(), args.type, false);
    claim.definition = vocabulary.event_type(claim.type);
    if (args.subject.empty() && !subject_optional(*claim.definition))
        throw Failure(kUsage, "check: --subject is required for " + claim.type + " (its " +
                                  claim.definition->subject_role + " is a required role; `allegraph vocabulary` "
                                  "lists each type's roles)");
    QueryScope scope = make_scope(global, args.as_of);
    Privacy privacy(*store, scope.include_private);
    claim.actor = resolve_or_fail(*store, args.actor, privacy, "--actor");
    if (!args.subject.empty()) claim.subject = resolve_or_fail(*store, args.subject, privacy, "--subject");
    claim.date = parse_date_option("--date", args.date, date_order(global));
    claim.due = parse_date_option("--due", args.due, date_order(global));
    claim.status = vocabulary_value("--status", statuses(), args.status, true);
    claim.nature = vocabulary_value("--nature", allegation_natures(), args.nature, true);
    claim.negated = args.negated;
    CheckResult result = check_claim(*store, claim, scope, privacy);
    if (args.format == "claimreview") write_check_claimreview(*store, args, claim, result, scope, privacy);
    else if (global.json || args.format == "json") write_check_json(std::cout, claim, result);
    else write_check_text(std::cout, result);
    return result.verdict == "not_found" ? kNothingFound : kFound;
}

}  // namespace

void add_check_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<CheckArgs>();
    CLI::App* cmd = app.add_subcommand("check", "Is a claim on record: supported, contradicted or not found, field by field");
    cmd->add_option("--actor", args->actor, "Who acted (for an allegation: the accuser)")->required();
    cmd->add_option("--type", args->type,
                    "The event type: " + join_vocabulary(event_types()) + ", or one the database added")
        ->required();
    cmd->add_option("--subject", args->subject,
                    "Who was acted on (for an allegation: the accused); optional for types whose subject role is "
                    "not required (denial, apology, statement, resignation, ...)");
    cmd->add_option("--date", args->date, "The claimed date (EDTF)");
    cmd->add_option("--due", args->due, "The claimed due date of a pending decision (EDTF)");
    cmd->add_option("--status", args->status, "The claimed status: " + join_vocabulary(statuses()));
    cmd->add_option("--nature", args->nature, "An allegation's claimed nature (rape, assault, harassment, misconduct)");
    cmd->add_flag("--negated", args->negated, "The claim is that it had NOT happened (\"was not charged\")");
    cmd->add_option("--as-of", args->as_of, "Only what sources had published by this date");
    cmd->add_option("--format", args->format, "text, json, or claimreview (schema.org ClaimReview JSON-LD)")
        ->check(CLI::IsMember({"text", "json", "claimreview"}));
    cmd->add_option("--review-url", args->page.url, "ClaimReview: the address of the review page");
    cmd->add_option("--org", args->page.organization, "ClaimReview: the fact-checking organization (author)");
    cmd->add_option("--review-date", args->page.date, "ClaimReview: the review's publication day (default: today, UTC)");
    cmd->add_option("--claim-url", args->page.claim_url, "ClaimReview: where the claim appeared");
    cmd->add_option("--claim-author", args->page.claim_author, "ClaimReview: who made the claim");
    cmd->add_option("--claim-author-type", args->page.claim_author_type, "ClaimReview: Person (default) or Organization")
        ->check(CLI::IsMember({"Person", "Organization"}));
    cmd->add_option("--claim-date", args->page.claim_date, "ClaimReview: the day the claim was made (YYYY-MM-DD)");
    add_help_footer(*cmd,
                    "Each event on record is weighed field by field (type, actor, subject, date, due, status, nature,\n"
                    "negated); a supported verdict says where the record holds less than the claim.",
                    {"allegraph check --actor AMPAS --type expulsion --subject weinstein --date 2017-10-14",
                     "allegraph check --actor PGA --type termination_proceedings --subject weinstein --due 2017-11-06",
                     R"(allegraph check --actor Weinstein --type denial --format claimreview --org "Fact Desk" --review-url https://example.org/c/1)"});
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_check(global, *args); }; });
}

}  // namespace allegraph::cli
