// Public names: the names and aliases of public entities that hold given words, found through the
// full-text index over names. Redaction (queries/privacy.hpp) asks for them to tell a private name
// standing alone from the same words inside a longer public name ("Motion Picture Arts" in
// "Academy of Motion Picture Arts and Sciences"), without reading every name in the store.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <string_view>
#include <vector>

namespace allegraph {

class PublicNames {
public:
    explicit PublicNames(SQLite::Database& db);

    // The names and aliases of public entities holding the words of `phrase` in a row (case- and
    // accent-insensitive, as the full-text index reads them), each once; none for a phrase without words.
    std::vector<std::string> with_phrase(std::string_view phrase);

private:
    SQLite::Statement statement_;
};

}  // namespace allegraph
