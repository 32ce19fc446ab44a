#include "queries/review_queue.hpp"

#include "graph/event_reads.hpp"
#include "graph/review_queue.hpp"
#include "queries/candidate_duplicates.hpp"

namespace allegraph {
namespace {

// The importer's reason when it gave one (in the description), else what every proposal has in common.
std::string reason_for(const ProposedEntity& entity, bool redacted, const Privacy& privacy) {
    if (!entity.description.empty() && !redacted) return privacy.scrub(entity.description);
    std::string reason = "an import met this name and found no entity on record by that name or alias";
    if (entity.kind == "person" && !entity.is_public) reason += "; a person named in passing stays private until reviewed";
    return reason;
}

}  // namespace

std::vector<ReviewCandidate> review_candidates(Store& store, std::optional<std::int64_t> source,
                                               const QueryScope& scope, const Privacy& privacy) {
    std::vector<ReviewCandidate> out;
    for (auto& event : load_events(store, candidate_event_keys(store, source), scope, privacy)) {
        auto duplicates = probable_duplicates(store, event, scope, privacy);
        out.push_back({std::move(event), std::move(duplicates)});
    }
    return out;
}

std::vector<ProposedEntityRow> review_entities(Store& store, std::optional<std::int64_t> source,
                                               const QueryScope& scope, const Privacy& privacy) {
    std::vector<ProposedEntityRow> out;
    for (auto& proposed : proposed_entities(store, source)) {
        ProposedEntityRow row;
        row.entity = privacy.entity(proposed.key, proposed.id, proposed.name, proposed.kind, proposed.is_public);
        row.category = proposed.category;
        row.is_public = proposed.is_public;
        row.reason = reason_for(proposed, row.entity.redacted, privacy);
        row.candidates = std::move(proposed.candidates);
        row.citations = citations_for(store, CitationOwner::entity, proposed.key, scope, privacy);
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace allegraph
