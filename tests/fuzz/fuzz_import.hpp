// The body shared by the importer fuzz targets: the input, written to a file on tmpfs,
// is imported into one in-memory store as a dry run, so each run rolls back and the next
// starts from the same store (which already holds a few records to refer to).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/import.hpp"

namespace allegraph::fuzz {

// Imports `data` as `format` ("json", "jsonl", "csv" or "article"); errors are expected.
void import_input(const std::uint8_t* data, std::size_t size, const std::string& format);

}  // namespace allegraph::fuzz
