// allegraph vocabulary [add|add-category|remove] : the vocabulary the database knows (the built-in
// document and its own additions), and the database's own event types and organization categories.
#include <algorithm>
#include <iostream>

#include "cli/common.hpp"
#include "exporters/vocabulary_output.hpp"
#include "graph/text.hpp"
#include "graph/vocabulary_store.hpp"
#include "graph/write_session.hpp"

namespace allegraph::cli {
namespace {

struct AddArgs {
    EventTypeDefinition type;
    bool actor_role_given = false, subject_role_given = false;
    std::string roles, required, says, started, pending, negated, reason;
};

struct WordArgs {
    std::string word, reason;
};

constexpr std::pair<std::string_view, std::string_view> kOptions[] = {
    {"word", "WORD"},           {"category", "--category"},         {"label", "--label"},
    {"roles", "--roles"},       {"required", "--required"},         {"actor_role", "--actor-role"},
    {"subject_role", "--subject-role"}, {"cameo", "--cameo"},       {"answer", "--answer"},
    {"note", "--note"},         {"wording.affirmative", "--says"},  {"wording.started", "--started"},
    {"wording.pending", "--pending"}, {"wording.negated", "--negated"}};

std::string capitalised(std::string word) {
    std::replace(word.begin(), word.end(), '_', ' ');
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

std::vector<std::string> comma_list(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        std::size_t comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

// What a vocabulary command did: "added", "already_there" or "removed", to which list, which word.
struct VocabularyChange {
    std::string action, list, word;
};

void say(const GlobalOptions& global, const VocabularyChange& done, std::int64_t change) {
    if (global.json) return write_vocabulary_change_json(std::cout, done.action, done.list, done.word, change);
    const char* what = done.list == "event_types" ? "event type " : "organization category ";
    if (done.action == "already_there") std::cout << what << done.word << " is already defined, the same way\n";
    else std::cout << done.action << " " << what << done.word << " (change #" << change << ")\n";
}

// Runs `change` in one logged write session, says what it did and returns the exit code.
template <class Change>
int logged(const GlobalOptions& global, const std::string& command, const std::string& reason, Change change) {
    auto store = open_store(global, Store::Mode::write);
    auto session = WriteSession::begin(*store, command, reason, WriteSession::Reason::optional,
                                       WriteSession::Unchanged::roll_back);
    if (!session) throw Failure{kBadInput, said_with_options(session.error(), kOptions)};
    VocabularyChange done = change(session.value()->store(), session.value()->recorder());
    auto logged_as = session.value()->commit();
    if (!logged_as) throw Failure{kBadInput, logged_as.error().message};
    say(global, done, logged_as.value());
    return kFound;
}

template <class T>
T checked(Result<T> result) {
    if (!result) throw Failure{kBadInput, said_with_options(result.error(), kOptions)};
    return std::move(result).value();
}

int run_add(const GlobalOptions& global, AddArgs args) {
    EventTypeDefinition& type = args.type;
    type.roles = comma_list(args.roles);
    type.required = comma_list(args.required);
    settle_sheet_roles(type, args.actor_role_given, args.subject_role_given);
    if (type.label.empty()) type.label = capitalised(type.word);
    for (auto [key, text] : {std::pair{"affirmative", &args.says}, {"started", &args.started},
                             {"pending", &args.pending}, {"negated", &args.negated}})
        if (!text->empty()) type.wording[key] = {*text};
    return logged(global, "vocabulary add", args.reason, [&](Store& store, ChangeRecorder&) {
        auto added = checked(add_event_type(store, type));
        return VocabularyChange{added == VocabularyAddition::added ? "added" : "already_there", "event_types", type.word};
    });
}

int run_add_category(const GlobalOptions& global, const WordArgs& args) {
    return logged(global, "vocabulary add-category", args.reason, [&](Store& store, ChangeRecorder&) {
        auto added = checked(add_organization_category(store, args.word));
        return VocabularyChange{added == VocabularyAddition::added ? "added" : "already_there",
                                "organization_categories", args.word};
    });
}

int run_remove(const GlobalOptions& global, const WordArgs& args) {
    return logged(global, "vocabulary remove", args.reason, [&](Store& store, ChangeRecorder& recorder) {
        const char* list = store_vocabulary(store).event_type(args.word) ? "event_types" : "organization_categories";
        if (auto removed = remove_vocabulary_entry(store, recorder, list, args.word); !removed)
            throw Failure{kBadInput, said_with_options(removed.error(), kOptions)};
        return VocabularyChange{"removed", list, args.word};
    });
}

void add_add_command(CLI::App& parent, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<AddArgs>();
    CLI::App* cmd = parent.add_subcommand("add", "Add an event type to this database's vocabulary (logged in history)");
    add_help_footer(*cmd,
                    "A template names parties and values in braces ({actors}, {subjects}, {objects}, "
                    "{participants}, {nature}, {label}, {due}); {a|b|text} takes the first with names, else the "
                    "text; [ ... ] is left out when a placeholder in it has none.",
                    {R"(allegraph vocabulary add censure --category response --roles actor,subject --required subject --cameo 172 --says "{actors|Someone} censured[ {subjects}]" --negated "{subjects} had not been censured")",
                     R"(allegraph vocabulary add honorary_degree_rescinded --category response --label "Honorary degree rescinded" --roles actor,subject,object --says "{actors|Someone} rescinded [{subjects}'s ]honorary degree")"});
    cmd->add_option("word", args->type.word, "The type's word: lower-case letters and underscores")->required();
    cmd->add_option("--category", args->type.category, "Its category: " + join_vocabulary(event_categories()))->required();
    cmd->add_option("--label", args->type.label, "How it is shown (default: the word, capitalised)");
    cmd->add_option("--roles", args->roles, "The roles it takes, comma-separated: " + join_vocabulary(roles()))->required();
    cmd->add_option("--required", args->required, "The roles an event of it must name (comma-separated)");
    cmd->add_option("--actor-role", args->type.actor_role, "The role a sheet's actor column means (default actor)");
    cmd->add_option("--subject-role", args->type.subject_role, "The role a sheet's subject column means (default subject)");
    cmd->add_option("--cameo", args->type.cameo, "Its CAMEO event code, where one fits (three or four digits)");
    cmd->add_option("--says", args->says, "Its sentence, completed or with no status: \"{actors|Someone} censured[ {subjects}]\"");
    cmd->add_option("--started", args->started, "Its sentence when started (default: the sentence, \"(started)\")");
    cmd->add_option("--pending", args->pending, "Its sentence when pending (default: the sentence, \"(pending)\")");
    cmd->add_option("--negated", args->negated, "What had not happened, after \"As of DATE, \"");
    cmd->add_option("--answer", args->type.answer, "The word a timeline shows before such an event answering another");
    cmd->add_option("--note", args->type.note, "A gloss");
    cmd->add_option("--reason", args->reason, "Why, for the history");
    cmd->callback([&global, args, cmd, &run] {
        args->actor_role_given = cmd->count("--actor-role") > 0;
        args->subject_role_given = cmd->count("--subject-role") > 0;
        run = [&global, args] { return run_add(global, *args); };
    });
}

void add_word_command(CLI::App& parent, GlobalOptions& global, std::function<int()>& run, const char* name,
                      const char* about, std::initializer_list<std::string_view> examples,
                      int (*action)(const GlobalOptions&, const WordArgs&)) {
    auto args = std::make_shared<WordArgs>();
    CLI::App* cmd = parent.add_subcommand(name, about);
    add_help_footer(*cmd, "", examples);
    cmd->add_option("word", args->word, "The word")->required();
    cmd->add_option("--reason", args->reason, "Why, for the history");
    cmd->callback([&global, args, &run, action] { run = [&global, args, action] { return action(global, *args); }; });
}

}  // namespace

void add_vocabulary_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    CLI::App* cmd = app.add_subcommand(
        "vocabulary", "The event types, categories and roles this database knows: built in, and its own additions");
    cmd->require_subcommand(0, 1);
    add_help_footer(*cmd, "",
                    {R"(allegraph vocabulary)", R"(allegraph vocabulary --json)",
                     R"(allegraph vocabulary add-category university --reason "campus cases")"});
    add_add_command(*cmd, global, run);
    add_word_command(*cmd, global, run, "add-category", "Add an organization category to this database's vocabulary",
                     {R"(allegraph vocabulary add-category university)", R"(allegraph vocabulary add-category church --reason "clergy cases")"},
                     run_add_category);
    add_word_command(*cmd, global, run, "remove",
                     "Remove an event type or category this database added, while no fact uses it",
                     {R"(allegraph vocabulary remove censure --reason "added by mistake")", R"(allegraph vocabulary remove university)"},
                     run_remove);
    cmd->callback([&global, cmd, &run] {
        if (!cmd->get_subcommands().empty()) return;
        run = [&global] {
            auto store = open_store(global, Store::Mode::read);
            if (global.json) write_vocabulary_json(std::cout, store_vocabulary(*store));
            else write_vocabulary_text(std::cout, store_vocabulary(*store));
            return static_cast<int>(kFound);
        };
    });
}

}  // namespace allegraph::cli
