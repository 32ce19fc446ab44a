#include "queries/pending.hpp"

#include <algorithm>
#include <cstdint>

#include "graph/event_reads.hpp"

namespace allegraph {

namespace {

// Who took part, as (entity key, role) pairs in order.
std::vector<std::pair<std::int64_t, std::string>> keys_and_roles(const EventRow& e) {
    std::vector<std::pair<std::int64_t, std::string>> out;
    for (const auto& p : e.participants) out.emplace_back(p.entity.key, p.role);
    std::sort(out.begin(), out.end());
    return out;
}

// Two events state one open item: the same type, negation and parties, overlapping dates.
bool same_item(const EventRow& a, const EventRow& b) {
    return a.type == b.type && a.negated == b.negated && overlaps(a.date, b.date) && keys_and_roles(a) == keys_and_roles(b);
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

std::vector<PendingItem> pending(Store& store, std::int64_t today, const QueryScope& scope,
                                 const Privacy& privacy) {
    std::vector<PendingItem> out;
    for (auto& event : load_events(store, open_item_keys(store, today, scope), scope, privacy)) {
        auto same = std::find_if(out.begin(), out.end(), [&](const PendingItem& item) { return same_item(item.event, event); });
        if (same == out.end()) out.push_back({std::move(event), false, {}});
        else absorb(*same, std::move(event));
    }
    for (auto& item : out) item.past_due = item.event.due && !item.event.due->open_end() && item.event.due->hi < today;
    return out;
}

}  // namespace allegraph
