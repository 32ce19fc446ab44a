// store_failure (graph/store_error.hpp): the engines' failures are sql::Error, or SQLiteCpp's own.
#include "graph/store_error.hpp"

#include <SQLiteCpp/Exception.h>

#include "graph/sql/connection.hpp"

namespace allegraph {

std::optional<std::string> store_failure(const std::exception& e) {
    if (dynamic_cast<const SQLite::Exception*>(&e) == nullptr && dynamic_cast<const sql::Error*>(&e) == nullptr)
        return std::nullopt;
    return std::string(e.what());
}

}  // namespace allegraph
