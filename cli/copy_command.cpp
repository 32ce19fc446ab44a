// allegraph copy [FROM] TO : a whole store (FROM, else --db) into a new one, across engines (SQLite to
// PostgreSQL and back).
#include <iostream>

#include "cli/common.hpp"
#include "exporters/store_output.hpp"
#include "graph/store_copy.hpp"

namespace allegraph::cli {

void add_copy_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto stores = std::make_shared<std::vector<std::string>>();
    CLI::App* cmd = app.add_subcommand("copy", "Copy a whole store, history included, into a new one (SQLite or PostgreSQL)");
    add_help_footer(*cmd,
                    "FROM defaults to --db. Every fact keeps its key, every change of the history its moment, so\n"
                    "the copy answers as the original, --as-of-db included. TO is made when missing and must hold\n"
                    "nothing; the copy is one transaction: it is whole or absent. Onto a newsroom's server:\n"
                    "  allegraph copy newsroom.db \"postgresql://editor@db.example.org/allegations\"",
                    {R"(allegraph copy backup.db)", R"(allegraph copy archive.db --json)"});
    cmd->add_option("stores", *stores, "[FROM] TO: the store to copy (default --db) and the store to make")
        ->required()
        ->expected(1, 2);
    cmd->callback([&global, stores, &run] {
        run = [&global, stores] {
            const std::string from = stores->size() == 2 ? stores->front() : resolve_db_path(global.db);
            const std::string& to = stores->back();
            auto source = Store::open(from, Store::Mode::read);
            if (!source) throw Failure{kBadInput, source.error().message};
            auto target = Store::open(to, Store::Mode::create);
            if (!target) throw Failure{kBadInput, target.error().message};
            Result<std::vector<CopiedTable>> copied = Error{""};
            try {
                copied = copy_store(*source.value(), *target.value());
            } catch (...) {
                Store::discard_if_created(std::move(target).value());  // the copy rolled back: leave no empty store
                throw;
            }
            if (!copied) {
                Store::discard_if_created(std::move(target).value());
                throw Failure{kBadInput, copied.error().message};
            }
            const std::string shown_from = shown_store_address(from), shown_to = shown_store_address(to);
            if (global.json) write_copy_json(std::cout, shown_from, shown_to, copied.value());
            else write_copy_text(std::cout, shown_from, shown_to, copied.value());
            return static_cast<int>(kFound);
        };
    });
}

}  // namespace allegraph::cli
