// What `allegraph init` and `allegraph copy` did, in text and in --json.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "graph/store_copy.hpp"

namespace allegraph {

// The store `init` was given: where it is (shown without a password), on which engine, at which
// schema version, and whether this run created it.
struct InitializedStore {
    std::string address;
    std::string engine;
    int schema_version = 0;
    bool created = false;
};

// "initialized a postgresql store at ADDRESS (schema 7)" or "ADDRESS already holds an allegraph store (schema 7)".
void write_init_text(std::ostream& out, const InitializedStore& store);

// {"store": ADDRESS, "engine": "sqlite"|"postgresql", "schema_version": N, "created": true|false}
void write_init_json(std::ostream& out, const InitializedStore& store);

// "copied FROM to TO:" then one "  TABLE  ROWS" line per table.
void write_copy_text(std::ostream& out, const std::string& from, const std::string& to,
                     const std::vector<CopiedTable>& tables);

// {"from": ADDRESS, "to": ADDRESS, "tables": [{"table", "rows"}]}
void write_copy_json(std::ostream& out, const std::string& from, const std::string& to,
                     const std::vector<CopiedTable>& tables);

}  // namespace allegraph
