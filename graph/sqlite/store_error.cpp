// store_failure (graph/store_error.hpp): SQLite's failures are SQLite::Exception.
#include "graph/store_error.hpp"

#include <SQLiteCpp/Exception.h>

namespace allegraph {

std::optional<std::string> store_failure(const std::exception& e) {
    if (dynamic_cast<const SQLite::Exception*>(&e) == nullptr) return std::nullopt;
    return std::string(e.what());
}

}  // namespace allegraph
