// Editor values (graph/editor_values.hpp): the table `editor_values`.
#include "graph/editor_values.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {

void mark_edited(Store& store, FactKind kind, std::int64_t key, const std::string& column) {
    sql::Statement insert(sql_db(store), "INSERT INTO editor_values(kind, key, column_name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    insert.bind(1, std::string(fact_kind_name(kind)));
    insert.bind(2, key);
    insert.bind(3, column);
    insert.exec();
}

void mark_edited(Store& store, FactKind kind, std::int64_t key, const std::vector<ColumnValue>& values) {
    for (const auto& value : values) mark_edited(store, kind, key, value.column);
}

std::vector<std::string> edited_columns(Store& store, FactKind kind, std::int64_t key) {
    sql::Statement select(sql_db(store), "SELECT column_name FROM editor_values WHERE kind = ? AND key = ? ORDER BY column_name");
    select.bind(1, std::string(fact_kind_name(kind)));
    select.bind(2, key);
    std::vector<std::string> columns;
    while (select.executeStep()) columns.push_back(select.getColumn(0).getString());
    return columns;
}

}  // namespace allegraph
