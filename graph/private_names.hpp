// Private names: what redaction (queries/privacy.hpp) must hide — for each private entity
// (`public: false`) its kind, its name and aliases, and the ids that name it (its own and those
// merged into it), read in one pass over the store's index of private entities.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

struct PrivateEntity {
    std::int64_t key = 0;
    std::string kind;
    std::vector<std::string> names;  // the display name first, then the aliases
    std::vector<std::string> ids;    // its text id, then ids merged into it
};

// Every private entity of the store, by key, and those carried into it by carry_private_entities.
std::vector<PrivateEntity> read_private_entities(Store& store);

// Makes `past` (a copy of `now` put back as it stood, graph/store.hpp) as private as `now` is: every
// entity private now is private there too, and its names, aliases and ids today are hidden there
// even where the past knew it by others or not at all (kept in a temporary table of `past`'s connection).
void carry_private_entities(Store& now, Store& past);

}  // namespace allegraph
