// allegraph: a knowledge graph of allegations and institutional responses.
// Parses the command line with CLI11, runs one subcommand, maps failures to the
// exit codes of DESIGN §6 (0 found, 1 nothing found, 2 usage, 3 bad input).
#include <iostream>

#include "cli/common.hpp"
#include "cli/did_you_mean.hpp"
#include "cli/output_file.hpp"
#include "graph/store_error.hpp"

using namespace allegraph::cli;

int main(int argc, char** argv) {
    CLI::App app{"allegraph: a sourced knowledge graph of allegations and institutional responses", "allegraph"};
    app.require_subcommand(1);
    app.fallthrough();
    app.allow_extras();  // unknown words are named by did_you_mean, not by CLI11
    GlobalOptions global;
    app.add_option("--db", global.db, "Database file (default: $ALLEGRAPH_DB, else ./allegraph.db)");
    app.add_flag("--json", global.json, "Print one JSON document on stdout");
    app.add_flag("--include-private", global.include_private, "Show private persons by name");
    app.add_flag("--include-unreviewed", global.include_unreviewed, "Include unreviewed candidate facts, marked");
    app.add_flag("--include-unsupported", global.include_unsupported,
                 "Include facts whose every source was retracted, and citations of retracted sources, marked");
    app.add_option("--as-of-db", global.as_of_db,
                   "Answer from the database as it stood at WHEN (2017-10-20 = the end of that day, or "
                   "2017-10-20T12:00:00Z), before later imports and corrections")
        ->type_name("WHEN");
    app.add_option("--date-format", global.date_format,
                   "How numeric dates read: DMY (14/10/2017) or MDY (10/14/2017); without it they are refused. "
                   "Dates with month names (Oct. 14, 2017; 14 October 2017) and EDTF (2017-10-14) need none")
        ->type_name("DMY|MDY");
    app.set_version_flag("--version", "allegraph 0.1.0");

    std::function<int()> run;
    add_init_command(app, global, run);
    add_import_command(app, global, run);
    add_timeline_command(app, global, run);
    add_entity_command(app, global, run);
    add_responses_command(app, global, run);
    add_who_command(app, global, run);
    add_relations_command(app, global, run);
    add_path_command(app, global, run);
    add_search_command(app, global, run);
    add_check_command(app, global, run);
    add_conflicts_command(app, global, run);
    add_pending_command(app, global, run);
    add_stats_command(app, global, run);
    add_export_command(app, global, run);
    add_review_command(app, global, run);
    add_edit_command(app, global, run);
    add_retract_command(app, global, run);
    add_merge_command(app, global, run);
    add_dedupe_command(app, global, run);
    add_history_command(app, global, run);
    add_vocabulary_command(app, global, run);
    add_copy_command(app, global, run);

    app.footer("Each command's --help ends with examples.\n\n"
               "Examples:\n"
               "  allegraph import data/weinstein-2017.json --text-root ../shared/seeds\n"
               "  allegraph timeline \"Harvey Weinstein\" --from 2017-10-01\n"
               "  allegraph export graphml -o weinstein.graphml");
    for (CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) command->allow_extras();

    if (argc == 1) {  // as git does: the commands, then a usage exit
        std::cout << app.help();
        return kUsage;
    }
    if (auto unknown = unknown_command(app, argc, argv)) {
        print_error(*unknown);
        return kUsage;
    }
    try {
        app.parse(argc, argv);
        if (auto unknown = unknown_arguments(app)) throw Failure{kUsage, *unknown};
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        auto unknown = unknown_arguments(app);  // named first: a misspelt option also leaves a required one unset
        std::string command = app.get_subcommands().empty() ? "" : " " + app.get_subcommands().front()->get_name();
        print_error(unknown ? *unknown : std::string(e.what()) + " (see allegraph" + command + " --help)");
        return kUsage;
    } catch (const Failure& failure) {
        print_error(failure.message);
        return failure.code;
    }
    try {
        int code = run();
        check_standard_output();  // an answer cut short by a full disk or a closed pipe is no answer
        return code;
    } catch (const Failure& failure) {
        if (global.json && !failure.json.empty()) std::cout << failure.json;
        print_error(failure.message);
        return failure.code;
    } catch (const std::exception& e) {  // a system limit (a path too long, memory): still one line, exit 3
        if (auto failure = allegraph::store_failure(e)) print_error("database error: " + *failure);
        else print_error(e.what());
        return kBadInput;
    }
}
