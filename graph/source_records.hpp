// Source records: what the corrections and the writer's rules read and change on one source's row —
// whether it holds a text, the quotes cited from it, what it republishes, whether it is retracted —
// and its retraction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

struct SourceState {
    std::int64_t key = 0;
    std::optional<std::string> text;       // the full text, when stored
    std::optional<std::string> retracted;  // when it was retracted (graph/history.hpp utc_now), if it was
};

// The source whose own id is `id` (not an id merged into it), if any.
std::optional<SourceState> source_state(Store& store, const std::string& id);

// The quotes cited from source `key`, each as often as it is cited.
std::vector<std::string> quotes_cited_from(Store& store, std::int64_t key);

// Whether source `original`, or a source it republishes (however many steps up), is the source
// whose own id is `id`.
bool republishes(Store& store, std::int64_t original, const std::string& id);

// Marks source `key` retracted now, for `reason`.
void mark_retracted(Store& store, std::int64_t key, const std::string& reason);

}  // namespace allegraph
