// allegraph review [--accept ID..] [--reject ID..] : what the article importer proposed, and the editor's decision.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_results.hpp"
#include "exporters/text_output.hpp"
#include "graph/writer.hpp"
#include "queries/timeline.hpp"

namespace allegraph::cli {
namespace {

struct ReviewArgs {
    std::vector<std::string> accept, reject;
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
    for (const auto& [ids, state] : {std::pair{&args.accept, "reviewed"}, std::pair{&args.reject, "rejected"}})
        for (const auto& id : *ids)
            if (auto done = writer.set_review(id, state); !done) throw Failure{kBadInput, done.error().message};
    transaction.commit();
    std::cout << "accepted " << args.accept.size() << ", rejected " << args.reject.size() << "\n";
    return kFound;
}

}  // namespace

void add_review_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<ReviewArgs>();
    CLI::App* cmd = app.add_subcommand("review", "List unreviewed candidate events; accept or reject them");
    cmd->add_option("--accept", args->accept, "Candidate event ids that become ordinary facts");
    cmd->add_option("--reject", args->reject, "Candidate event ids to drop (a re-import does not propose them again)");
    cmd->callback([&global, args, &run] {
        run = [&global, args] {
            return args->accept.empty() && args->reject.empty() ? list_candidates(global) : decide(global, *args);
        };
    });
}

}  // namespace allegraph::cli
