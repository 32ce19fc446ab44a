// SQL helpers shared by the engine's reads: how a stored date column reads, lists bound to
// `json_each(?)`, the conditions that a fact is in a query's scope, and how a citation row reads.
// Internal to graph/sql/.
#pragma once

#include "graph/sql/connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"
#include "graph/redaction.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"

namespace allegraph::sql {

// A date column as stored (EDTF text), or nullopt when NULL.
std::optional<Date> stored_date(const sql::Column& column);

// A JSON array of strings, for binding a word list to `json_each(?)`.
std::string word_list(const std::vector<std::string>& words);

// A JSON array of integers, for binding a key list to `json_each(?)`.
std::string key_list(const std::vector<std::int64_t>& keys);

// The SQL condition, starting " AND", (on the citation alias `c` joined to source alias `s`) that a
// citation counts: its source is not retracted (unless the scope includes unsupported facts) and was
// published by the scope's as-of date, the parameter `:as_of` (bind_as_of binds it).
std::string published_by_condition(const QueryScope& scope);

// The SQL condition, starting " AND", that the event, entity or relation `owner` (an alias's key
// column, such as "e.id" with `owner_column` "event") is cited by a source published by the scope's
// as-of date (the parameter `:as_of`); empty without an as-of date.
std::string cited_by_as_of(const QueryScope& scope, const std::string& owner_column, const std::string& owner);

// Binds the scope's as-of day to `:as_of`, when the statement holds the parameter.
void bind_as_of(sql::Statement& statement, const QueryScope& scope);

// The SQL condition that event `alias` is in view: reviewed (or unreviewed when the scope allows),
// and supported (or not, when the scope allows).
std::string review_condition(const QueryScope& scope, const std::string& alias = "e");

// The SQL condition that relation `alias` is in view: supported, or not when the scope allows.
std::string relation_condition(const QueryScope& scope, const std::string& alias = "r");

// The columns read_citation reads, on citation alias `c` and source alias `s`.
inline constexpr const char* kCitationColumns =
    "s.text_id, s.title, s.publisher, s.url, s.published, c.quote, c.start, c.\"end\", s.retracted IS NOT NULL,"
    " (SELECT o.text_id FROM sources o WHERE o.id = s.syndicated_from)";

// A citation row from kCitationColumns beginning at `first`.
CitationRow read_citation(sql::Statement& statement, int first, const Redaction& redaction);

// An entity from the columns key, text id, name, kind and public beginning at `first`, as it may be shown.
EntityRef read_entity(sql::Statement& statement, int first, const Redaction& redaction);

}  // namespace allegraph::sql
