// Column updates (graph/column_update.hpp) in SQL.
#include "graph/column_update.hpp"

#include "graph/sql/engine.hpp"
#include "graph/sql/fact_images.hpp"

namespace allegraph {

void update_columns(Store& store, FactKind kind, std::int64_t key, const std::vector<ColumnValue>& values) {
    if (values.empty()) return;
    std::string sql = std::string("UPDATE ") + fact_table(kind) + " SET ";
    for (std::size_t i = 0; i < values.size(); ++i) sql += (i ? ", " : "") + values[i].column + " = ?";
    sql::Statement update(sql_db(store), sql + " WHERE id = ?");
    int at = 1;
    for (const auto& v : values) {
        if (const auto* text = std::get_if<std::string>(&v.value)) update.bind(at, *text);
        else if (const auto* number = std::get_if<std::int64_t>(&v.value)) update.bind(at, *number);
        else update.bind(at);
        ++at;
    }
    update.bind(at, key);
    update.exec();
}

std::vector<ColumnValue> column_values(Store& store, FactKind kind, std::int64_t key,
                                       const std::vector<std::string>& columns) {
    std::vector<ColumnValue> out;
    if (columns.empty()) return out;
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + columns[i];
    sql::Statement select(sql_db(store), sql + " FROM " + fact_table(kind) + " WHERE id = ?");
    select.bind(1, key);
    if (!select.executeStep()) return out;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto column = select.getColumn(static_cast<int>(i));
        if (column.isNull()) out.push_back({columns[i], nullptr});
        else if (column.isInteger()) out.push_back({columns[i], column.getInt64()});
        else out.push_back({columns[i], column.getString()});
    }
    return out;
}

}  // namespace allegraph
