#include "graph/same_fact.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace allegraph {
namespace {

std::map<std::string, std::set<std::int64_t>> by_role(const EventStatement& e) {
    std::map<std::string, std::set<std::int64_t>> out;
    for (const auto& [entity, role] : e.participants) out[role].insert(entity);
    return out;
}

bool within(std::int64_t lo, std::int64_t hi, std::int64_t outer_lo, std::int64_t outer_hi) {
    return outer_lo <= lo && hi <= outer_hi;
}

std::size_t shared_participants(const EventStatement& a, const EventStatement& b) {
    std::size_t n = 0;
    for (const auto& p : a.participants)
        if (std::find(b.participants.begin(), b.participants.end(), p) != b.participants.end()) ++n;
    return n;
}

}  // namespace

bool same_kind_of_fact(std::string_view type_a, bool negated_a, std::int64_t lo_a, std::int64_t hi_a,
                       std::string_view type_b, bool negated_b, std::int64_t lo_b, std::int64_t hi_b) {
    return type_a == type_b && negated_a == negated_b && lo_a <= hi_b && lo_b <= hi_a;
}

bool states_same_fact(const EventStatement& a, const EventStatement& b) {
    if (!same_kind_of_fact(a.type, a.negated, a.date_lo, a.date_hi, b.type, b.negated, b.date_lo, b.date_hi)) return false;
    if (!within(a.date_lo, a.date_hi, b.date_lo, b.date_hi) && !within(b.date_lo, b.date_hi, a.date_lo, a.date_hi))
        return false;
    if (!a.status.empty() && !b.status.empty() && a.status != b.status) return false;
    auto ra = by_role(a), rb = by_role(b);
    bool shared = false;
    for (const auto& [role, entities] : ra) {
        auto other = rb.find(role);
        if (other == rb.end()) continue;
        const auto& theirs = other->second;
        bool equal = entities == theirs;
        if (role == "accuser" && !equal) return false;  // two accusers, two allegations
        bool nested = std::includes(entities.begin(), entities.end(), theirs.begin(), theirs.end()) ||
                      std::includes(theirs.begin(), theirs.end(), entities.begin(), entities.end());
        if (!nested) return false;  // the same day, another actor: another fact
        shared = true;
    }
    return shared;
}

std::optional<EventStatement> same_fact_on_record(Store& store, const EventStatement& statement,
                                                  bool with_unreviewed) {
    std::optional<EventStatement> best;
    auto rank = [&](const EventStatement& e) {
        double width = static_cast<double>(e.date_hi) - static_cast<double>(e.date_lo);  // open ends are huge, not overflows
        return std::make_tuple(-static_cast<std::int64_t>(shared_participants(e, statement)), width, e.key);
    };
    for (auto& e : same_fact_candidates(store, statement, with_unreviewed)) {
        if (e.key == statement.key || !states_same_fact(e, statement)) continue;
        if (!best || rank(e) < rank(*best)) best = std::move(e);
    }
    return best;
}

}  // namespace allegraph
