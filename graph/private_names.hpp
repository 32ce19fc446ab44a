// Private names: what redaction (queries/privacy.hpp) must hide — for each private entity
// (`public: false`) its kind, its name and aliases, and the ids that name it (its own and those
// merged into it), read in one pass over the store's index of private entities.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <string>
#include <vector>

namespace allegraph {

struct PrivateEntity {
    std::int64_t key = 0;
    std::string kind;
    std::vector<std::string> names;  // the display name first, then the aliases
    std::vector<std::string> ids;    // its text id, then ids merged into it
};

// Every private entity of the store, by key.
std::vector<PrivateEntity> read_private_entities(SQLite::Database& db);

}  // namespace allegraph
