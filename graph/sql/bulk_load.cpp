// Deferred indexing (graph/bulk_load.hpp) on SQLite: the schema's own CREATE statements, dropped and run
// again. PostgreSQL keeps its indexes in step (its writers share the store with readers meanwhile).
#include "graph/bulk_load.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {
namespace {

// Importers look records up by text id, name, alias and citation owner: those indexes stay.
constexpr const char* kDeferrable = R"SQL(
    SELECT sql FROM sqlite_schema
    WHERE (type = 'index' AND name IN ('events_date', 'events_type', 'participants_entity', 'event_links_target',
                                       'relations_to'))
       OR (type = 'trigger' AND (name LIKE '%\_search\_%' ESCAPE '\' OR name LIKE 'graph\_index\_%' ESCAPE '\'))
    ORDER BY type, name)SQL";

constexpr std::uintmax_t kSmallestDeferredInput = 1 << 20;
// Rebuilding an index sorts the whole table once; keeping it in step costs a random B-tree
// descent per row, several times dearer per row. Below a quarter of the store, keep in step.
constexpr std::uintmax_t kStoreToInputRatio = 4;

std::string drop_statement(const std::string& create) {
    // "CREATE INDEX name ON ..." / "CREATE TRIGGER name AFTER ..."
    std::size_t kind_start = create.find(' ') + 1;
    std::size_t name_start = create.find(' ', kind_start) + 1;
    std::size_t name_end = create.find_first_of(" \n", name_start);
    return "DROP " + create.substr(kind_start, name_start - 1 - kind_start) + " " +
           create.substr(name_start, name_end - name_start);
}

// The rows the name index reads are made anew (deleting them without their triggers is quick),
// then the index is rebuilt from them.
constexpr const char* kFillSearchNames = R"SQL(
    DELETE FROM search_name_rows;
    INSERT INTO search_name_rows(owner, field, body) SELECT text_id, 'name', name FROM entities;
    INSERT INTO search_name_rows(owner, field, body) SELECT text_id, 'description', description FROM entities
        WHERE description <> '';
    INSERT INTO search_name_rows(owner, field, body)
        SELECT e.text_id, 'alias', a.alias FROM aliases a JOIN entities e ON e.id = a.entity;
    INSERT INTO search_names(search_names) VALUES ('rebuild');)SQL";

}  // namespace

void use_import_cache(Store& store) {
    // SQLite's default 2 MB cache would spill to the WAL and read back over and over
    // (the profile showed 37% in pread/pwrite).
    if (dialect_of(store) == sql::Dialect::sqlite) sql_db(store).exec("PRAGMA cache_size = -262144");
}

bool large_beside_store(Store& store, std::uintmax_t input_bytes) {
    sql::Connection& db = sql_db(store);
    const char* size = dialect_of(store) == sql::Dialect::sqlite
                           ? "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
                           : "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                             " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'allegraph' AND c.relkind = 'r'";
    const auto store_bytes = static_cast<std::uintmax_t>(db.execAndGet(size).getInt64());
    return input_bytes >= kSmallestDeferredInput && input_bytes * kStoreToInputRatio >= store_bytes;
}

bool worth_deferring_indexes(Store& store, std::uintmax_t input_bytes) {
    return dialect_of(store) == sql::Dialect::sqlite && large_beside_store(store, input_bytes);
}

void settle_after_large_write(Store& store) {
    if (dialect_of(store) != sql::Dialect::postgresql) return;
    sql::Connection& db = sql_db(store);
    // Only an owner may analyse a table or merge its index's pending list (others get a warning per
    // table): an editor's import leaves both to autovacuum.
    sql::Statement owned(db, "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'allegraph'"
                             " AND pg_has_role(tableowner, 'MEMBER') ORDER BY tablename");
    std::vector<std::string> tables;
    while (owned.executeStep()) tables.push_back(owned.getColumn(0).getString());
    for (const auto& table : tables) db.exec("ANALYZE allegraph." + table);
    db.execAndGet("SELECT count(gin_clean_pending_list(CAST(c.oid AS regclass))) FROM pg_class c"
                  " JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin'"
                  " AND c.relnamespace = CAST('allegraph' AS regnamespace) AND pg_has_role(c.relowner, 'MEMBER')");
}

DeferredIndexes defer_indexes(Store& store) {
    sql::Connection& db = sql_db(store);
    DeferredIndexes deferred;
    sql::Statement list(db, kDeferrable);
    while (list.executeStep()) deferred.statements.push_back(list.getColumn(0).getString());
    for (const auto& create : deferred.statements) db.exec(drop_statement(create));
    // Without its triggers nothing records what the import changes: the writer's finish computes it whole.
    db.exec("DELETE FROM graph_index");
    return deferred;
}

void restore_indexes(Store& store, const DeferredIndexes& deferred) {
    sql::Connection& db = sql_db(store);
    db.exec(kFillSearchNames);
    for (const auto& create : deferred.statements) db.exec(create);
    db.exec("INSERT INTO search_summaries(search_summaries) VALUES ('rebuild')");
    db.exec("INSERT INTO search_quotes(search_quotes) VALUES ('rebuild')");
}

}  // namespace allegraph
