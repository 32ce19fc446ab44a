// allegraph retract SOURCE --reason R : the source stays, marked retracted; what it alone supported is left out.
#include "cli/common.hpp"
#include "cli/correction_output.hpp"

namespace allegraph::cli {

void add_retract_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    struct Args {
        std::string source, reason;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand(
        "retract", "Mark a source retracted: facts it alone supported become unsupported, left out of answers");
    add_help_footer(*cmd, "", {R"(allegraph retract src:cbc-metoo --reason "CBC withdrew the article")", R"(allegraph timeline weinstein --include-unsupported   # what it alone supported, marked)"});
    cmd->add_option("source", args->source, "The source id")->required();
    cmd->add_option("--reason", args->reason, "Why: kept in the history with the change")->required();
    cmd->callback([&global, args, &run] {
        run = [&global, args] {
            auto store = open_store(global, Store::Mode::write);
            return report_correction(global, *store, "retracted", retract_source(*store, args->source, args->reason));
        };
    });
}

}  // namespace allegraph::cli
