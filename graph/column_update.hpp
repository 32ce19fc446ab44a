// Column updates: one UPDATE of the columns a correction was given, on one fact's row, so that a
// correction changes only the fields the editor named (graph/edit.cpp, graph/candidate_edit.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "graph/fact_image.hpp"
#include "graph/store.hpp"

namespace allegraph {

// A column and its new value: NULL, an integer or a text.
struct ColumnValue {
    std::string column;
    std::variant<std::nullptr_t, std::int64_t, std::string> value;
};

// Sets `values` (columns named by the schema, never user text) on fact `key` of `kind`; nothing when empty.
void update_columns(Store& store, FactKind kind, std::int64_t key, const std::vector<ColumnValue>& values);

// The values of `columns` (names from the schema, never user text) of fact `key` of `kind`.
std::vector<ColumnValue> column_values(Store& store, FactKind kind, std::int64_t key,
                                       const std::vector<std::string>& columns);

}  // namespace allegraph
