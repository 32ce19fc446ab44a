// Check: the fact-checker's question — did ACTOR do TYPE to SUBJECT (on DATE)?
// `supported` when an event on record matches and its date interval is
// compatible with DATE; `contradicted` when the matching events on record all
// have incompatible dates, or a source reports that it had not happened at DATE;
// `not_found` otherwise, which is never evidence that it did not happen.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "queries/rows.hpp"
#include "queries/scope.hpp"

namespace allegraph {

struct Claim {
    EntityRef actor;
    std::string type;
    EntityRef subject;
    std::optional<Date> date;
};

// One event weighed against the claim.
struct Evidence {
    EventRow event;
    std::string bearing;  // "supports", "contradicts" or "related"
    std::string reason;   // why, in words, including what the sources do not establish
    std::size_t independent_sources = 0;  // its citations' sources, a republished copy counted with its original
};

struct CheckResult {
    std::string verdict;  // "supported", "contradicted" or "not_found"
    std::string summary;  // the verdict in one careful sentence
    std::vector<Evidence> evidence;
    std::size_t independent_sources = 0;       // behind the supporting evidence
    std::vector<std::string> retracted_sources;  // retracted sources the evidence cites (--include-unsupported)
    std::vector<std::string> left_out;           // matching events left out: every source retracted
};

// Weighs every event of `claim.subject` against the claim.
CheckResult check_claim(SQLite::Database& db, const Claim& claim, const QueryScope& scope, const Privacy& privacy);

}  // namespace allegraph
