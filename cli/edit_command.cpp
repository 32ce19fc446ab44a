// allegraph edit ID --date D --status S --summary T ... --reason R : correct a fact; the history keeps the old values.
#include "cli/common.hpp"
#include "cli/correction_output.hpp"
#include "graph/vocabulary.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph::cli {
namespace {

// The options for the fields edit_fact's errors name.
constexpr std::pair<std::string_view, std::string_view> kOptions[] = {
    {"date", "--date"},   {"status", "--status"}, {"summary", "--summary"},   {"name", "--name"},
    {"description", "--description"}, {"public", "--public"}, {"kind", "--kind"}, {"category", "--category"},
    {"quote", "--quote"}, {"source", "--cite"}};

}  // namespace

void add_edit_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    struct Args {
        std::string id, reason, date, status, summary, name, description, is_public, kind, category, cite, quote;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand("edit", "Correct an event, entity or relation, with the reason; the history keeps the old values");
    add_help_footer(*cmd, "", {R"(allegraph edit event:bafta-suspends-weinstein --date 2017-10 --reason "The sources give only the month")", R"(allegraph edit person:harvey-weinstein --description "Film producer" --reason "Per CBC" --cite src:cbc-metoo --quote "movie mogul")"});
    cmd->add_option("id", args->id, "An event or entity id, or a relation as \"FROM TYPE TO\"")->required();
    cmd->add_option("--reason", args->reason, "Why: kept in the history with the change")->required();
    cmd->add_option("--date", args->date, "Events and relations: the corrected date (EDTF)");
    cmd->add_option("--status", args->status, "Events: started, pending, completed, or \"\" for none");
    cmd->add_option("--summary", args->summary, "Events: the corrected summary");
    cmd->add_option("--name", args->name, "Entities: the corrected display name");
    cmd->add_option("--description", args->description, "Entities: the corrected description");
    cmd->add_option("--public", args->is_public, "Entities: true for a public figure, false for a private person")
        ->check(CLI::IsMember({"true", "false"}));
    cmd->add_option("--kind", args->kind, "Entities: the corrected kind (" + join_vocabulary(entity_kinds()) + ")");
    cmd->add_option("--category", args->category, "Organizations: the category (" + join_vocabulary(organization_categories()) +
                                                          ", or one the database added)");
    auto* cite = cmd->add_option("--cite", args->cite, "The source backing the correction (a stored source id)");
    cmd->add_option("--quote", args->quote, "With --cite: the source's words, verbatim")->needs(cite);
    cite->needs("--quote");
    cmd->callback([&global, args, cmd, &run] {
        FactEdit edit;
        auto given = [cmd](const char* option) { return cmd->count(option) > 0; };
        if (given("--date")) edit.date = args->date;
        if (given("--status")) edit.status = args->status;
        if (given("--summary")) edit.summary = args->summary;
        if (given("--name")) edit.name = args->name;
        if (given("--description")) edit.description = args->description;
        if (given("--public")) edit.is_public = args->is_public == "true";
        if (given("--kind")) edit.kind = args->kind;
        if (given("--category")) edit.category = args->category;
        if (given("--cite")) {
            edit.cite_source = args->cite;
            edit.cite_quote = args->quote;
        }
        run = [&global, args, edit]() mutable {
            if (edit.date) edit.date = date_value("--date", *edit.date, date_order(global), kBadInput);
            if (edit.status) edit.status = vocabulary_value("--status", statuses(), *edit.status, true, kBadInput);
            if (edit.kind) edit.kind = vocabulary_value("--kind", entity_kinds(), *edit.kind, false, kBadInput);
            auto store = open_store(global, Store::Mode::write);
            if (edit.category)
                edit.category = vocabulary_value("--category", store_vocabulary(*store).organization_categories(),
                                                 *edit.category, true, kBadInput);
            return report_correction(global, *store, "edited",
                                     edit_fact(*store, args->id, edit, args->reason, global.include_private), kOptions);
        };
    });
}

}  // namespace allegraph::cli
