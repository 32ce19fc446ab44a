#include "graph/entity_review.hpp"

#include "graph/column_update.hpp"
#include "graph/editor_values.hpp"
#include "graph/entity_records.hpp"
#include "graph/merge.hpp"
#include "graph/vocabulary.hpp"
#include "graph/text.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

Result<std::vector<ColumnValue>> decision_values(const EntityDecision& decision, const EntityClass& row,
                                                 const std::vector<std::string_view>& categories) {
    if (decision.kind && !in_vocabulary(entity_kinds(), *decision.kind))
        return field_error("kind", in_quotes(*decision.kind) + " is not one of " + join_vocabulary(entity_kinds()));
    const std::string kind = decision.kind.value_or(row.kind);
    if (decision.category && kind != "organization")
        return subject_error("category", "applies to organizations, and this entity's kind is " + kind);
    if (decision.category && !in_vocabulary(categories, *decision.category))
        return field_error("category", in_quotes(*decision.category) + " is not one of " + join_vocabulary(categories));
    std::string category = kind != "organization" ? "" : decision.category.value_or(row.category);
    std::vector<ColumnValue> out{{"needs_review", std::int64_t{0}}, {"kind", kind},
                                 {"category", category.empty() && kind == "organization" ? "other" : category}};
    if (decision.is_public) out.push_back({"public", std::int64_t{*decision.is_public ? 1 : 0}});
    return out;
}

}  // namespace

Result<void> accept_entity(Store& store, ChangeRecorder& recorder, std::int64_t entity,
                           const std::string& label, const EntityDecision& decision) {
    auto row = entity_class(store, entity);
    if (!row) return field_error("entity", "no entity " + label);
    if (!row->needs_review)
        return field_error("entity", label + " is not a proposed entity; correct it with `allegraph edit`");
    auto values = decision_values(decision, *row, store_vocabulary(store).organization_categories());
    if (!values) return values.error();
    recorder.before_change(FactKind::entity, entity);
    update_columns(store, FactKind::entity, entity, *values);
    mark_edited(store, FactKind::entity, entity, *values);
    return {};
}

Result<void> merge_proposed_entity(Store& store, ChangeRecorder& recorder, const std::string& gone,
                                   const std::string& keep) {
    auto proposed = entity_needs_review(store, gone);
    if (!proposed) return field_error("merged", "no entity has the id " + in_quotes(gone));
    if (!*proposed)
        return field_error("merged", gone + " is not a proposed entity; merge entities on record with `allegraph merge`");
    auto merged = merge_entity_into(store, recorder, keep, gone);
    if (!merged) return field_error("merged", merged.error().message);
    return {};
}

}  // namespace allegraph
