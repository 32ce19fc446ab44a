// entity_duplicates, event_duplicates and source_duplicates (queries/dedupe.hpp).
#include "queries/dedupe.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "graph/date.hpp"
#include "graph/dedupe_reads.hpp"
#include "graph/judgements.hpp"
#include "graph/name_index.hpp"
#include "graph/name_similarity.hpp"
#include "graph/same_fact.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

constexpr std::size_t kMaxBucket = 200;  // a name word more records share than this does not block

using Key = std::int64_t;
using Judged = std::set<std::pair<Key, Key>>;

bool judged(const Judged& pairs, Key a, Key b) { return pairs.count({std::min(a, b), std::max(a, b)}) > 0; }

std::vector<DuplicatePair> best(std::vector<DuplicatePair> pairs, double min_score, std::size_t limit) {
    std::erase_if(pairs, [&](const DuplicatePair& p) { return p.score < min_score; });
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
        if (x.score != y.score) return x.score > y.score;
        return std::tie(x.a.id, x.b.id) < std::tie(y.a.id, y.b.id);
    });
    if (pairs.size() > limit) pairs.resize(limit);
    return pairs;
}

std::string list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// Who meets whom: the entities of each event (with roles), each entity's events, relations both ways.
struct Neighbourhood {
    std::unordered_map<Key, std::set<Key>> events_of, others_of;
    std::set<std::pair<Key, Key>> together;  // in one event or one relation
};

Neighbourhood neighbourhood(Store& store) {
    Neighbourhood n;
    std::unordered_map<Key, std::vector<Key>> members;
    for (auto [event, entity] : participations(store)) {
        members[event].push_back(entity);
        n.events_of[entity].insert(event);
    }
    auto meet = [&](Key a, Key b) {
        if (a == b) return;
        n.others_of[a].insert(b);
        n.others_of[b].insert(a);
        n.together.emplace(std::min(a, b), std::max(a, b));
    };
    for (const auto& [event, entities] : members)
        for (std::size_t i = 0; i < entities.size(); ++i)
            for (std::size_t j = i + 1; j < entities.size(); ++j) meet(entities[i], entities[j]);
    for (auto [from, to] : relation_ends(store)) meet(from, to);
    return n;
}

// A role both events fill with entities neither of which includes the other's ("accuser": Jolie and
// Argento), or empty.
std::string conflicting_role(const EventStatement& a, const EventStatement& b) {
    std::map<std::string, std::set<Key>> ra, rb;
    for (const auto& [entity, role] : a.participants) ra[role].insert(entity);
    for (const auto& [entity, role] : b.participants) rb[role].insert(entity);
    for (const auto& [role, mine] : ra) {
        auto theirs = rb.find(role);
        if (theirs == rb.end()) continue;
        if (!std::includes(mine.begin(), mine.end(), theirs->second.begin(), theirs->second.end()) &&
            !std::includes(theirs->second.begin(), theirs->second.end(), mine.begin(), mine.end()))
            return role;
    }
    return {};
}

}  // namespace

std::vector<DuplicatePair> entity_duplicates(Store& store, const Privacy& privacy, double min_score,
                                             std::size_t limit) {
    NameIndex index(load_named_records(store, privacy.include_private()));
    const auto& records = index.records();
    Judged not_same = not_same_pairs(store, FactKind::entity);
    Neighbourhood n = neighbourhood(store);
    std::unordered_map<Key, std::string> names;
    for (const auto& r : records) names[r.key] = r.name;
    std::vector<DuplicatePair> out;
    for (std::size_t a = 0; a < records.size(); ++a) {
        for (std::size_t b : index.neighbours(a, kMaxBucket)) {
            if (b <= a) continue;
            const NamedRecord &ra = records[a], &rb = records[b];
            if (judged(not_same, ra.key, rb.key)) continue;
            NameMatch match = index.compare(a, b);
            if (match.score <= 0) continue;
            DuplicatePair pair{{ra.id, ra.name}, {rb.id, rb.name}, match.score, {}};
            for (const auto& why : match.why) pair.evidence.push_back("names: " + why);
            std::vector<std::string> shared;
            const auto& oa = n.others_of[ra.key];
            for (Key other : n.others_of[rb.key])
                if (oa.count(other) && names.count(other)) shared.push_back(names[other]);
            if (!shared.empty()) {
                std::sort(shared.begin(), shared.end());
                pair.score += std::min(0.15, 0.05 * static_cast<double>(shared.size()));
                pair.evidence.push_back("both meet: " + list(shared));
            }
            std::size_t events_a = n.events_of[ra.key].size(), events_b = n.events_of[rb.key].size();
            pair.evidence.push_back("events: " + std::to_string(events_a) + " and " + std::to_string(events_b));
            if (n.together.count({std::min(ra.key, rb.key), std::max(ra.key, rb.key)})) {
                pair.score *= 0.5;
                pair.evidence.push_back("they appear together in an event or a relation: probably two");
            }
            if (ra.kind != rb.kind) {
                bool guessed = ra.needs_review || rb.needs_review;
                if (!guessed) pair.score *= 0.6;
                pair.evidence.push_back("kinds differ: " + ra.kind + " and " + rb.kind +
                                        (guessed ? " (an import's guess; merge the unreviewed one into the other)"
                                                 : " (`edit ID --kind K` first if they are one)"));
            }
            for (const auto* r : {&ra, &rb})
                if (r->needs_review) pair.evidence.push_back(r->id + " was created by an import and is not reviewed");
            pair.score = std::min(1.0, pair.score);
            out.push_back(std::move(pair));
        }
    }
    return best(std::move(out), min_score, limit);
}

std::vector<DuplicatePair> event_duplicates(Store& store, const QueryScope& scope, const Privacy& privacy,
                                            double min_score, std::size_t limit) {
    using Row = DedupeEvent;
    std::unordered_map<Key, Row> events;
    for (auto& row : dedupe_events(store, scope.include_unreviewed)) events.emplace(row.statement.key, std::move(row));
    std::unordered_map<Key, std::vector<Key>> by_entity;
    std::unordered_map<Key, std::string> entity_names;  // as shown
    for_each_participation(store, [&](const Participation& p) {
        auto found = events.find(p.event);
        if (found == events.end()) return;
        found->second.statement.participants.emplace_back(p.entity, p.role);
        by_entity[p.entity].push_back(found->first);
        entity_names[p.entity] = privacy.entity(p.entity, p.entity_id, p.entity_name, p.entity_kind, p.entity_public).name;
    });
    std::unordered_map<Key, std::set<std::string>> cited_by;
    for (auto& [event, outlet] : event_outlets(store)) cited_by[event].insert(std::move(outlet));
    auto name = [&](Key entity) { return entity_names[entity]; };
    auto label = [&](const Row& r) { return r.statement.type + " " + r.date + (r.statement.negated ? " (negated)" : ""); };
    Judged not_same = not_same_pairs(store, FactKind::event);
    std::set<std::pair<Key, Key>> seen;
    std::vector<DuplicatePair> out;
    for (const auto& [entity, keys] : by_entity) {
        if (keys.size() > kMaxBucket) continue;
        for (std::size_t i = 0; i < keys.size(); ++i)
            for (std::size_t j = i + 1; j < keys.size(); ++j) {
                Key ka = std::min(keys[i], keys[j]), kb = std::max(keys[i], keys[j]);
                if (ka == kb || !seen.emplace(ka, kb).second || judged(not_same, ka, kb)) continue;
                const Row &a = events.at(ka), &b = events.at(kb);
                const EventStatement &sa = a.statement, &sb = b.statement;
                if (!same_kind_of_fact(sa.type, sa.negated, sa.date_lo, sa.date_hi, sb.type, sb.negated, sb.date_lo,
                                       sb.date_hi))
                    continue;
                DuplicatePair pair{{sa.id, label(a)}, {sb.id, label(b)}, 0.4, {}};
                pair.evidence.push_back("the same type (" + sa.type + ")" + (sa.negated ? ", both negated" : "") +
                                        "; dates " + a.date + " and " + b.date + " share a day");
                std::set<std::pair<Key, std::string>> pa(sa.participants.begin(), sa.participants.end()),
                    pb(sb.participants.begin(), sb.participants.end());
                std::vector<std::string> both, only_a, only_b;
                for (const auto& x : pa) (pb.count(x) ? both : only_a).push_back(name(x.first) + " (" + x.second + ")");
                for (const auto& x : pb)
                    if (!pa.count(x)) only_b.push_back(name(x.first) + " (" + x.second + ")");
                double jaccard = static_cast<double>(both.size()) /
                                 static_cast<double>(both.size() + only_a.size() + only_b.size());
                pair.score += 0.4 * jaccard;
                if (!both.empty()) pair.evidence.push_back("both: " + list(both));
                if (!only_a.empty()) pair.evidence.push_back("only " + sa.id + ": " + list(only_a));
                if (!only_b.empty()) pair.evidence.push_back("only " + sb.id + ": " + list(only_b));
                if (states_same_fact(sa, sb)) {
                    pair.score += 0.1;
                    pair.evidence.push_back("the same fact by the importers' rule (roles agree, one date inside the other)");
                }
                if (sa.date_lo == sb.date_lo && sa.date_hi == sb.date_hi && sa.date_lo == sa.date_hi) {
                    pair.score += 0.1;
                    pair.evidence.push_back("the same day");
                }
                if (auto role = conflicting_role(sa, sb); !role.empty()) {
                    pair.score *= 0.5;
                    pair.evidence.push_back("different " + role + ": probably two facts");
                }
                if (!sa.status.empty() && !sb.status.empty() && sa.status != sb.status)
                    pair.evidence.push_back("statuses differ: " + sa.status + " and " + sb.status);
                std::vector<std::string> sources_a(cited_by[ka].begin(), cited_by[ka].end()),
                    sources_b(cited_by[kb].begin(), cited_by[kb].end());
                pair.evidence.push_back("sources: " + list(sources_a) + " | " + list(sources_b));
                out.push_back(std::move(pair));
            }
    }
    return best(std::move(out), min_score, limit);
}

std::vector<DuplicatePair> source_duplicates(Store& store, double min_score, std::size_t limit) {
    using Row = SourceIdentity;
    std::vector<Row> rows = source_identities(store);
    std::map<std::string, std::vector<std::size_t>> by_title, by_url;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!loose_name_key(rows[i].title).empty())
            by_title[loose_name_key(rows[i].title) + "\n" + loose_name_key(rows[i].publisher)].push_back(i);
        if (!rows[i].url.empty()) by_url[rows[i].url].push_back(i);
    }
    Judged not_same = not_same_pairs(store, FactKind::source);
    std::map<std::pair<std::size_t, std::size_t>, DuplicatePair> pairs;
    auto propose = [&](const std::map<std::string, std::vector<std::size_t>>& groups, double score, const std::string& why) {
        for (const auto& [key, members] : groups)
            for (std::size_t i = 0; i < members.size(); ++i)
                for (std::size_t j = i + 1; j < members.size(); ++j) {
                    const Row &a = rows[members[i]], &b = rows[members[j]];
                    if (judged(not_same, a.key, b.key)) continue;
                    auto [at, fresh] = pairs.try_emplace({members[i], members[j]});
                    DuplicatePair& p = at->second;
                    if (fresh) {
                        p = {{a.id, a.title + " (" + a.publisher + ")"}, {b.id, b.title + " (" + b.publisher + ")"}, score, {}};
                        if (a.published != b.published)
                            p.evidence.push_back("published " + (a.published.empty() ? "(unknown)" : a.published) + " and " +
                                                 (b.published.empty() ? "(unknown)" : b.published));
                    } else {
                        p.score = std::min(1.0, std::max(p.score, score) + 0.1);
                    }
                    p.evidence.insert(p.evidence.begin(), why);
                }
    };
    propose(by_title, 0.9, "the same title and publisher");
    propose(by_url, 0.8, "the same address");
    std::vector<DuplicatePair> out;
    for (auto& [at, pair] : pairs) out.push_back(std::move(pair));
    return best(std::move(out), min_score, limit);
}

}  // namespace allegraph
