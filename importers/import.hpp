// The import command's engine: reads files of any supported format and writes
// them to the store in ONE transaction. Any error rolls everything back, so the
// database is exactly as it was; a dry run validates everything, then rolls back.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct ImportOptions {
    std::string format;      // "json", "jsonl", "csv", "article", "timelinejs-csv", or empty to choose by file extension
    std::string column_map;  // CSV: "Their header=our column,..." ("Org=actor,Action=type")
    std::vector<std::string> text_roots;  // folders, besides each data file's own, a source's text_file may be read from
    bool allow_uncited = false;
    bool dry_run = false;
    // Without it, private entities are as if they were not there: their ids are unknown ids, their
    // names find nothing (a new proposed entity is made instead), no message names one.
    bool include_private = false;
    std::function<void(std::size_t done, std::size_t total)> progress;  // bytes of input read; may be empty
    // Articles: the source's metadata (else read from a sidecar FILE.json).
    std::string source_id, title, publisher, published, url;
};

// An entity an import created from a bare name (an article's proposal), for the user to check.
struct CreatedEntity {
    std::string id, name, kind;
    bool is_public = false;
    std::string reason;  // why the importer thinks it is this kind
};

// What an import read, and what the user should know that is not an error.
struct ImportReport {
    std::size_t sources = 0, entities = 0, events = 0, relations = 0, links = 0;
    std::size_t kept = 0;  // article candidates already on record (reviewed, edited or rejected): left as they are
    std::vector<CreatedEntity> created;
    std::vector<std::string> warnings;
};

// Imports `files` in order, all or nothing. Errors read `file:line:column: record N (id): field: what`.
Result<ImportReport> import_files(Store& store, const std::vector<std::string>& files, const ImportOptions& options);

}  // namespace allegraph
