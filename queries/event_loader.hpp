// Loading full event rows (participants, citations, links) for a list of event
// keys in a few indexed queries, keeping the caller's order. Timeline, entity
// card and responses all read events through it.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"

namespace allegraph {

// The events with `keys`, in that order, with citations limited to the scope's as-of date.
std::vector<EventRow> load_events(SQLite::Database& db, const std::vector<std::int64_t>& keys,
                                  const QueryScope& scope, const Privacy& privacy);

// A date column as stored (EDTF text), or nullopt when NULL.
std::optional<Date> stored_date(const SQLite::Column& column);

// A JSON array of strings, for binding a word list to `json_each(?)`.
std::string word_list(const std::vector<std::string>& words);

// A JSON array of integers, for binding a key list to `json_each(?)`.
std::string key_list(const std::vector<std::int64_t>& keys);

// The SQL condition, starting " AND", (on the citation alias `c` joined to source alias `s`) that a
// citation counts: its source is not retracted (unless the scope includes unsupported facts) and was
// published by the scope's as-of date. Binds nothing: the day is inlined as an integer.
std::string published_by_condition(const QueryScope& scope);

// A citation row from the columns source text_id, title, publisher, url, published, quote, start, end
// beginning at `first`.
CitationRow read_citation(SQLite::Statement& statement, int first, const Privacy& privacy);

// The citations of one entity, event or relation (`owner_column` "entity", "event" or "relation"),
// oldest source first, within the scope's as-of date.
std::vector<CitationRow> citations_for(SQLite::Database& db, const char* owner_column, std::int64_t key,
                                       const QueryScope& scope, const Privacy& privacy);

// The SQL condition that event `alias` is in view: reviewed (or unreviewed when the scope allows),
// and supported (or not, when the scope allows).
std::string review_condition(const QueryScope& scope, const std::string& alias = "e");

// The SQL condition that relation `alias` is in view: supported, or not when the scope allows.
std::string relation_condition(const QueryScope& scope, const std::string& alias = "r");

}  // namespace allegraph
