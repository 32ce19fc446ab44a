// The CSV importer for the response tables desks keep in spreadsheets: one row
// per event under a header (date, type, actor, subject, status, summary,
// source_title, source_publisher, source_published, source_url, quote; also
// due, nature, id), other headers mapped with --map. Names resolve to known
// entities by name or alias; a name the store lacks becomes a new entity
// (an organization in the actor column, a person in the subject column)
// marked needs_review. Errors name file:line:column, row and column.
#pragma once

#include <string>

#include "graph/result.hpp"
#include "graph/writer.hpp"
#include "importers/import.hpp"

namespace allegraph {

// Reads the CSV file at `path` and writes one event per row through `writer`.
Result<void> import_csv(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                        ImportReport& report);

}  // namespace allegraph
