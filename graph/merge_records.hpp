// Event and source merge: two records of one fact, or of one document, become one. An event told by
// an article, a desk sheet and the curated case is one event with three citations; a source that came
// in twice (through an article and a sheet) is one source. Entity merge is graph/merge.hpp.
#pragma once

#include <string>

#include "graph/corrections.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Moves the citations, participants and links of event `gone` to `keep`, deletes `gone` and makes its
// id name `keep` from then on; both images stay in the history. Events of different types or
// negation are refused: they are not one fact.
Result<CorrectionReport> merge_events(Store& store, const std::string& keep, const std::string& gone,
                                      const std::string& reason);

// Moves every citation of source `gone` to `keep` (and what republishes it), deletes `gone` and makes
// its id name `keep`. Refused when `gone` holds a text and `keep` holds none or another: keep the one
// with the text, so that quotes stay checked against it.
Result<CorrectionReport> merge_sources(Store& store, const std::string& keep, const std::string& gone,
                                       const std::string& reason);

}  // namespace allegraph
