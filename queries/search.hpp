// Search: full text over names, aliases, descriptions, summaries and quotes (the store's
// full-text indexes, graph/search_fts.hpp: accent-insensitive), with the matching snippet. Words
// are matched as given (no query syntax), all of them in one field. Unless private entities are in
// scope, a text is searched, ranked (BM25 over the texts as shown) and cut into a
// snippet as it is shown, redacted: a private name or id finds nothing, and what a
// search answers is the same whether a private person is on record or not.
#pragma once

#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct SearchHit {
    std::string owner;    // the entity, event or relation id whose text matched
    std::string kind;     // "entity", "event" or "relation"
    std::string label;    // entity name or event summary, redacted
    std::string field;    // name, alias, description, summary or quote
    std::string snippet;  // the matching text with [matches] marked, redacted
    double rank = 0;      // BM25 over the texts as shown; lower is better
};

// The best `limit` hits for `text` within `scope`.
std::vector<SearchHit> search(Store& store, const std::string& text, const QueryScope& scope,
                              const Privacy& privacy, std::size_t limit);

}  // namespace allegraph
