// The native JSON importer (DESIGN §5): a whole document, or JSON Lines read one
// line at a time. Writes through a GraphWriter inside the caller's transaction.
#pragma once

#include <string>

#include "graph/result.hpp"
#include "graph/writer.hpp"
#include "importers/import.hpp"

namespace allegraph {

enum class JsonShape { document, lines };

// Reads `path` in `shape` and writes every record; counts go to `report`.
Result<void> import_json(GraphWriter& writer, const std::string& path, JsonShape shape, const ImportOptions& options,
                         ImportReport& report);

}  // namespace allegraph
