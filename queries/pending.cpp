#include "queries/pending.hpp"

#include <algorithm>

#include "queries/event_loader.hpp"

namespace allegraph {

std::vector<PendingItem> pending(SQLite::Database& db, std::int64_t today, const QueryScope& scope,
                                 const Privacy& privacy) {
    std::string sql = R"(SELECT e.id FROM events e
        WHERE )" + review_condition(scope) + R"( AND e.negated = 0 AND e.date_lo <= ?1
          AND (e.status IN ('started', 'pending') OR (e.due IS NOT NULL AND e.status <> 'completed'))
          AND NOT EXISTS (SELECT 1 FROM event_links l JOIN events f ON f.id = l.event
                          WHERE l.target = e.id AND l.type = 'follows_up' AND f.status = 'completed'
                            AND f.date_hi <= ?1))";
    if (scope.as_of)
        sql += " AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c.event = e.id" +
               published_by_condition(scope) + ")";
    SQLite::Statement st(db, sql + " ORDER BY coalesce(e.due_lo, e.date_hi), e.date_lo, e.text_id");
    st.bind(1, today);
    std::vector<std::int64_t> keys;
    while (st.executeStep()) keys.push_back(st.getColumn(0).getInt64());
    std::vector<PendingItem> out;
    for (auto& event : load_events(db, keys, scope, privacy)) {
        bool past_due = event.due && !event.due->open_end() && event.due->hi < today;
        out.push_back({std::move(event), past_due});
    }
    return out;
}

}  // namespace allegraph
