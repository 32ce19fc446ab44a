// allegraph import FILE... : all files in one transaction, or nothing.
#include <iostream>

#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "exporters/json_writer.hpp"
#include "importers/import.hpp"

namespace allegraph::cli {
namespace {

// A created entity as it may be shown: a private person's name and id (which spells the name)
// only with --include-private.
struct ShownEntity {
    std::string id, name;
};
ShownEntity shown(const CreatedEntity& e, bool include_private) {
    if (e.is_public || include_private) return {e.id, e.name};
    return {"[redacted]", "[redacted person]"};
}

void write_created_text(const ImportReport& report, bool include_private) {
    if (!report.created.empty())
        std::cout << "created " << report.created.size()
                  << " entities (check them with `allegraph review --entities`, or `allegraph dedupe`):\n";
    for (const auto& e : report.created) {
        ShownEntity s = shown(e, include_private);
        std::cout << "  " << s.name << " (" << e.kind << ", " << (e.is_public ? "public" : "private until reviewed")
                  << ") " << s.id << ": " << e.reason << "\n";
    }
    if (!report.attached.empty())
        std::cout << report.attached.size() << " statements cite events already on record (the same fact):\n";
    for (const auto& a : report.attached) std::cout << "  " << a.from << " -> " << a.record << "\n";
    if (!report.linked.empty()) std::cout << report.linked.size() << " entity records linked by name:\n";
    for (const auto& a : report.linked) std::cout << "  " << a.from << " -> " << a.record << "\n";
    if (report.kept)
        std::cout << report.kept << " candidate events already on record (accepted, edited or rejected) left as they are\n";
}

void write_attachments(json::Writer& w, const char* name, const std::vector<Attachment>& attachments) {
    json::key(w, name);
    w.StartArray();
    for (const auto& a : attachments) {
        w.StartObject();
        json::str(w, "record", a.record);
        json::str(w, "from", a.from);
        w.EndObject();
    }
    w.EndArray();
}

void write_report_json(const ImportReport& report, bool dry_run, bool include_private) {
    json::BufferedOStream stream(std::cout);
    json::Writer w(stream);
    w.StartObject();
    json::key(w, "dry_run");
    w.Bool(dry_run);
    for (auto [name, count] : {std::pair{"sources", report.sources}, {"entities", report.entities},
                               {"events", report.events}, {"relations", report.relations}, {"links", report.links},
                               {"kept", report.kept}, {"vocabulary", report.vocabulary}}) {
        json::key(w, name);
        w.Uint64(count);
    }
    json::key(w, "created");
    w.StartArray();
    for (const auto& e : report.created) {
        ShownEntity s = shown(e, include_private);
        w.StartObject();
        json::str(w, "id", s.id);
        json::str(w, "name", s.name);
        json::str(w, "kind", e.kind);
        json::key(w, "public");
        w.Bool(e.is_public);
        json::str(w, "reason", e.reason);
        w.EndObject();
    }
    w.EndArray();
    write_attachments(w, "attached", report.attached);
    write_attachments(w, "linked", report.linked);
    w.EndObject();
    stream.Put('\n');
}

struct ImportArgs {
    std::vector<std::string> files;
    ImportOptions options;
};

int run_import(const GlobalOptions& global, ImportArgs args) {
    args.options.date_order = date_order(global);
    args.options.include_private = global.include_private;
    auto store = open_store(global, Store::Mode::create);
    Progress progress("importing", 0, 16 << 20);  // drawn for inputs over 16 MB on a terminal
    args.options.progress = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
    auto report = import_files(*store, args.files, args.options);
    progress.finish();
    if (!report || args.options.dry_run) Store::discard_if_created(std::move(store));  // no empty store left
    if (!report) throw Failure{report.error().code == ErrorCode::usage ? kUsage : kBadInput, said_with_options(report.error())};
    for (const auto& warning : report->warnings) print_warning(warning);
    const char* verb = args.options.dry_run ? "checked (dry run, nothing written)" : "imported";
    if (global.json) {
        write_report_json(*report, args.options.dry_run, global.include_private);
    } else {
        std::cout << verb << ": " << report->sources << " sources, " << report->entities << " entities, "
                  << report->events << " events (" << report->links << " links), " << report->relations
                  << " relations";
        if (report->vocabulary) std::cout << "; " << report->vocabulary << " vocabulary entries added";
        std::cout << "\n";
        write_created_text(*report, global.include_private);
    }
    return kFound;
}

}  // namespace

void add_import_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand("import", "Import files into the database, all in one transaction");
    cmd->add_option("files", args->files, "Files to import (.json document, .jsonl lines, .csv table)")->required();
    cmd->add_option("--format", args->options.format,
                    "Input format: json (a document), jsonl (JSON Lines), csv, article (plain text), or timelinejs-csv "
                    "(a TimelineJS Google Sheet downloaded as CSV)")
        ->check(CLI::IsMember({"json", "jsonl", "csv", "article", "timelinejs-csv"}));
    cmd->add_option("--source-id", args->options.source_id, "Article: the source id to give it");
    cmd->add_option("--title", args->options.title, "Article: its title");
    cmd->add_option("--publisher", args->options.publisher, "Article: its publisher");
    cmd->add_option("--published", args->options.published, "Article: its publication date (EDTF; may be an interval)");
    cmd->add_option("--url", args->options.url, "Article: its address");
    cmd->add_option("--map", args->options.column_map,
                    "CSV: map other headers to ours, e.g. 'Org=actor,Action=type,Link=source_url'");
    cmd->add_option("--map-value", args->options.value_maps,
                    "CSV: map a column's words to ours, e.g. 'Action:Fired=firing' or 'Org:NYPD=org:nypd' (repeatable)")
        ->type_name("COLUMN:THEIRS=OURS");
    cmd->add_option("--map-file", args->options.map_file,
                    "CSV: a file of --map and --map-value lines ('Org=actor', 'Action:Fired=firing'), # comments");
    cmd->add_option("--new-name", args->options.new_names,
                    "A name that is new although it is close to names on record (repeatable); "
                    "a CSV may also say so in a new_names column")
        ->type_name("NAME");
    cmd->add_flag("--link-by-name", args->options.link_by_name,
                  "JSON: an entity record whose id is not on record names the entity its name names (a name near "
                  "one on record is refused unless --new-name); new ones are listed");
    cmd->add_option("--text-root", args->options.text_roots,
                    "Also read sources' text_file from under DIR (else only from under the data file's folder)")
        ->type_name("DIR");
    cmd->add_flag("--allow-uncited", args->options.allow_uncited, "Accept facts without citations");
    cmd->add_flag("--dry-run", args->options.dry_run,
                  "Validate everything and report what would be created, write nothing");
    add_help_footer(*cmd, R"(News articles (FILE.txt, or --format article):
  The text is stored as a source (the same text is the same source, whatever --source-id says) and
  read for candidate events: allegations, denials, apologies, institutional responses and legal
  steps, each with its participants, its sentence as the quote, and a date resolved against the
  publication date ("on Saturday", "last week") at its true precision. Candidates stay out of
  every answer until `allegraph review` accepts them. Names the database does not know are
  proposed as new entities, listed after the import with their kind and the reason (persons stay
  private until reviewed). Re-importing never reverts a reviewed or edited fact and never
  proposes a rejected candidate again.

  The metadata comes from the flags, else from a sidecar next to the article, FILE.txt.json:
    {"title": "...", "publisher": "...", "published": "2017-12-03", "url": "...", "id": "src:..."}
  The publication date is required (an archive's " date YYYY-MM-DD " prefix also gives it).
  Then `allegraph review --source SOURCE-ID` lists its candidates to accept, edit or reject.

A desk's spreadsheet (FILE.csv): one event per row; --map 'Org=actor,Action=type' names yours.

A TimelineJS sheet (--format timelinejs-csv): a newsroom's timeline in Knight Lab's template, one
  source; each row's headline and text read as an article's sentences, its events dated by the
  row and left unreviewed. Rows that yield no event are listed. --title, --publisher, --url apply.)",
                    {"allegraph import data/weinstein-2017.json --text-root ../shared/seeds   # the curated case",
                     "allegraph import desk.csv --map 'Org=actor,Action=type,Person=subject,When=date' --dry-run",
                     R"(allegraph import story.txt --title "Weinstein expelled" --publisher CBC --published 2017-10-16)"});
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_import(global, *args); }; });
}

}  // namespace allegraph::cli
