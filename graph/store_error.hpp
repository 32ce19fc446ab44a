// Store errors: the store's engine reports a failure (a busy or full store, a broken file, a
// constraint) by throwing its own exception; callers that turn such failures into a message
// ("database error: ...") recognize them here without naming the engine.
#pragma once

#include <exception>
#include <optional>
#include <string>

namespace allegraph {

// The engine's message when `e` is a failure of the store's engine; nullopt for any other exception.
std::optional<std::string> store_failure(const std::exception& e);

}  // namespace allegraph
