// allegraph merge KEEP GONE --reason R : two records of one entity become one; GONE's id names KEEP from then on.
#include "cli/common.hpp"
#include "cli/correction_output.hpp"

namespace allegraph::cli {

void add_merge_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    struct Args {
        std::string keep, gone, reason;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand(
        "merge", "Merge entity GONE into KEEP: names, participations, relations and citations move; GONE's id keeps working");
    add_help_footer(*cmd, "", {R"(allegraph merge person:harvey-weinstein person:harvey-weinstien --reason "A typo in the desk's sheet")", R"(allegraph history person:harvey-weinstien   # the merge; the old id still finds him)"});
    cmd->add_option("keep", args->keep, "The entity id to keep")->required();
    cmd->add_option("gone", args->gone, "The entity id merged into it")->required();
    cmd->add_option("--reason", args->reason, "Why: kept in the history with the change")->required();
    cmd->callback([&global, args, &run] {
        run = [&global, args] {
            auto store = open_store(global, Store::Mode::write);
            return report_correction(global, *store, "merged",
                                     merge_entities(*store, args->keep, args->gone, args->reason, global.include_private));
        };
    });
}

}  // namespace allegraph::cli
