#include "queries/pending.hpp"

#include <algorithm>
#include <cstdint>

#include "queries/event_loader.hpp"

namespace allegraph {

namespace {

std::vector<std::pair<std::int64_t, std::string>> parties(const EventRow& e) {
    std::vector<std::pair<std::int64_t, std::string>> out;
    for (const auto& p : e.participants) out.emplace_back(p.entity.key, p.role);
    std::sort(out.begin(), out.end());
    return out;
}

// Two events state one open item: the same type, negation and parties, overlapping dates.
bool same_item(const EventRow& a, const EventRow& b) {
    return a.type == b.type && a.negated == b.negated && overlaps(a.date, b.date) && parties(a) == parties(b);
}

// Keeps the fuller of two statements of one item (a due date, then the narrower date) and every source.
void absorb(PendingItem& item, EventRow other) {
    auto width = [](const EventRow& e) { return e.date.open_start() ? INT64_MAX : e.date.hi - e.date.lo; };
    bool fuller = (other.due && !item.event.due) || (!!other.due == !!item.event.due && width(other) < width(item.event));
    if (fuller) std::swap(item.event, other);
    item.same_as.push_back(other.id);
    for (auto& c : other.citations) {
        bool seen = std::any_of(item.event.citations.begin(), item.event.citations.end(),
                                [&](const CitationRow& k) { return k.source == c.source && k.quote == c.quote; });
        if (!seen) item.event.citations.push_back(std::move(c));
    }
}

}  // namespace

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
        auto same = std::find_if(out.begin(), out.end(), [&](const PendingItem& item) { return same_item(item.event, event); });
        if (same == out.end()) out.push_back({std::move(event), false, {}});
        else absorb(*same, std::move(event));
    }
    for (auto& item : out) item.past_due = item.event.due && !item.event.due->open_end() && item.event.due->hi < today;
    return out;
}

}  // namespace allegraph
