// Store (graph/store.hpp): opened on the engine its address names; what each engine does to open
// one is in graph/sql/sqlite/store_open.cpp and graph/sql/postgres/store_open.cpp.
#include "graph/store.hpp"

#include <cstdlib>

#include "graph/history.hpp"
#include "graph/private_names.hpp"
#include "graph/sql/engines.hpp"
#include "graph/sql/sqlite/schema.hpp"

namespace allegraph {

std::string resolve_db_path(const std::string& flag) {
    if (!flag.empty()) return flag;
    if (const char* env = std::getenv("ALLEGRAPH_DB"); env && *env) return env;
    return "allegraph.db";
}

std::string shown_store_address(const std::string& path) {
    return engines::is_postgres_address(path) ? engines::shown_postgres_address(path) : path;
}

std::string store_engine_name(const std::string& path) {
    return engines::is_postgres_address(path) ? "postgresql" : "sqlite";
}

int Store::schema_version() { return current_schema_version(); }

Store::Store(std::unique_ptr<Engine> engine, std::string path) : engine_(std::move(engine)), path_(std::move(path)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string& path, Mode mode) {
    auto opened = engines::is_postgres_address(path) ? engines::open_postgres(path, mode) : engines::open_sqlite(path, mode);
    if (!opened) return opened.error();
    std::unique_ptr<Store> store(new Store(std::move(opened.value().engine), path));
    store->created_ = opened.value().created;
    return store;
}

void Store::discard_if_created(std::unique_ptr<Store> store) {
    if (!store || !store->created_) return;
    // Only a store nothing was ever written to: another process may have imported meanwhile.
    if (sql_db(*store).execAndGet("SELECT count(*) FROM changes").getInt64() > 0) return;
    if (engines::is_postgres_address(store->path_)) {
        engines::remove_postgres_schema(store->engine());
        return;
    }
    const std::string path = store->path_;
    store.reset();
    engines::remove_sqlite(path);
}

Result<std::unique_ptr<Store>> Store::open_as_it_stood(const std::string& path, const std::string& moment) {
    auto current = open(path, Mode::read);
    if (!current) return current.error();
    try {
        std::unique_ptr<Store> past;
        if (engines::is_postgres_address(path)) {
            // The store itself, put back inside a transaction that is never committed: its
            // connection rolls it back when closed, so nothing is copied and nobody else sees it.
            auto opened = engines::open_postgres(path, Mode::write);
            if (!opened) return opened.error();
            past.reset(new Store(std::move(opened.value().engine), path));
            sql_db(*past).begin(false);
            // Undone one by one, facts may refer to one another meanwhile (a source syndicating another).
            sql_db(*past).exec("SET CONSTRAINTS ALL DEFERRED");
        } else {
            past.reset(new Store(engines::sqlite_private_copy(*current.value()), ""));
            sql_db(*past).begin(true);
        }
        if (auto rolled = roll_back_to(*past, moment); !rolled) return rolled.error();
        carry_private_entities(*current.value(), *past);  // the past answered with today's privacy
        if (!engines::is_postgres_address(path)) sql_db(*past).commit();
        return past;
    } catch (const std::exception& e) {
        return Error{"cannot put database " + path + " back as it stood: " + e.what()};
    }
}

std::unique_ptr<Store> Store::open_in_memory() {
    return std::unique_ptr<Store>(new Store(engines::sqlite_in_memory(), ":memory:"));
}

}  // namespace allegraph
