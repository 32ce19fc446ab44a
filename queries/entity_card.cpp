#include "queries/entity_card.hpp"

#include "graph/entity_reads.hpp"
#include "queries/timeline.hpp"

namespace allegraph {

std::vector<RelationRow> relations_of(Store& store, std::int64_t key, const QueryScope& scope, const Privacy& privacy) {
    std::vector<RelationRow> out = relation_rows(store, key, scope, privacy);
    if (scope.as_of) std::erase_if(out, [](const RelationRow& row) { return row.citations.empty(); });
    return out;
}

EntityCard entity_card(Store& store, const EntityRef& entity, const QueryScope& scope, const Privacy& privacy) {
    EntityCard card;
    card.entity = entity;
    if (auto details = entity_details(store, entity.key, privacy)) {
        card.category = std::move(details->category);
        card.description = std::move(details->description);
        card.size = std::move(details->size);
        card.needs_review = details->needs_review;
        card.unsupported = details->unsupported;
    }
    if (!entity.redacted) card.aliases = entity_aliases(store, entity.key);
    card.citations = citations_for(store, CitationOwner::entity, entity.key, scope, privacy);
    card.relations = relations_of(store, entity.key, scope, privacy);
    TimelineFilter filter;
    filter.entity = entity.key;
    card.events = timeline(store, filter, scope, privacy);
    return card;
}

}  // namespace allegraph
