// copy_store (graph/store_copy.hpp): table by table in key order, the rows read from one engine
// and written through the other's prepared statements, with the keys they had.
#include "graph/store_copy.hpp"

#include "graph/graph_index.hpp"
#include "graph/sql/engine.hpp"
#include "graph/sql/fact_images.hpp"

namespace allegraph {
namespace {

// The tables a copy writes, each after those it refers to, with the columns that order its rows.
// Left out, the store's derived tables: search_name_rows (filled by the copy's triggers),
// graph_index (computed at the end, which empties graph_index_dirty, filled by the copy's triggers)
// and the engine's full-text tables.
struct CopiedTableSpec {
    const char* table;
    const char* order;
};
constexpr CopiedTableSpec kTables[] = {
    {"vocabulary", "id"},           {"sources", "id"},
    {"entities", "id"},             {"aliases", "entity, alias"},
    {"events", "id"},               {"participants", "event, entity, role"},
    {"event_links", "event, type, target"}, {"relations", "id"},
    {"citations", "id"},            {"entity_redirects", "text_id"},
    {"event_redirects", "text_id"}, {"source_redirects", "text_id"},
    {"judgements", "kind, first, second"}, {"editor_values", "kind, key, column_name"},
    {"changes", "id"},              {"change_facts", "change, kind, fact"},
};

// The columns of `table`, double-quoted (one is named "end").
std::string quoted_columns(sql::Connection& db, const char* table, std::size_t& count) {
    std::string out;
    count = 0;
    for (const auto& column : table_columns(db, table)) {
        out += (out.empty() ? "\"" : ", \"") + column + "\"";
        ++count;
    }
    return out;
}

std::int64_t copy_table(sql::Connection& from, sql::Connection& to, const CopiedTableSpec& spec) {
    std::size_t count = 0;
    const std::string columns = quoted_columns(to, spec.table, count);
    std::string marks;
    for (std::size_t i = 0; i < count; ++i) marks += i ? ", ?" : "?";
    sql::Statement read(from, "SELECT " + columns + " FROM " + spec.table + " ORDER BY " + spec.order);
    sql::Statement write(to, "INSERT INTO " + std::string(spec.table) + "(" + columns + ") VALUES (" + marks + ")");
    std::int64_t rows = 0;
    while (read.executeStep()) {
        write.reset();
        for (int i = 0; i < static_cast<int>(count); ++i) {
            const sql::Column value = read.getColumn(i);
            if (value.isNull()) write.bind(i + 1);
            else if (value.isInteger()) write.bind(i + 1, value.getInt64());
            else write.bind(i + 1, value.getString());
        }
        write.exec();
        ++rows;
    }
    return rows;
}

bool holds_anything(sql::Connection& db) {
    return db.execAndGet("SELECT (SELECT count(*) FROM changes) + (SELECT count(*) FROM sources) + "
                         "(SELECT count(*) FROM entities) + (SELECT count(*) FROM vocabulary)")
               .getInt64() > 0;
}

// PostgreSQL's identity columns go on from the largest key copied (SQLite's do by themselves).
void continue_keys(sql::Connection& db) {
    if (db.dialect() != sql::Dialect::postgresql) return;
    for (const char* table : {"sources", "entities", "events", "relations", "citations", "changes", "vocabulary"})
        db.exec(std::string("SELECT setval(pg_get_serial_sequence('") + table + "', 'id'), max(id)) FROM " + table +
                " HAVING max(id) IS NOT NULL");
}

}  // namespace

Result<std::vector<CopiedTable>> copy_store(Store& from, Store& to) {
    sql::Connection& source = sql_db(from);
    sql::Connection& target = sql_db(to);
    if (holds_anything(target)) return Error{"the store to copy into is not empty; a copy never merges two stores"};
    sql::Transaction transaction(target);
    // Rows may refer to later ones (a source syndicated from a newer one): keys are checked at commit.
    target.exec(target.dialect() == sql::Dialect::sqlite ? "PRAGMA defer_foreign_keys = ON" : "SET CONSTRAINTS ALL DEFERRED");
    std::vector<CopiedTable> copied;
    for (const auto& spec : kTables) copied.push_back({spec.table, copy_table(source, target, spec)});
    continue_keys(target);
    transaction.commit();
    to.engine().vocabulary.reset();
    refresh_graph_index(to);
    return copied;
}

}  // namespace allegraph
