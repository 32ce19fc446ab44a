// Check: the fact-checker's question — did ACTOR do TYPE (to SUBJECT) (on DATE), with this due
// date, status, nature, or did it not happen? Each event on record is weighed field by field:
// `supported` when an event matches every field asked (and the verdict says where the record
// holds less than the claim: a procedure only started, a decision due but not yet taken, a date
// the sources give less precisely); `contradicted` when the matching events on record all
// disagree on a date or a due date, or a source reports that it had (or had not) happened;
// `not_found` otherwise, which is never evidence that it did not happen.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "queries/privacy.hpp"
#include "graph/rows.hpp"
#include "graph/scope.hpp"
#include "graph/store.hpp"

namespace allegraph {

struct Claim {
    EntityRef actor;
    std::string type;
    std::shared_ptr<const EventTypeDefinition> definition;  // the type's, from the store's vocabulary
    std::optional<EntityRef> subject;  // required except for types that need none (denial, apology, …)
    std::optional<Date> date;
    std::optional<Date> due;
    std::string status;  // "" when not asked
    std::string nature;  // allegations; "" when not asked
    bool negated = false;  // the claim is that it had not happened
};

// Whether a claim of this type may name no subject: what someone does on their own (a denial, an
// apology, a statement), a type whose subject role is not required (the vocabulary's `required`).
bool subject_optional(const EventTypeDefinition& type);

// One field of the claim weighed against one event.
struct FieldVerdict {
    std::string field;      // type, actor, subject, date, due, status, nature, negated
    std::string claimed;    // "" when the claim does not ask
    std::string on_record;  // "" when the record holds nothing for it
    std::string verdict;    // match, mismatch, not_on_record, not_asked, less_precise
};

// One event weighed against the claim.
struct Evidence {
    EventRow event;
    std::string bearing;  // "supports", "contradicts" or "related"
    std::string reason;   // why, in words, including what the sources do not establish
    std::vector<FieldVerdict> fields;
    std::vector<std::string> holds_less;  // supporting evidence: where it says less than the claim
    std::size_t independent_sources = 0;  // its citations' sources, a republished copy counted with its original
};

struct CheckResult {
    std::string verdict;  // "supported", "contradicted" or "not_found"
    std::string summary;  // the verdict in one careful sentence
    std::vector<Evidence> evidence;
    std::vector<std::string> holds_less;        // a supported verdict: where the record holds less than the claim
    std::size_t independent_sources = 0;         // behind the supporting evidence
    std::vector<std::string> retracted_sources;  // retracted sources the evidence cites (--include-unsupported)
    std::vector<std::string> left_out;           // matching events left out: every source retracted
};

// Weighs every event of the claim's subject (or, without one, of its actor) against the claim.
CheckResult check_claim(Store& store, const Claim& claim, const QueryScope& scope, const Privacy& privacy);

}  // namespace allegraph
