// What every subcommand shares: the global options, exit codes, error output,
// opening the store and resolving a NAME argument to one entity.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "importers/date_input.hpp"
#include "graph/graph_view.hpp"
#include "graph/store.hpp"
#include "queries/graph_steps.hpp"
#include "queries/privacy.hpp"
#include "queries/resolve.hpp"
#include "graph/scope.hpp"

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
    std::string date_format;  // --date-format DMY|MDY: how numeric day-month dates read
};

// The order of numeric day-month dates the global --date-format gives (unknown: refused).
DayMonthOrder date_order(const GlobalOptions& options);

// Thrown by command code to end with an exit code after printing `message` as an error.
struct Failure {
    Failure(Exit code_, std::string message_, std::string json_ = {})
        : code(code_), message(std::move(message_)), json(std::move(json_)) {}
    Exit code;
    std::string message;
    std::string json;  // with --json: a document for stdout that says the same (candidates for a missed name)
};

// The options a command takes for the fields that the graph layer's errors name ("date" → "--date").
using FieldOptions = std::span<const std::pair<std::string_view, std::string_view>>;

// What to tell the user of `error`: its message, or, for an error about a field that `options` (or
// the --reason every writing command takes) names, the field said as that option ("--date: …",
// "--nature applies to …"). An error placed in a file keeps its message.
std::string said_with_options(const Error& error, FieldOptions options = {});

// Prints "allegraph: error: MESSAGE" on stderr.
void print_error(const std::string& message);

// Prints "allegraph: warning: MESSAGE" on stderr.
void print_warning(const std::string& message);

// Prints "allegraph: note: MESSAGE" on stderr.
void print_note(const std::string& message);

// Opens the store for the global --db (as it stood at --as-of-db, for reading); throws
// Failure(kBadInput) when it cannot, Failure(kUsage) for --as-of-db with a command that writes.
std::unique_ptr<Store> open_store(const GlobalOptions& options, Store::Mode mode);

// The scope of the global flags, with `as_of` (a date text, may be empty) parsed.
QueryScope make_scope(const GlobalOptions& options, const std::string& as_of);

// A date option's value parsed (EDTF, a month name, or a numeric day-month date in `order`);
// throws Failure(kUsage) naming `option` when invalid.
std::optional<Date> parse_date_option(const std::string& option, const std::string& text,
                                      DayMonthOrder order = DayMonthOrder::unknown);

// Resolves NAME to one entity; throws Failure: kNothingFound when unknown (with up to five
// suggestions, and why), kUsage when ambiguous (with the candidates). `option` names the argument
// in messages ("--actor"), or is empty. A partial name that fits one person is said on stderr.
EntityRef resolve_or_fail(Store& store, const std::string& name, const Privacy& privacy,
                          const std::string& option = "", Exit unknown = kNothingFound, Exit ambiguous = kUsage);

// `value` as the vocabulary word it stands for in any case ("Expulsion"); "" stays "" when `may_be_empty`;
// throws Failure(`code`) naming `option` and the nearest words otherwise.
std::string vocabulary_value(const std::string& option, const std::vector<std::string_view>& vocabulary,
                             const std::string& value, bool may_be_empty, Exit code = kUsage);

// A date option's text as EDTF ("Oct. 14, 2017" -> "2017-10-14"); "" stays ""; throws Failure(`code`).
std::string date_value(const std::string& option, const std::string& text, DayMonthOrder order, Exit code = kUsage);

// Splits "a,b,c" and checks each word is in `vocabulary`, in any case; throws Failure(kUsage) otherwise.
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
void add_dedupe_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_history_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_vocabulary_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_init_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);
void add_copy_command(CLI::App& app, GlobalOptions& options, std::function<int()>& run);

}  // namespace allegraph::cli
