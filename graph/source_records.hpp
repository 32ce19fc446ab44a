// Source records: what the corrections read and change on one source's row — whether it holds a
// text and whether it is retracted — and its retraction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "graph/store.hpp"

namespace allegraph {

struct SourceState {
    std::int64_t key = 0;
    std::optional<std::string> text;       // the full text, when stored
    std::optional<std::string> retracted;  // when it was retracted (graph/history.hpp utc_now), if it was
};

// The source whose own id is `id` (not an id merged into it), if any.
std::optional<SourceState> source_state(Store& store, const std::string& id);

// Marks source `key` retracted now, for `reason`.
void mark_retracted(Store& store, std::int64_t key, const std::string& reason);

}  // namespace allegraph
