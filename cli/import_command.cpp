// allegraph import FILE... : all files in one transaction, or nothing.
#include <iostream>

#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "importers/import.hpp"

namespace allegraph::cli {
namespace {

struct ImportArgs {
    std::vector<std::string> files;
    ImportOptions options;
};

int run_import(const GlobalOptions& global, ImportArgs args) {
    auto store = open_store(global, Store::Mode::write);
    Progress progress("importing", 0, 16 << 20);  // drawn for inputs over 16 MB on a terminal
    args.options.progress = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
    auto report = import_files(*store, args.files, args.options);
    progress.finish();
    if (!report) throw Failure{kBadInput, report.error().message};
    for (const auto& warning : report->warnings) print_warning(warning);
    const char* verb = args.options.dry_run ? "checked (dry run, nothing written)" : "imported";
    if (global.json) {
        std::cout << "{\"dry_run\": " << (args.options.dry_run ? "true" : "false") << ", \"sources\": "
                  << report->sources << ", \"entities\": " << report->entities << ", \"events\": " << report->events
                  << ", \"relations\": " << report->relations << ", \"links\": " << report->links << "}\n";
    } else {
        std::cout << verb << ": " << report->sources << " sources, " << report->entities << " entities, "
                  << report->events << " events (" << report->links << " links), " << report->relations
                  << " relations\n";
    }
    return kFound;
}

}  // namespace

void add_import_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand("import", "Import files into the database, all in one transaction");
    cmd->add_option("files", args->files, "Files to import (.json document, .jsonl lines, .csv table)")->required();
    cmd->add_option("--format", args->options.format,
                    "Input format: json (a document), jsonl (JSON Lines), csv, or article (plain text)")
        ->check(CLI::IsMember({"json", "jsonl", "csv", "article"}));
    cmd->add_option("--source-id", args->options.source_id, "Article: the source id to give it");
    cmd->add_option("--title", args->options.title, "Article: its title");
    cmd->add_option("--publisher", args->options.publisher, "Article: its publisher");
    cmd->add_option("--published", args->options.published, "Article: its publication date (EDTF; may be an interval)");
    cmd->add_option("--url", args->options.url, "Article: its address");
    cmd->add_option("--map", args->options.column_map,
                    "CSV: map other headers to ours, e.g. 'Org=actor,Action=type,Link=source_url'");
    cmd->add_option("--text-root", args->options.text_roots,
                    "Also read sources' text_file from under DIR (else only from under the data file's folder)")
        ->type_name("DIR");
    cmd->add_flag("--allow-uncited", args->options.allow_uncited, "Accept facts without citations");
    cmd->add_flag("--dry-run", args->options.dry_run, "Validate everything, write nothing");
    cmd->callback([&global, args, &run] { run = [&global, args] { return run_import(global, *args); }; });
}

}  // namespace allegraph::cli
