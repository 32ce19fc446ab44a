// allegraph search TEXT : full text over names, aliases, summaries and quotes.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/json_graph_results.hpp"
#include "exporters/text_graph_output.hpp"

namespace allegraph::cli {
namespace {

struct SearchArgs {
    std::vector<std::string> words;
    std::size_t limit = 20;
};

int run_search(const GlobalOptions& global, const SearchArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, "");
    Privacy privacy(*store, scope.include_private);
    std::string text;
    for (const auto& word : args.words) text += (text.empty() ? "" : " ") + word;
    auto hits = search(*store, text, scope, privacy, args.limit);
    if (global.json) write_search_json(std::cout, text, hits);
    else write_search_text(std::cout, hits);
    return hits.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_search_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<SearchArgs>();
    CLI::App* cmd = app.add_subcommand("search", "Full text over names, aliases, summaries and quotes, ranked");
    add_help_footer(*cmd, "", {R"(allegraph search "Legion of Honour")", R"(allegraph search expelled --limit 5 --json)"});
    cmd->add_option("text", args->words, "Words to find, all of them")->required();
    cmd->add_option("--limit", args->limit, "Most hits to show (default 20)")->check(CLI::Range(1, 10000));
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_search(global, *args); }; });
}

}  // namespace allegraph::cli
