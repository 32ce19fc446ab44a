// What every subcommand shares: the global options, exit codes, error output,
// opening the store and resolving a NAME argument to one entity.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph_view.hpp"
#include "graph/store.hpp"
#include "queries/graph_steps.hpp"
#include "queries/privacy.hpp"
#include "queries/resolve.hpp"
#include "queries/scope.hpp"

namespace allegraph::cli {

// Exit codes of DESIGN §6.
enum Exit : int { kFound = 0, kNothingFound = 1, kUsage = 2, kBadInput = 3 };

struct GlobalOptions {
    std::string db;
    bool json = false;
    bool include_private = false;
    bool include_unreviewed = false;
    bool include_unsupported = false;
    std::string as_of_db;  // --as-of-db: answer from the database as it stood then
};

// Thrown by command code to end with an exit code after printing `message` as an error.
struct Failure {
    Exit code;
    std::string message;
};

// Prints "allegraph: error: MESSAGE" on stderr.
void print_error(const std::string& message);

// Prints "allegraph: warning: MESSAGE" on stderr.
void print_warning(const std::string& message);

// Opens the store for the global --db (as it stood at --as-of-db, for reading); throws
// Failure(kBadInput) when it cannot, Failure(kUsage) for --as-of-db with a command that writes.
std::unique_ptr<Store> open_store(const GlobalOptions& options, Store::Mode mode);

// The scope of the global flags, with `as_of` (a date text, may be empty) parsed.
QueryScope make_scope(const GlobalOptions& options, const std::string& as_of);

// A date option's value parsed; throws Failure(kUsage) naming `option` when invalid.
std::optional<Date> parse_date_option(const std::string& option, const std::string& text);

// Resolves NAME to one entity; throws Failure: kNothingFound when unknown, kUsage when ambiguous.
EntityRef resolve_or_fail(SQLite::Database& db, const std::string& name, const Privacy& privacy);

// Splits "a,b,c" and checks each word is in `vocabulary`; throws Failure(kUsage) otherwise.
std::vector<std::string> vocabulary_list(const std::string& option, const std::vector<std::string>& values,
                                         const std::vector<std::string_view>& vocabulary);

// The graph view of the store within `scope`.
GraphView load_graph(Store& store, const QueryScope& scope);

// The vertex of a resolved entity (every entity is in the view).
Vertex vertex_of(const GraphView& view, const EntityRef& entity);

// Ends a command's --help with `text` (may be empty), then "Examples:" and each of `examples`
// (two or three command lines, a "# comment" allowed after one), so every help page shows how.
void add_help_footer(CLI::App& command, std::string_view text, std::initializer_list<std::string_view> examples);

// Adds --through-hubs and --max-degree to a command that walks the graph.
void add_hub_options(CLI::App& command, HubPolicy& hubs);

// Registers each subcommand on `app`; the returned callbacks run after a successful parse.
void add_import_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_timeline_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_entity_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_responses_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_who_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_stats_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_relations_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_path_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_search_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_check_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_conflicts_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_pending_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_export_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_review_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_edit_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_retract_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_merge_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_history_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);

}  // namespace allegraph::cli
