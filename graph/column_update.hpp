// Column updates: one UPDATE of the columns a correction was given, on one row, so that a
// correction changes only the fields the editor named (graph/edit.cpp, graph/candidate_edit.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

// A column and its new value: NULL, an integer or a text.
struct ColumnValue {
    std::string column;
    std::variant<std::nullptr_t, std::int64_t, std::string> value;
};

// Sets `values` on row `key` of `table` (a fixed table name, never user text); nothing when empty.
void update_columns(Store& store, const char* table, std::int64_t key, const std::vector<ColumnValue>& values);

// The values of `columns` (names from the schema, never user text) of row `key` of `table`.
std::vector<ColumnValue> column_values(Store& store, const char* table, std::int64_t key,
                                       const std::vector<std::string>& columns);

}  // namespace allegraph
