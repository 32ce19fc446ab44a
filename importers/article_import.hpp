// The article importer (DESIGN §5): a plain-text news article and its metadata
// (from the command line, or a sidecar FILE.json) become a source with its full
// text, and candidate events found by importers/event_rules.hpp in each
// sentence — stored `unreviewed`, with the sentence as the verbatim quote and
// its offsets, until `allegraph review` accepts or rejects them.
#pragma once

#include <string>

#include "graph/result.hpp"
#include "graph/vocabulary.hpp"
#include "graph/writer.hpp"
#include "importers/import.hpp"

namespace allegraph {

// Reads the article at `path` and writes its source and the candidate events of `vocabulary`'s types.
Result<void> import_article(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                            const Vocabulary& vocabulary, ImportReport& report);

}  // namespace allegraph
