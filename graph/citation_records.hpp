// Citation records: the citations a correction or a review decision adds to a fact, each a quote
// from a source; a fact never cites the same quote from the same source twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "graph/fact_image.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Adds to fact `key` of `kind` (an entity, event or relation) a citation of source `source` with
// `quote`, at code points `span` of the source's text when known, unless the fact already cites
// that quote from that source.
void add_citation(Store& store, FactKind kind, std::int64_t key, std::int64_t source, const std::string& quote,
                  const std::optional<std::pair<std::int64_t, std::int64_t>>& span);

// Adds to fact `to` of `kind` (an entity, event or relation) every citation of fact `from` of that
// kind but those it already holds (same source and quote).
void copy_citations(Store& store, FactKind kind, std::int64_t from, std::int64_t to);

}  // namespace allegraph
