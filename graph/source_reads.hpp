// Source reads: what tells one witness from another — which sources republish which, and the
// titles and publishers of the sources that have a title (queries/source_roots.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

// Each source that republishes another, as (its id, the other's id).
std::vector<std::pair<std::string, std::string>> republications(Store& store);

struct TitledSource {
    std::int64_t key = 0;
    std::string id, title, publisher;
};

// The sources with a title, by id.
std::vector<TitledSource> titled_sources(Store& store);

}  // namespace allegraph
