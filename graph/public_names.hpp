// Public names: the names and aliases of public entities that hold given words, found through the
// full-text index over names. Redaction (queries/privacy.hpp) asks for them to tell a private name
// standing alone from the same words inside a longer public name ("Motion Picture Arts" in
// "Academy of Motion Picture Arts and Sciences"), without reading every name in the store.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

class PublicNames {
public:
    explicit PublicNames(Store& store);
    ~PublicNames();
    PublicNames(const PublicNames&) = delete;
    PublicNames& operator=(const PublicNames&) = delete;

    // The names and aliases of public entities holding the words of `phrase` in a row (case- and
    // accent-insensitive, as the full-text index reads them), each once; none for a phrase without words.
    std::vector<std::string> with_phrase(std::string_view phrase);

    // Whether any name or alias in the store (public or not) holds the words of `phrase` in a row:
    // a cheap test (one row at most) that rules a longer phrase out before with_phrase is asked.
    bool any_holds(std::string_view phrase);

private:
    struct Statement;  // the prepared lookups, defined by the engine
    std::unique_ptr<Statement> statement_;
};

}  // namespace allegraph
