// allegraph dedupe [--events | --sources] : pairs of records that are probably one, scored, with the
// evidence; `dedupe --not-same A B --reason R` records that a pair is two, never to be proposed again.
#include <cstdio>
#include <iostream>

#include "cli/common.hpp"
#include "cli/correction_output.hpp"
#include "exporters/json_writer.hpp"
#include "graph/judgements.hpp"
#include "queries/dedupe.hpp"

namespace allegraph::cli {
namespace {

struct DedupeArgs {
    bool events = false, sources = false;
    std::vector<std::string> not_same;
    std::string reason;
    double min_score = 0.5;
    std::size_t limit = 50;
};

std::string score_text(double score) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", score);
    return buffer;
}

void write_text(const std::vector<DuplicatePair>& pairs, const char* what) {
    if (pairs.empty()) {
        std::cout << "no " << what << " look like duplicates\n";
        return;
    }
    for (const auto& p : pairs) {
        std::cout << score_text(p.score) << "  " << p.a.id << " \u201c" << p.a.label << "\u201d\n      "
                  << p.b.id << " \u201c" << p.b.label << "\u201d\n";
        for (const auto& e : p.evidence) std::cout << "      - " << e << "\n";
    }
    std::cout << "\nAnswer each pair: `allegraph merge KEEP GONE --reason R` if they are one, "
                 "`allegraph dedupe --not-same A B --reason R` if they are two.\n";
}

void write_json(const std::vector<DuplicatePair>& pairs, const char* kind) {
    json::document(std::cout, [&](json::Writer& w) {
        w.StartObject();
        json::str(w, "kind", kind);
        json::key(w, "pairs");
        w.StartArray();
        for (const auto& p : pairs) {
            w.StartObject();
            json::key(w, "score");
            w.Double(static_cast<double>(static_cast<long long>(p.score * 1000 + 0.5)) / 1000);
            for (const auto& [name, r] : {std::pair{"a", &p.a}, {"b", &p.b}}) {
                json::key(w, name);
                w.StartObject();
                json::str(w, "id", r->id);
                json::str(w, "label", r->label);
                w.EndObject();
            }
            json::key(w, "evidence");
            w.StartArray();
            for (const auto& e : p.evidence) w.String(e.c_str(), static_cast<rapidjson::SizeType>(e.size()));
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    });
}

int run_dedupe(const GlobalOptions& global, const DedupeArgs& args) {
    if (!args.not_same.empty()) {
        if (args.reason.empty()) throw Failure{kUsage, "--not-same needs --reason: why they are two"};
        auto store = open_store(global, Store::Mode::write);
        return report_correction(global, *store, "judged not the same",
                                 judge_not_same(*store, args.not_same[0], args.not_same[1], args.reason,
                                                global.include_private));
    }
    if (args.events && args.sources) throw Failure{kUsage, "--events and --sources: one at a time"};
    auto store = open_store(global, Store::Mode::read);
    QueryScope scope = make_scope(global, "");
    Privacy privacy(*store, scope.include_private);
    const char* kind = args.events ? "events" : args.sources ? "sources" : "entities";
    auto pairs = args.events    ? event_duplicates(*store, scope, privacy, args.min_score, args.limit)
                 : args.sources ? source_duplicates(*store, args.min_score, args.limit)
                                : entity_duplicates(*store, privacy, args.min_score, args.limit);
    if (global.json) write_json(pairs, kind);
    else write_text(pairs, kind);
    return pairs.empty() ? kNothingFound : kFound;
}

}  // namespace

void add_dedupe_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<DedupeArgs>();
    CLI::App* cmd = app.add_subcommand("dedupe", "Pairs of entities (or events, or sources) that are probably one, "
                                                 "scored, with the evidence");
    cmd->add_flag("--events", args->events, "Events that are probably one fact told by different sources");
    cmd->add_flag("--sources", args->sources, "Sources that are probably one document (same title and publisher)");
    cmd->add_option("--not-same", args->not_same, "Record that A and B are two: never proposed again")
        ->expected(2)
        ->type_name("A B");
    cmd->add_option("--reason", args->reason, "Why (with --not-same): kept in the history");
    cmd->add_option("--min-score", args->min_score, "Leave out pairs scored below this (default 0.5)")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--limit", args->limit, "At most this many pairs (default 50)")->check(CLI::PositiveNumber);
    add_help_footer(*cmd, R"(Scores (0-1) and what they weigh:
  entities  the best name clue (same name 1.0, initials 0.8, spelling distance, acronym, surname,
            shared rare words), +0.05 per entity both meet (up to 0.15), x0.5 when they appear
            together in one event or relation, x0.6 when two reviewed records differ in kind
  events    0.4 same type, negation and overlapping dates, +0.4 x shared participants (Jaccard),
            +0.1 same fact by the importers' rule, +0.1 the same day, x0.5 when a role
            both fill holds different entities (two accusers)
  sources   0.9 same title and publisher, 0.8 same address, +0.1 when both
Answer each pair with merge KEEP GONE, or with --not-same A B --reason R (never proposed again).)",
                    {"allegraph dedupe",
                     "allegraph dedupe --events --min-score 0.8 --json",
                     R"(allegraph dedupe --not-same person:harvey-weinstein person:harvey-weinstien --reason "A namesake")"});
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_dedupe(global, *args); }; });
}

}  // namespace allegraph::cli
