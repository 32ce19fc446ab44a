// allegraph merge KEEP GONE --reason R : two records of one entity, event or source become one; GONE's id
// names KEEP from then on.
#include "cli/common.hpp"
#include "cli/correction_output.hpp"
#include "graph/fact_lookup.hpp"
#include "graph/merge_records.hpp"

namespace allegraph::cli {
namespace {

// What KEEP is: an event, a source, or (by default, and for an unknown id, which the merge reports) an entity.
FactKind kind_of(Store& store, const std::string& id, bool include_private) {
    auto fact = find_visible_fact(store, id, include_private);
    return fact && fact->kind != FactKind::relation ? fact->kind : FactKind::entity;
}

}  // namespace

void add_merge_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    struct Args {
        std::string keep, gone, reason;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand(
        "merge", "Merge GONE into KEEP (two entities, two events or two sources): names, participants, citations and "
                 "links move; GONE's id keeps working");
    add_help_footer(*cmd, "", {R"(allegraph merge person:harvey-weinstein person:harvey-weinstien --reason "A typo in the desk's sheet")", R"(allegraph history person:harvey-weinstien   # the merge; the old id still finds him)"});
    cmd->add_option("keep", args->keep, "The id to keep")->required();
    cmd->add_option("gone", args->gone, "The id merged into it")->required();
    cmd->add_option("--reason", args->reason, "Why: kept in the history with the change")->required();
    cmd->callback([&global, args, &run] {
        run = [&global, args] {
            auto store = open_store(global, Store::Mode::write);
            switch (kind_of(*store, args->keep, global.include_private)) {
                case FactKind::event:
                    return report_correction(global, *store, "merged",
                                             merge_events(*store, args->keep, args->gone, args->reason));
                case FactKind::source:
                    return report_correction(global, *store, "merged",
                                             merge_sources(*store, args->keep, args->gone, args->reason));
                default:
                    return report_correction(global, *store, "merged",
                                             merge_entities(*store, args->keep, args->gone, args->reason,
                                                            global.include_private));
            }
        };
    });
}

}  // namespace allegraph::cli
