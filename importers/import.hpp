// The import command's engine: reads files of any supported format and writes
// them to the store in ONE transaction. Any error rolls everything back, so the
// database is exactly as it was; a dry run validates everything, then rolls back.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "importers/date_input.hpp"
#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct ImportOptions {
    std::string format;      // "json", "jsonl", "csv", "article", "timelinejs-csv", or empty to choose by file extension
    std::string column_map;  // CSV: "Their header=our column,..." ("Org=actor,Action=type")
    std::vector<std::string> value_maps;  // CSV: "COLUMN:their value=ours" ("Action:Fired=firing"), repeatable
    std::string map_file;    // CSV: a file of "Header=column" and "COLUMN:their value=ours" lines
    std::vector<std::string> new_names;  // names an import may create although they are near names on record
    bool link_by_name = false;  // JSON: an entity record not on record by id is linked by its name
    bool include_private = false;  // private entities are seen: compared with new names, named in the report
    std::vector<std::string> text_roots;  // folders, besides each data file's own, a source's text_file may be read from
    bool allow_uncited = false;
    DayMonthOrder date_order = DayMonthOrder::unknown;  // numeric day-month dates (--date-format DMY|MDY)
    bool dry_run = false;
    // Without it, private entities are as if they were not there: their ids are unknown ids, their
    // names find nothing (a new proposed entity is made instead), no message names one.
    std::function<void(std::size_t done, std::size_t total)> progress;  // bytes of input read; may be empty
    // Articles: the source's metadata (else read from a sidecar FILE.json).
    std::string source_id, title, publisher, published, url;
};

// An entity an import created (an article's proposal, a sheet's new name, a record of a file).
struct CreatedEntity {
    std::string id, name, kind;
    bool is_public = false;
    std::string reason;  // why the importer created it, and thinks it is this kind
};

// A statement an import attached to a fact on record instead of adding a second event, or an entity
// record a JSON import linked by name to the entity on record (`--link-by-name`).
struct Attachment {
    std::string record;  // the event or entity on record
    std::string from;    // where the statement was: "desk.csv:4 (row 3)", "sentence 2", a record's id
};

// What an import read, and what the user should know that is not an error.
struct ImportReport {
    std::size_t sources = 0, entities = 0, events = 0, relations = 0, links = 0;
    std::size_t vocabulary = 0;  // event types and organization categories the files added to the store's vocabulary
    std::size_t kept = 0;  // article candidates already on record (reviewed, edited or rejected): left as they are
    std::vector<CreatedEntity> created;
    std::vector<Attachment> attached;  // citations given to events on record
    std::vector<Attachment> linked;    // entity records linked by name
    std::vector<std::string> warnings;
};

// Imports `files` in order, all or nothing. Errors read `file:line:column: record N (id): field: what`.
Result<ImportReport> import_files(Store& store, const std::vector<std::string>& files, const ImportOptions& options);

}  // namespace allegraph
