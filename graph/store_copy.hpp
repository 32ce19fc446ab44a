// Copying a whole store into another, of either engine (`allegraph copy`): every fact with its
// key, the history with its moments, the vocabulary and the editors' judgements, so that the copy
// answers every question as the original does, --as-of-db included. What the store derives from
// them (the full-text and name indexes, the adjacency index) is rebuilt by the copy's own engine.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

// How many rows of one table a copy wrote.
struct CopiedTable {
    std::string table;
    std::int64_t rows = 0;
};

// Copies every row of `from` into `to`, in one transaction of `to`. Refuses a `to` that holds any
// fact or history already: a copy never merges two stores.
Result<std::vector<CopiedTable>> copy_store(Store& from, Store& to);

}  // namespace allegraph
