// allegraph init : makes a store ready to use (an SQLite file, or a PostgreSQL database's schema
// and its two roles) without importing anything.
#include <iostream>

#include "cli/common.hpp"
#include "exporters/store_output.hpp"

namespace allegraph::cli {

void add_init_command(CLI::App& app, GlobalOptions& global, std::function<int()>& run) {
    auto address = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("init", "Make a store ready: an SQLite file, or a PostgreSQL database's schema and roles");
    add_help_footer(*cmd,
                    "A PostgreSQL store is named by a libpq address (postgresql://USER@HOST/DATABASE, or with\n"
                    "?host=/socket/folder). init makes the schema `allegraph`, the redacted views of\n"
                    "`allegraph_redacted` and the roles allegraph_editor (reads and writes) and allegraph_reporter\n"
                    "(reads, never a private person's name); grant them to your users' logins. It needs a\n"
                    "role that may create in the database and create roles. Running it again changes nothing:\n"
                    "  allegraph init \"postgresql://admin@db.example.org/allegations\"",
                    {R"(allegraph init)", R"(allegraph init newsroom.db --json)"});
    cmd->add_option("store", *address, "The store to make (default: --db, $ALLEGRAPH_DB, ./allegraph.db)");
    cmd->callback([&global, address, &run] {
        run = [&global, address] {
            const std::string path = resolve_db_path(address->empty() ? global.db : *address);
            auto existing = Store::open(path, Store::Mode::write);
            InitializedStore summary{shown_store_address(path), store_engine_name(path), Store::schema_version(), false};
            if (!existing) {
                if (existing.error().code != ErrorCode::no_store) throw Failure{kBadInput, existing.error().message};
                auto made = Store::open(path, Store::Mode::create);
                if (!made) throw Failure{kBadInput, made.error().message};
                summary.created = true;
            }
            if (global.json) write_init_json(std::cout, summary);
            else write_init_text(std::cout, summary);
            return static_cast<int>(kFound);
        };
    });
}

}  // namespace allegraph::cli
