// Support: a fact is `unsupported` when it has citations and every one of them comes from
// a retracted source. Queries leave unsupported facts out unless asked (--include-unsupported);
// the flag is stored so that they can, and kept up to date by every writer.
#pragma once

#include "graph/history.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Sets or clears the flag on every entity, event and relation whose support changed,
// remembering each one's image in `recorder` first. Cheap when no source is retracted.
void refresh_support(Store& store, ChangeRecorder& recorder);

}  // namespace allegraph
