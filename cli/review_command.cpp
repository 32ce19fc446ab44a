// allegraph review [--accept ID..] [--reject ID..] [--edit ID --date D --type T] : what the article importer
// proposed, and the editor's decision.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "graph/vocabulary.hpp"
#include "graph/writer.hpp"
#include "queries/timeline.hpp"

namespace allegraph::cli {
namespace {

struct ReviewArgs {
    std::vector<std::string> accept, reject;
    std::string edit, date, type, reason;
};

int list_candidates(const GlobalOptions& global) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, "");
    scope.include_unreviewed = true;
    Privacy privacy(store->db(), scope.include_private);
    std::vector<EventRow> candidates;
    for (auto& e : timeline(store->db(), TimelineFilter{}, scope, privacy))
        if (e.unreviewed) candidates.push_back(std::move(e));
    if (global.json) write_timeline_json(std::cout, candidates);
    else write_timeline_text(std::cout, candidates);
    return candidates.empty() ? kNothingFound : kFound;
}

int decide(const GlobalOptions& global, const ReviewArgs& args) {
    auto store = open_store(global, Store::Mode::write);
    SQLite::Transaction transaction(store->db(), SQLite::TransactionBehavior::IMMEDIATE);
    GraphWriter writer(store->db());
    if (!args.edit.empty())
        if (auto done = writer.edit_candidate(args.edit, parse_date_option("--date", args.date), args.type); !done)
            throw Failure{kBadInput, done.error().message};
    for (const auto& [ids, state] : {std::pair{&args.accept, "reviewed"}, std::pair{&args.reject, "rejected"}})
        for (const auto& id : *ids)
            if (auto done = writer.set_review(id, state); !done) throw Failure{kBadInput, done.error().message};
    writer.finish();
    writer.recorder().commit("review", {}, args.reason);
    transaction.commit();
    std::cout << (args.edit.empty() ? "" : "edited " + args.edit + "; ") << "accepted " << args.accept.size()
              << ", rejected " << args.reject.size() << "\n";
    return kFound;
}

}  // namespace

void add_review_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<ReviewArgs>();
    CLI::App* cmd = app.add_subcommand("review", "List unreviewed candidate events; accept or reject them");
    cmd->add_option("--accept", args->accept, "Candidate event ids that become ordinary facts");
    cmd->add_option("--reject", args->reject, "Candidate event ids to drop (a re-import does not propose them again)");
    cmd->add_option("--edit", args->edit, "A candidate event id to correct with --date and --type before accepting it");
    std::vector<std::string> types(event_types().begin(), event_types().end());
    cmd->add_option("--date", args->date, "With --edit: the corrected date (EDTF)");
    cmd->add_option("--type", args->type, "With --edit: the corrected event type")->check(CLI::IsMember(types));
    cmd->add_option("--reason", args->reason, "Why, kept in the history with the decision");
    cmd->callback([&global, args, &run] {
        run = [&global, args] {
            if (args->edit.empty() && (!args->date.empty() || !args->type.empty()))
                throw Failure{kUsage, "--date and --type go with --edit ID"};
            bool listing = args->accept.empty() && args->reject.empty() && args->edit.empty();
            return listing ? list_candidates(global) : decide(global, *args);
        };
    });
}

}  // namespace allegraph::cli
