// Fact images (graph/fact_image.hpp) on the engine's connection itself: the tables that hold
// each kind of fact, and the image statements, for the engine's other files and for readers
// not yet given a Store.
#pragma once

#include "graph/sql/connection.hpp"

#include <array>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "graph/fact_image.hpp"

namespace allegraph {

// The table holding facts of `kind`: "sources", "entities", "events", "relations".
const char* fact_table(FactKind kind);

// The columns of `table` in the order the table declares them.
std::vector<std::string> table_columns(sql::Connection& db, const char* table);

// SQL reading the text at `path` (member names) of the JSON `json` (an SQL expression), in `db`'s dialect.
std::string json_text_at(sql::Connection& db, const std::string& json, std::initializer_list<const char*> path);

// The fact's image as it stands now in `db`, or nullopt when there is no such fact.
std::optional<std::string> fact_image(sql::Connection& db, FactKind kind, std::int64_t key);

struct FactImages::Statements {
    // The image of fact `key` from `db`, preparing the statement of `kind` on first use.
    std::optional<std::string> of(sql::Connection& db, FactKind kind, std::int64_t key);
    std::array<std::unique_ptr<sql::Statement>, 5> by_kind;
};

}  // namespace allegraph
