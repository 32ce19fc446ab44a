// Corrections: the desk's changes to facts already in the store — an edit, a source's
// retraction, the merge of two records of one entity. Each runs in one transaction and is
// logged with its reason in the change history (graph/history.hpp); an error changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

// New values for an edit; unset fields stay as they are.
struct FactEdit {
    std::optional<std::string> date;         // events and relations (EDTF)
    std::optional<std::string> status;       // events: started, pending, completed, or "" for none
    std::optional<std::string> summary;      // events
    std::optional<std::string> name;         // entities
    std::optional<std::string> description;  // entities
    std::optional<bool> is_public;           // entities
    // The source backing the correction, and its verbatim quote: added to the fact's citations.
    std::optional<std::string> cite_source, cite_quote;
};

// What a correction did, for the command's report.
struct CorrectionReport {
    std::int64_t change = 0;            // the change's id in the history; 0 when nothing changed
    std::string fact;                   // the fact named, as the history names it
    std::vector<std::string> changed;   // the facts whose images changed, as "kind id"
};

// Edits the event, entity or relation `id` (a relation as "FROM TYPE TO" or "relation:FROM>TYPE>TO").
// A private entity, or a relation of one, is an unknown id unless `include_private`.
Result<CorrectionReport> edit_fact(Store& store, const std::string& id, const FactEdit& edit, const std::string& reason,
                                   bool include_private);

// Marks the source retracted. Facts it alone supported become unsupported; the rest lose its citation
// from what queries count.
Result<CorrectionReport> retract_source(Store& store, const std::string& source_id, const std::string& reason);

// Moves everything of entity `gone` (names, aliases, participations, relations, citations) to `keep`,
// deletes `gone`, and makes its id name `keep` from then on. A private entity is an unknown id unless
// `include_private`.
Result<CorrectionReport> merge_entities(Store& store, const std::string& keep, const std::string& gone,
                                        const std::string& reason, bool include_private);

}  // namespace allegraph
