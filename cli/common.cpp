#include "cli/common.hpp"

#include <iostream>
#include <sstream>

#include "exporters/suggestion_output.hpp"

#include "graph/history.hpp"
#include "graph/vocabulary.hpp"
#include "graph/text.hpp"

namespace allegraph::cli {

namespace {

// `message` as one message: the lines it means to have (a list, each indented by two spaces) kept,
// any other line break or control character escaped, so that nothing it echoes forges a line.
std::string one_message(const std::string& message) {
    std::string out;
    for (std::size_t i = 0; i < message.size(); ++i) {
        auto c = static_cast<unsigned char>(message[i]);
        if (c == '\n' && message.compare(i + 1, 2, "  ") == 0) {
            out += '\n';
        } else if (c < 0x20 || c == 0x7f) {
            std::string escaped = in_quotes(std::string_view(message).substr(i, 1));  // "\n", "\u001b"
            out += escaped.substr(1, escaped.size() - 2);
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace

void print_error(const std::string& message) { std::cerr << "allegraph: error: " << one_message(message) << "\n"; }

void print_warning(const std::string& message) { std::cerr << "allegraph: warning: " << one_message(message) << "\n"; }

std::string said_with_options(const Error& error, FieldOptions options) {
    if (error.field.empty() || !error.where.file.empty()) return error.message;
    std::string_view option;
    if (error.field == "reason") option = "--reason";
    for (const auto& [field, name] : options)
        if (field == error.field) option = name;
    if (option.empty()) return error.message;
    return std::string(option) + (error.field_is_subject ? " " : ": ") + error.detail;
}

void print_note(const std::string& message) { std::cerr << "allegraph: note: " << one_message(message) << "\n"; }

namespace {

// Why the store cannot be opened, with what to do about it.
std::string store_problem(const Error& error) {
    switch (error.code) {
        case ErrorCode::no_store: return error.message + " (import data first, or pass --db FILE)";
        case ErrorCode::foreign_store: return error.message + "; pass --db with another file";
        default: return error.message;
    }
}

}  // namespace

std::unique_ptr<Store> open_store(const GlobalOptions& options, Store::Mode mode) {
    if (!options.as_of_db.empty()) {
        if (mode != Store::Mode::read)
            throw Failure{kUsage, "--as-of-db answers from the database as it stood; it cannot change it"};
        auto moment = history_moment(options.as_of_db);
        if (!moment) throw Failure{kUsage, "--as-of-db: " + moment.error().message};
        auto past = Store::open_as_it_stood(resolve_db_path(options.db), moment.value());
        if (!past) throw Failure{kBadInput, store_problem(past.error())};
        return std::move(past).value();
    }
    auto store = Store::open(resolve_db_path(options.db), mode);
    if (!store) throw Failure{kBadInput, store_problem(store.error())};
    return std::move(store).value();
}

DayMonthOrder date_order(const GlobalOptions& options) {
    if (options.date_format.empty()) return DayMonthOrder::unknown;
    auto order = parse_day_month_order(options.date_format);
    if (!order) throw Failure{kUsage, order.error().message};
    return order.value();
}

std::optional<Date> parse_date_option(const std::string& option, const std::string& text, DayMonthOrder order) {
    if (text.empty()) return std::nullopt;
    auto date = parse_date_input(text, order);
    if (!date) throw Failure{kUsage, option + ": " + date.error().message};
    return date.value();
}

QueryScope make_scope(const GlobalOptions& options, const std::string& as_of) {
    QueryScope scope;
    scope.include_private = options.include_private;
    scope.include_unreviewed = options.include_unreviewed;
    scope.include_unsupported = options.include_unsupported;
    scope.as_of = parse_date_option("--as-of", as_of, date_order(options));
    return scope;
}

EntityRef resolve_or_fail(Store& store, const std::string& name, const Privacy& privacy,
                          const std::string& option, Exit unknown, Exit ambiguous) {
    Resolution found = resolve_entity(store, name, privacy);
    const std::string prefix = option.empty() ? "" : option + ": ";
    if (found.entity) {
        if (!found.how.empty())
            print_note(prefix + in_quotes(name) + " is taken as " + found.entity->name + " (" + found.entity->id + "): " + found.how);
        return *found.entity;
    }
    auto fail = [&](Exit code, const std::string& message, const std::string& lead) {
        std::ostringstream json;
        write_resolution_error_json(json, prefix + message, name, found);
        std::string lines = suggestion_lines(found);
        return Failure{code, prefix + message + (lines.empty() ? "" : lead + lines), json.str()};
    };
    if (found.candidates.empty()) throw fail(unknown, "no entity named " + in_quotes(name), "; it may be one of these:");
    throw fail(ambiguous, in_quotes(name) + " is ambiguous", "; use one of these ids:");
}

GraphView load_graph(Store& store, const QueryScope& scope) {
    GraphLoadOptions options;
    options.include_unreviewed = scope.include_unreviewed;
    options.include_unsupported = scope.include_unsupported;
    if (scope.as_of) options.published_by = scope.as_of->hi;
    return GraphView::load(store, options);
}

Vertex vertex_of(const GraphView& view, const EntityRef& entity) { return *view.entity_vertex(entity.key); }

std::string vocabulary_value(const std::string& option, const std::vector<std::string_view>& vocabulary,
                             const std::string& value, bool may_be_empty, Exit code) {
    if (may_be_empty && value.empty()) return value;
    if (auto word = vocabulary_word(vocabulary, value)) return std::string(*word);
    throw Failure{code, option + ": " + unknown_word_message("value", vocabulary, value)};
}

std::string date_value(const std::string& option, const std::string& text, DayMonthOrder order, Exit code) {
    if (text.empty()) return text;
    auto date = parse_date_input(text, order);
    if (!date) throw Failure{code, option + ": " + date.error().message};
    return date->text;
}

std::vector<std::string> vocabulary_list(const std::string& option, const std::vector<std::string>& values,
                                         const std::vector<std::string_view>& vocabulary) {
    std::vector<std::string> words;
    for (const auto& value : values) {
        std::size_t from = 0;
        while (from <= value.size()) {
            std::size_t comma = value.find(',', from);
            std::string word = value.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
            words.push_back(vocabulary_value(option, vocabulary, word, false));
            if (comma == std::string::npos) break;
            from = comma + 1;
        }
    }
    return words;
}

void add_help_footer(CLI::App& command, std::string_view text, std::initializer_list<std::string_view> examples) {
    std::string footer(text);
    footer += footer.empty() ? "Examples:\n" : "\n\nExamples:\n";
    for (auto example : examples) footer += "  " + std::string(example) + "\n";
    footer.pop_back();
    command.footer(footer);
}

}  // namespace allegraph::cli
