// Search: full text over names, aliases, descriptions, summaries and quotes
// (SQLite FTS5, accent-insensitive), ranked by BM25, with the matching snippet.
// Words are matched as given (no query syntax), all of them in one field. A
// search for a word of a private name finds nothing unless private entities are
// in scope, so a search cannot confirm that a private person is on record.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "queries/scope.hpp"

namespace allegraph {

struct SearchHit {
    std::string owner;    // the entity, event or relation id whose text matched
    std::string kind;     // "entity", "event" or "relation"
    std::string label;    // entity name or event summary, redacted
    std::string field;    // name, alias, description, summary or quote
    std::string snippet;  // the matching text with [matches] marked, redacted
    double rank = 0;      // BM25; lower is better
};

// The best `limit` hits for `text` within `scope`.
std::vector<SearchHit> search(SQLite::Database& db, const std::string& text, const QueryScope& scope,
                              const Privacy& privacy, std::size_t limit);

}  // namespace allegraph
