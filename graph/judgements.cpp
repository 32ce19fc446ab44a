// judge_not_same and not_same_pairs (graph/judgements.hpp).
#include "graph/judgements.hpp"

#include "graph/correction_run.hpp"
#include "graph/fact_lookup.hpp"
#include "graph/sqlite/engine.hpp"
#include "graph/text.hpp"

namespace allegraph {

Result<CorrectionReport> judge_not_same(Store& store, const std::string& a, const std::string& b,
                                        const std::string& reason, bool include_private) {
    return run_correction(store, "not_same", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        SQLite::Database& db = sqlite_db(store);
        auto first = find_visible_fact(db, a, include_private);
        if (!first) return Error{"no entity, event or source has the id " + in_quotes(a)};
        auto second = find_visible_fact(db, b, include_private);
        if (!second) return Error{"no entity, event or source has the id " + in_quotes(b)};
        if (first->kind == FactKind::relation || first->kind != second->kind)
            return Error{a + " and " + b + " are not two entities, two events or two sources"};
        if (first->key == second->key) return Error{a + " and " + b + " are one record already"};
        recorder.before_change(first->kind, first->key);
        recorder.before_change(second->kind, second->key);
        SQLite::Statement st(db, "INSERT INTO judgements(kind, first, second, verdict, reason) VALUES (?, ?, ?, 'not_same', ?)"
                                 " ON CONFLICT(kind, first, second) DO UPDATE SET reason = excluded.reason");
        st.bind(1, std::string(fact_kind_name(first->kind)));
        st.bind(2, std::min(first->key, second->key));
        st.bind(3, std::max(first->key, second->key));
        st.bind(4, reason);
        st.exec();
        return a + " " + b;
    });
}

std::set<std::pair<std::int64_t, std::int64_t>> not_same_pairs(SQLite::Database& db, FactKind kind) {
    SQLite::Statement st(db, "SELECT first, second FROM judgements WHERE kind = ?");
    st.bind(1, std::string(fact_kind_name(kind)));
    std::set<std::pair<std::int64_t, std::int64_t>> out;
    while (st.executeStep()) out.emplace(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
    return out;
}

}  // namespace allegraph
