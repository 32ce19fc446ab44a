// judge_not_same (graph/judgements.hpp); the table is the engine's (graph/sql/judgements_table.cpp).
#include "graph/judgements.hpp"

#include "graph/correction_run.hpp"
#include "graph/fact_lookup.hpp"
#include "graph/text.hpp"

namespace allegraph {

Result<CorrectionReport> judge_not_same(Store& store, const std::string& a, const std::string& b,
                                        const std::string& reason, bool include_private) {
    return run_correction(store, "not_same", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        auto first = find_visible_fact(store, a, include_private);
        if (!first) return Error{"no entity, event or source has the id " + in_quotes(a)};
        auto second = find_visible_fact(store, b, include_private);
        if (!second) return Error{"no entity, event or source has the id " + in_quotes(b)};
        if (first->kind == FactKind::relation || first->kind != second->kind)
            return Error{a + " and " + b + " are not two entities, two events or two sources"};
        if (first->key == second->key) return Error{a + " and " + b + " are one record already"};
        recorder.before_change(first->kind, first->key);
        recorder.before_change(second->kind, second->key);
        record_not_same(store, first->kind, first->key, second->key, reason);
        return a + " " + b;
    });
}

}  // namespace allegraph
