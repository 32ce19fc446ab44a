// allegraph review : what imports proposed, and the editor's decisions. Lists the candidate events
// (each with the events on record it probably repeats) or the proposed entities, optionally of one
// source; corrects a candidate (--edit), accepts or rejects candidates, accepts or merges proposed
// entities, and attaches a candidate to the event on record it repeats. Each run that decides
// something is one transaction and one change in the history.
#include <iostream>

#include "cli/common.hpp"
#include "cli/review_edit.hpp"
#include "exporters/history_output.hpp"
#include "exporters/review_output.hpp"
#include "graph/correction_run.hpp"
#include "graph/entity_review.hpp"
#include "graph/fact_lookup.hpp"
#include "graph/vocabulary.hpp"
#include "graph/vocabulary_store.hpp"
#include "graph/write_session.hpp"
#include "graph/writer.hpp"
#include "queries/history.hpp"
#include "queries/review_queue.hpp"
#include "graph/text.hpp"

namespace allegraph::cli {
namespace {

struct ReviewArgs {
    std::vector<std::string> accept, reject, attach;
    std::string edit, source, reason, accept_entity, merge_entity, into;
    bool entities = false;
    EditOptions edit_options;
    EntityDecision entity_decision;
};

constexpr const char* kFooter = R"(
Without a decision, review lists the candidate events imports proposed (unreviewed: left out of
every answer until accepted), each with its participants as ENTITY=ROLE and the events on record
it is probably the same as (same type, overlapping dates, an entity in common); --entities lists
the entities imports proposed instead. --source narrows either list to what cites one source. An
empty list says so, with exit code 1. Private persons stay redacted unless --include-private,
which is also what lets ENTITY name one. ENTITY is an id, a name or an alias.

Decisions, one per form:
  allegraph review --edit event:candidate-1a2b --type expulsion --date 2021-05-07 --status started \
      --due 2021-06-01 --reason "The board began an expulsion" --accept event:candidate-1a2b
  allegraph review --edit event:candidate-9c0d --due ""          clears its due date
  allegraph review --edit event:candidate-3c4d --nature harassment --negated false \
      --role "Tom Baker"=accuser --add "Harbor Art Museum"=participant --include-private
  allegraph review --edit event:candidate-5e6f --replace "Motion Picture Arts"=AMPAS \
      --remove "Tom Baker" --include-private
  allegraph review --attach event:candidate-7a8b event:museum-suspends-lopez
                                                      its citations go to the event on record;
                                                      the candidate is retired for good
  allegraph review --accept-entity person:maria-lopez --public --include-private
  allegraph review --accept-entity person:harbor-board --kind organization --category company \
      --public --include-private                      a "person" that is a body
  allegraph review --merge-entity person:motion-picture-arts --into org:ampas --include-private

Exit codes: 0 listed or decided, 1 nothing to review, 2 usage, 3 bad input (an unknown id, an
invalid role, type or date, a candidate already decided): then nothing is written.)";

constexpr std::string_view kExamples[] = {
    "allegraph review                                    # the candidates, with likely duplicates",
    "allegraph review --source src:cbc-metoo --json      # one article's candidates, as JSON",
    "allegraph review --entities --include-private       # proposed entities, names shown"};

// Ends the command when a decision failed, its field said as review's option.
void check(const Result<void>& done) {
    static constexpr std::pair<std::string_view, std::string_view> kOptions[] = {
        {"type", "--type"},     {"status", "--status"}, {"nature", "--nature"},   {"date", "--date"},
        {"due", "--due"},       {"kind", "--kind"},     {"category", "--category"}, {"add", "--add"},
        {"remove", "--remove"}, {"role", "--role"},     {"replace", "--replace"}, {"attach", "--attach"},
        {"entity", "--accept-entity"}, {"merged", "--merge-entity"}};
    if (!done) throw Failure{kBadInput, said_with_options(done.error(), kOptions)};
}

std::optional<std::int64_t> source_filter(Store& store, const std::string& id) {
    if (id.empty()) return std::nullopt;
    auto fact = find_fact(store, id);
    if (!fact || fact->kind != FactKind::source) throw Failure{kBadInput, "--source: no source has the id " + in_quotes(id)};
    return fact->key;
}

// Says that nothing awaits review: on stdout in text, on stderr beside the (empty) JSON document.
int nothing_to_review(const GlobalOptions& global, const std::string& what, const std::string& source) {
    std::string words = "no " + what + " to review" + (source.empty() ? "" : " citing " + source);
    (global.json ? std::cerr : std::cout) << words << "\n";
    return kNothingFound;
}

int list_candidates(const GlobalOptions& global, const ReviewArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, "");
    Privacy privacy(*store, scope.include_private);
    auto candidates = review_candidates(*store, source_filter(*store, args.source), scope, privacy);
    if (global.json) write_candidates_json(std::cout, candidates);
    else write_candidates_text(std::cout, candidates);
    return candidates.empty() ? nothing_to_review(global, "candidates", args.source) : kFound;
}

int list_entities(const GlobalOptions& global, const ReviewArgs& args) {
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, "");
    Privacy privacy(*store, scope.include_private);
    auto entities = review_entities(*store, source_filter(*store, args.source), scope, privacy);
    if (global.json) write_proposed_entities_json(std::cout, entities);
    else write_proposed_entities_text(std::cout, entities);
    return entities.empty() ? nothing_to_review(global, "proposed entities", args.source) : kFound;
}

// Runs `body` with a writer in one write session and logs what it changed as `command`; returns the change's id.
template <class Body>
std::int64_t logged_change(Store& store, const char* command, const std::string& reason, Body body) {
    auto session = WriteSession::begin(store, command, reason, WriteSession::Reason::optional, WriteSession::Unchanged::log);
    if (!session) throw Failure{kBadInput, said_with_options(session.error())};
    body(session.value()->writer());
    auto change = session.value()->commit();
    if (!change) throw Failure{kBadInput, change.error().message};
    return change.value();
}

int report(const GlobalOptions& global, Store& store, const std::string& summary, std::int64_t change) {
    if (!global.json) {
        std::cout << summary << " (change #" << change << ")\n";
        return kFound;
    }
    Privacy privacy(store, global.include_private);
    std::vector<ChangeEntry> changes;
    if (auto entry = change_entry(store, change, privacy)) changes.push_back(std::move(*entry));
    write_history_json(std::cout, changes);
    return kFound;
}

// The entity decisions, first, so that an edit may name what they settle; then the edit; then the verdicts.
std::string decide_all(Store& store, GraphWriter& writer, const ReviewArgs& args, const Privacy& privacy,
                       DayMonthOrder order) {
    std::string done;
    auto note = [&](const std::string& what) { done += (done.empty() ? "" : "; ") + what; };
    if (!args.merge_entity.empty()) {
        EntityRef gone = resolve_for_review(store, "--merge-entity", args.merge_entity, privacy);
        EntityRef keep = resolve_for_review(store, "--into", args.into, privacy);
        check(merge_proposed_entity(store, writer.recorder(), gone.id, keep.id));
        note("merged " + gone.id + " into " + keep.id);
    }
    if (!args.accept_entity.empty()) {
        EntityRef entity = resolve_for_review(store, "--accept-entity", args.accept_entity, privacy);
        EntityDecision decision = args.entity_decision;
        if (decision.kind) decision.kind = vocabulary_value("--kind", entity_kinds(), *decision.kind, false, kBadInput);
        if (decision.category)
            decision.category = vocabulary_value("--category", store_vocabulary(store).organization_categories(),
                                                 *decision.category, false, kBadInput);
        check(accept_entity(store, writer.recorder(), entity.key, entity.id, decision));
        note("accepted entity " + entity.id);
    }
    if (!args.edit.empty()) {
        check(edit_candidate(store, writer.recorder(), args.edit, candidate_edit(store, args.edit_options, privacy, order)));
        note("edited " + args.edit);
    }
    for (const auto& [ids, state] : {std::pair{&args.accept, "reviewed"}, std::pair{&args.reject, "rejected"}})
        for (const auto& id : *ids) check(writer.set_review(id, state));
    if (!args.accept.empty() || !args.reject.empty())
        note("accepted " + std::to_string(args.accept.size()) + ", rejected " + std::to_string(args.reject.size()));
    return done;
}

int decide(const GlobalOptions& global, const ReviewArgs& args) {
    auto store = open_store(global, Store::Mode::write);
    std::string done;
    std::int64_t change = logged_change(*store, "review", args.reason, [&](GraphWriter& writer) {
        Privacy privacy(*store, global.include_private);
        done = decide_all(*store, writer, args, privacy, date_order(global));
    });
    return report(global, *store, done, change);
}

int attach(const GlobalOptions& global, const ReviewArgs& args) {
    auto store = open_store(global, Store::Mode::write);
    const std::string& candidate = args.attach[0];
    const std::string& event = args.attach[1];
    std::int64_t change = logged_change(*store, "attach", args.reason, [&](GraphWriter& writer) {
        check(attach_candidate(*store, writer.recorder(), candidate, event));
    });
    return report(global, *store, "attached " + candidate + " to " + event + ": its citations now support " + event +
                                      ", and the candidate is retired", change);
}

// Throws Failure(kUsage) for options that do not go together.
void check_usage(const ReviewArgs& args, bool entity_options) {
    if (args.edit.empty() && args.edit_options.any())
        throw Failure{kUsage, "--type, --date, --status, --due, --nature, --negated, --add, --remove, --role and "
                              "--replace go with --edit ID"};
    if (!args.edit.empty() && !args.edit_options.any())
        throw Failure{kUsage, "--edit " + args.edit + ": say what to change (--type, --date, --status, --due, --nature, "
                              "--negated, --add, --remove, --role or --replace)"};
    if (args.accept_entity.empty() && entity_options)
        throw Failure{kUsage, "--public, --private, --kind and --category go with --accept-entity ID"};
    bool decides = !args.accept.empty() || !args.reject.empty() || !args.edit.empty() || !args.accept_entity.empty() ||
                   !args.merge_entity.empty();
    if (!args.attach.empty() && decides)
        throw Failure{kUsage, "--attach is a decision of its own: give it without --accept, --reject, --edit, "
                              "--accept-entity or --merge-entity"};
    if ((decides || !args.attach.empty()) && (args.entities || !args.source.empty()))
        throw Failure{kUsage, "--entities and --source choose what review lists; give them without decisions"};
}

int run_review(const GlobalOptions& global, const ReviewArgs& args) {
    if (!args.attach.empty()) return attach(global, args);
    if (!args.accept.empty() || !args.reject.empty() || !args.edit.empty() || !args.accept_entity.empty() ||
        !args.merge_entity.empty())
        return decide(global, args);
    return args.entities ? list_entities(global, args) : list_candidates(global, args);
}

void add_edit_options(CLI::App& cmd, ReviewArgs& args) {
    cmd.add_option("--edit", args.edit, "A candidate event id to correct (it stays unreviewed until accepted)")
        ->group("Correcting a candidate");
    struct Field {
        const char* name;
        std::optional<std::string>* value;
        const char* help;
    };
    EditOptions& o = args.edit_options;
    for (const auto& f : {Field{"--type", &o.type, "The event type (vocabulary: allegation, expulsion, denial, ...)"},
                          Field{"--date", &o.date, "The date (EDTF: 2017-10-14, 2017-10, ../2017-10-16, ...)"},
                          Field{"--status", &o.status, "started, pending, completed, or \"\" for none"},
                          Field{"--due", &o.due, "When an announced decision is due (EDTF), or \"\" to clear it"},
                          Field{"--nature", &o.nature, "Allegations: rape, assault, harassment, misconduct, or \"\""},
                          Field{"--negated", &o.negated, "true for a fact reported as not having happened, else false"}})
        cmd.add_option_function<std::string>(f.name, [value = f.value](const std::string& v) { *value = v; }, f.help)
            ->group("Correcting a candidate");
    for (const auto& [name, values, help] :
         {std::tuple{"--add", &o.add, "ENTITY=ROLE: a participant to add (repeatable)"},
          std::tuple{"--remove", &o.remove, "ENTITY, or ENTITY=ROLE for one of its roles: a participant to drop"},
          std::tuple{"--role", &o.role, "ENTITY=ROLE: the participant's new role"},
          std::tuple{"--replace", &o.replace, "OLD=NEW: NEW takes OLD's roles (the extractor named the wrong one)"}})
        cmd.add_option(name, *values, help)->group("Correcting a candidate")->take_all();
}

void add_entity_options(CLI::App& cmd, ReviewArgs& args) {
    const char* group = "Proposed entities";
    cmd.add_flag("--entities", args.entities, "List the entities imports proposed, instead of candidate events")->group(group);
    cmd.add_option("--accept-entity", args.accept_entity, "A proposed entity that is right (with the options below)")
        ->group(group);
    auto* pub = cmd.add_flag_function("--public", [&args](std::int64_t) { args.entity_decision.is_public = true; },
                                      "With --accept-entity: a public figure or body, named in every output")
                    ->group(group);
    cmd.add_flag_function("--private", [&args](std::int64_t) { args.entity_decision.is_public = false; },
                          "With --accept-entity: a private person, redacted unless --include-private")
        ->group(group)
        ->excludes(pub);
    cmd.add_option_function<std::string>("--kind", [&args](const std::string& v) { args.entity_decision.kind = v; },
                                         "With --accept-entity: person, organization, work, campaign or group")
        ->group(group);
    cmd.add_option_function<std::string>("--category", [&args](const std::string& v) { args.entity_decision.category = v; },
                                         "With --accept-entity, organizations: academy, guild, police, company, ...")
        ->group(group);
    auto* merge = cmd.add_option("--merge-entity", args.merge_entity, "A proposed entity that is one on record: merge it")
                      ->group(group);
    cmd.add_option("--into", args.into, "With --merge-entity: the entity on record it is")->group(group)->needs(merge);
    merge->needs("--into");
}

}  // namespace

void add_review_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<ReviewArgs>();
    CLI::App* cmd = app.add_subcommand("review", "List what imports proposed (candidate events, entities) and decide on it");
    add_help_footer(*cmd, kFooter, {kExamples[0], kExamples[1], kExamples[2]});
    cmd->add_option("--source", args->source, "List only what cites this source id (an article)");
    cmd->add_option("--accept", args->accept, "Candidate event ids that become ordinary facts")->take_all();
    cmd->add_option("--reject", args->reject, "Candidate event ids to drop (a re-import does not propose them again)")
        ->take_all();
    cmd->add_option("--attach", args->attach, "CANDIDATE EVENT: the candidate repeats EVENT, on record; its citations "
                                              "go there and the candidate is retired")
        ->expected(2);
    cmd->add_option("--reason", args->reason, "Why, kept in the history with the decision");
    add_edit_options(*cmd, *args);
    add_entity_options(*cmd, *args);
    cmd->callback([&global, args, &run] {
        bool entity_options = args->entity_decision.is_public || args->entity_decision.kind || args->entity_decision.category;
        run = [&global, args, entity_options] {
            check_usage(*args, entity_options);
            return run_review(global, *args);
        };
    });
}

}  // namespace allegraph::cli
