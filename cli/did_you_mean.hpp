// "Did you mean": what the command line names that allegraph does not know (a command, an
// option, a stray argument), said in one line with the nearest known spelling, as git and
// ripgrep do. Read after CLI11 has parsed with extras allowed, so that the unknown word
// itself is named instead of CLI11's "a subcommand is required".
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace allegraph::cli {

// The known word nearest to `word` by edit distance, if one is near enough to be a slip
// (a distance of 1 for words up to 4 letters, 2 up to 8, then 3), else nullopt.
std::optional<std::string> nearest_word(std::string_view word, const std::vector<std::string>& known);

// The error for a first word that is not a command ("'timline' is not a command; did you
// mean 'timeline'?"), or nullopt when argv names a command or none. Skips global options
// and their values.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv);

// The error for arguments the parsed command did not take (options named with the nearest
// option of that command or of the global ones), or nullopt when every argument was taken.
std::optional<std::string> unknown_arguments(CLI::App& app);

}  // namespace allegraph::cli
