// Editor values: the columns of facts an editor set by hand — `edit`, `review --edit`,
// `review --accept-entity` — recorded so that importing an older file again never undoes them:
// GraphWriter keeps each such column as the editor left it and says what it did not apply.
// An event's participants, changed by `review --edit`, count as one column, "participants".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/column_update.hpp"
#include "graph/fact_image.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Records that an editor set the columns of `values` on fact `key`.
void mark_edited(Store& store, FactKind kind, std::int64_t key, const std::vector<ColumnValue>& values);

// Records that an editor set the column `column` of fact `key`.
void mark_edited(Store& store, FactKind kind, std::int64_t key, const std::string& column);

// The columns of fact `key` an editor set, by name.
std::vector<std::string> edited_columns(Store& store, FactKind kind, std::int64_t key);

}  // namespace allegraph
