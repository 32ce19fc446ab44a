// What a miss or an ambiguous name tells the user: the entities the name may mean, with their ids
// and why each was suggested, as lines under the error or as a JSON document (`--json`).
#pragma once

#include <ostream>
#include <string>

#include "queries/resolve.hpp"

namespace allegraph {

// "\n  person:harvey-weinstein  Harvey Weinstein (person): spelling distance 1; ..." per suggestion,
// or per candidate when there are no suggestions; empty when there is nothing to list.
std::string suggestion_lines(const Resolution& resolution);

// {"error": MESSAGE, "name": NAME, "candidates": [{"id","name","kind","redacted","score","why":[...]}]}
void write_resolution_error_json(std::ostream& out, const std::string& message, const std::string& name,
                                 const Resolution& resolution);

}  // namespace allegraph
