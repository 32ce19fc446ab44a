// merge_entities (graph/corrections.hpp) and merge_entity_into (graph/merge.hpp): two records of
// one entity become one.
#include "graph/merge.hpp"

#include <string>
#include <utility>

#include "graph/citation_records.hpp"
#include "graph/correction_run.hpp"
#include "graph/merge_moves.hpp"
#include "graph/vocabulary.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

// Why `gone` cannot be merged into `keep`, or empty.
std::string merge_refusal(const MergedEntity& keep, const MergedEntity& gone) {
    if (keep.key == gone.key) return "an entity cannot be merged with itself";
    if (gone.needs_review) return {};  // an import's guess at kind and privacy yields
    if (keep.kind != gone.kind)
        return "cannot merge " + gone.id + " (" + gone.kind + ") into " + keep.id + " (" + keep.kind + ")";
    if (keep.is_public != gone.is_public)
        return "one of " + keep.id + " and " + gone.id +
               " is private and the other is not: make them agree (edit whether each is public) first";
    return {};
}

// Points relation `key` at `keep` instead of `gone`. It may become a relation of the entity
// with itself (dropped) or repeat one the kept entity has (its citations move there).
void move_relation(Store& store, ChangeRecorder& recorder, std::int64_t key, std::int64_t keep, std::int64_t gone) {
    RelationEnds ends = relation_ends(store, key);
    std::int64_t from = ends.from == gone ? keep : ends.from;
    std::int64_t to = ends.to == gone ? keep : ends.to;
    if (is_symmetric_relation(ends.type) && entity_text_id(store, to) < entity_text_id(store, from)) std::swap(from, to);
    if (from == to) return remove_fact(store, FactKind::relation, key);
    if (auto existing = other_relation(store, from, ends.type, to, key)) {
        recorder.before_change(FactKind::relation, *existing);
        copy_citations(store, FactKind::relation, key, *existing);
        return remove_fact(store, FactKind::relation, key);
    }
    set_relation_ends(store, key, from, to);
}

}  // namespace

Result<std::string> merge_entity_into(Store& store, ChangeRecorder& recorder, const std::string& keep_id,
                                      const std::string& gone_id) {
    auto keep = entity_for_merge(store, keep_id);
    if (!keep) return Error{"no entity has the id " + in_quotes(keep_id)};
    auto gone = entity_for_merge(store, gone_id);
    if (!gone) return Error{"no entity has the id " + in_quotes(gone_id)};
    if (gone->id != gone_id) return Error{gone_id + " was already merged into " + gone->id};
    if (auto refusal = merge_refusal(*keep, *gone); !refusal.empty()) return Error{refusal};
    recorder.before_change(FactKind::entity, keep->key);
    recorder.before_change(FactKind::entity, gone->key);
    for (auto event : entity_events(store, gone->key)) recorder.before_change(FactKind::event, event);
    move_participations(store, keep->key, gone->key);
    for (auto relation : entity_relations(store, gone->key, true)) recorder.before_change(FactKind::relation, relation);
    move_relation_context(store, keep->key, gone->key);
    for (auto relation : entity_relations(store, gone->key, false))
        move_relation(store, recorder, relation, keep->key, gone->key);
    copy_citations(store, FactKind::entity, gone->key, keep->key);
    move_aliases(store, keep->key, gone->key);
    move_redirects(store, FactKind::entity, keep->key, gone->key);
    remove_fact(store, FactKind::entity, gone->key);
    add_redirect(store, FactKind::entity, gone->id, keep->key);
    return keep->id;
}

Result<CorrectionReport> merge_entities(Store& store, const std::string& keep_id, const std::string& gone_id,
                                        const std::string& reason, bool include_private) {
    return run_correction(store, "merge", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        for (const auto& id : {keep_id, gone_id}) {
            auto row = entity_for_merge(store, id);
            if (row && !row->is_public && !include_private) return Error{"no entity has the id " + in_quotes(id)};
        }
        return merge_entity_into(store, recorder, keep_id, gone_id);
    });
}

}  // namespace allegraph
