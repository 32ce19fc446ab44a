// The native JSON export (DESIGN §5, data/schema.json): the selection as one
// document that `allegraph import` reads back. The order and layout are fixed,
// so export → import into an empty database → export gives the same bytes.
#pragma once

#include <functional>
#include <ostream>

#include "queries/privacy.hpp"

namespace allegraph {

// Writes the current export selection as a native document, calling `progress` after each record.
void write_native_json(std::ostream& out, Store& store, const Privacy& privacy,
                       const std::function<void()>& progress);

}  // namespace allegraph
