#include "queries/conflicts.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "graph/entity_reads.hpp"
#include "queries/timeline.hpp"

namespace allegraph {
namespace {

// The parties of an event, groups aside: actors and subjects by key.
std::pair<std::set<std::int64_t>, std::set<std::int64_t>> actors_and_subjects(const EventRow& e) {
    std::set<std::int64_t> actors, subjects;
    for (const auto& p : e.participants) {
        if (p.entity.kind == "group") continue;
        if (p.role == "actor" || p.role == "accuser" || p.role == "initiator" || p.role == "investigator")
            actors.insert(p.entity.key);
        if (p.role == "subject" || p.role == "accused" || p.role == "object") subjects.insert(p.entity.key);
    }
    return {actors, subjects};
}

std::set<std::string> group_sizes(Store& store, const EventRow& e) {
    std::set<std::string> sizes;
    for (const auto& p : e.participants) {
        if (p.entity.kind != "group") continue;
        if (auto size = group_size(store, p.entity.key)) sizes.insert(std::move(*size));
    }
    return sizes;
}

bool share_subject(const EventRow& a, const EventRow& b) {
    auto sa = actors_and_subjects(a).second, sb = actors_and_subjects(b).second;
    return std::any_of(sa.begin(), sa.end(), [&](std::int64_t k) { return sb.count(k) > 0; });
}

void pairwise(Store& store, const std::vector<const EventRow*>& same, std::vector<Conflict>& out) {
    std::vector<std::set<std::string>> sizes;  // each event's group sizes, read once rather than once per pair
    for (const EventRow* e : same) sizes.push_back(group_sizes(store, *e));
    for (std::size_t i = 0; i < same.size(); ++i)
        for (std::size_t j = i + 1; j < same.size(); ++j) {
            const EventRow &a = *same[i], &b = *same[j];
            if (!overlaps(a.date, b.date))
                out.push_back({"dates", a.type + " on record for " + display_date(a.date) + " and for " +
                                            display_date(b.date) + ": both cannot be the same act",
                               {a, b}});
            const auto &sizes_a = sizes[i], &sizes_b = sizes[j];
            if (!sizes_a.empty() && !sizes_b.empty() && sizes_a != sizes_b)
                out.push_back({"counts", a.type + " involving \"" + *sizes_a.begin() + "\" and \"" + *sizes_b.begin() + "\"",
                               {a, b}});
        }
}

}  // namespace

namespace {

// With --include-unsupported, a conflict may rest on a retracted source: say so.
void note_retracted_sources(Conflict& conflict) {
    std::set<std::string> retracted;
    for (const auto& e : conflict.events)
        for (const auto& c : e.citations)
            if (c.retracted) retracted.insert(c.source);
    if (retracted.empty()) return;
    conflict.description += "; rests on retracted source(s):";
    for (const auto& source : retracted) conflict.description += " " + source;
}

}  // namespace

std::vector<Conflict> conflicts(Store& store, const QueryScope& scope, const Privacy& privacy) {
    std::vector<EventRow> events = timeline(store, TimelineFilter{}, scope, privacy);
    std::map<std::tuple<std::string, std::set<std::int64_t>, std::set<std::int64_t>>, std::vector<const EventRow*>> acts;
    std::vector<const EventRow*> negations;
    std::vector<Conflict> out;
    for (const auto& e : events) {
        if (e.negated) {
            negations.push_back(&e);
            continue;
        }
        auto [actors, subjects] = actors_and_subjects(e);
        if (!subjects.empty()) acts[{e.type, actors, subjects}].push_back(&e);
        for (const auto& link : e.links)
            if (e.category == "allegation" && is_answer(link) && link.event_definition->disputes)
                out.push_back({"denial", "allegation " + e.id + " is denied on record (" + link.event + ")", {e}});
    }
    for (const auto& [key, same] : acts) pairwise(store, same, out);
    for (const auto* negation : negations)
        for (const auto& e : events)
            if (!e.negated && e.type == negation->type && share_subject(e, *negation) && overlaps(e.date, negation->date))
                out.push_back({"negation", e.type + " on record for " + display_date(e.date) +
                                               ", while a source reported it had not happened " + display_date(negation->date),
                               {e, *negation}});
    for (auto& conflict : out) note_retracted_sources(conflict);
    return out;
}

}  // namespace allegraph
