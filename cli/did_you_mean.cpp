#include "cli/did_you_mean.hpp"

#include <algorithm>

#include "graph/name_similarity.hpp"

namespace allegraph::cli {
namespace {

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
    return names;
}

// The long option names ("--from") a command takes, and the global ones it passes up.
std::vector<std::string> option_names(const CLI::App& command, const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* owner : {&command, &app})
        for (const CLI::Option* option : owner->get_options())
            for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    return names;
}

// Whether global option `word` ("--db") takes the next argument as its value.
bool takes_value(const CLI::App& app, std::string_view word) {
    if (word.size() < 3 || word.substr(0, 2) != "--" || word.find('=') != std::string_view::npos) return false;
    for (const CLI::Option* option : app.get_options())
        if (option->check_lname(std::string(word.substr(2)))) return option->get_items_expected_max() > 0;
    return false;
}

std::string with_suggestion(std::string message, const std::optional<std::string>& nearest) {
    if (nearest) message += "; did you mean '" + *nearest + "'?";
    return message;
}

}  // namespace

std::optional<std::string> nearest_word(std::string_view word, const std::vector<std::string>& known) {
    std::size_t limit = word.size() <= 4 ? 1 : word.size() <= 8 ? 2 : 3;
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : known) {
        std::size_t distance = edit_distance(word, candidate, limit);
        if (distance < best_distance) best = candidate, best_distance = distance;
    }
    return best;
}

std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
    auto commands = command_names(app);
    for (int i = 1; i < argc; ++i) {
        std::string_view word = argv[i];
        if (word.starts_with("-")) {
            if (takes_value(app, word)) ++i;
            continue;
        }
        if (std::find(commands.begin(), commands.end(), word) != commands.end()) return std::nullopt;
        std::string message = "'" + std::string(word) + "' is not a command";
        auto nearest = nearest_word(word, commands);
        return nearest ? with_suggestion(message, nearest) : message + "; the commands are listed by 'allegraph --help'";
    }
    return std::nullopt;
}

std::optional<std::string> unknown_arguments(CLI::App& app) {
    std::vector<CLI::App*> chain{&app};  // the command line's commands, outermost first ("vocabulary", "add")
    while (!chain.back()->get_subcommands().empty()) chain.push_back(chain.back()->get_subcommands().front());
    CLI::App& command = *chain.back();
    std::vector<std::string> extras;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        auto more = (*it)->remaining();
        extras.insert(extras.end(), more.begin(), more.end());
    }
    if (extras.empty()) return std::nullopt;
    std::string where = "allegraph";
    for (std::size_t i = 1; i < chain.size(); ++i) where += " " + chain[i]->get_name();
    for (const auto& extra : extras) {
        if (!extra.starts_with("-")) continue;
        std::string name = extra.substr(0, extra.find('='));
        return with_suggestion("'" + name + "' is not an option of '" + where + "'",
                               nearest_word(name, option_names(command, app)));
    }
    if (auto subcommands = command_names(command); !subcommands.empty() && &command != &app)
        return with_suggestion("'" + extras.front() + "' is not a subcommand of '" + where + "'",
                               nearest_word(extras.front(), subcommands));
    return "'" + where + "' does not take the argument '" + extras.front() + "'";
}

}  // namespace allegraph::cli
