#include "importers/candidate_merge.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace allegraph {
namespace {

std::map<std::string, std::set<int>> by_role(const Candidate& c) {
    std::map<std::string, std::set<int>> out;
    for (const auto& p : c.participants) out[p.role].insert(p.entity);
    return out;
}

bool compatible_dates(const std::optional<Date>& a, const std::optional<Date>& b) {
    return !a || !b || contains(*a, *b) || contains(*b, *a);
}

bool mergeable(const Candidate& a, const Candidate& b) {
    if (a.type != b.type || a.negated != b.negated || !compatible_dates(a.date, b.date)) return false;
    auto ra = by_role(a), rb = by_role(b);
    if (ra["accuser"] != rb["accuser"]) return false;  // two accusers, two allegations
    bool shared = false;
    for (const auto& [role, entities] : ra) {
        auto other = rb.find(role);
        if (other == rb.end()) continue;
        if (entities != other->second) return false;
        shared = true;
    }
    return shared;
}

int strength(const std::string& status) {
    return status == "completed" ? 3 : status == "started" ? 2 : status == "pending" ? 1 : 0;
}

void absorb(ArticleCandidate& into, const Candidate& c) {
    Candidate& e = into.event;
    if (c.date && (!e.date || contains(*e.date, *c.date))) e.date = c.date;
    // "his resignation, effective January 31" is still to come, whatever another sentence's tense says
    bool due_later = (e.status == "pending" && e.due) || (c.status == "pending" && c.due);
    if (strength(c.status) > strength(e.status) && !due_later) e.status = c.status;
    if (!e.due) e.due = c.due;
    if (e.nature.empty()) e.nature = c.nature;
    for (const auto& p : c.participants) {
        bool seen = std::any_of(e.participants.begin(), e.participants.end(),
                                [&](const CandidateRole& r) { return r.entity == p.entity; });
        if (!seen) e.participants.push_back(p);
    }
    if (std::find(into.sentences.begin(), into.sentences.end(), c.sentence) == into.sentences.end())
        into.sentences.push_back(c.sentence);
}

bool decision_words(const SentenceTokens& s) {
    for (const auto& t : s.tokens)
        if (is_any(t, "decision|ruling|vote|verdict|hearing|due|deadline|decide|decides|expected|scheduled|until"))
            return true;
    return false;
}

}  // namespace

std::vector<ArticleCandidate> merge_candidates(const std::vector<Candidate>& found) {
    std::vector<ArticleCandidate> out;
    for (const auto& c : found) {
        auto into = std::find_if(out.begin(), out.end(), [&](const ArticleCandidate& a) { return mergeable(a.event, c); });
        if (into == out.end()) out.push_back({c, {c.sentence}});
        else absorb(*into, c);
    }
    return out;
}

void attach_due_dates(std::vector<ArticleCandidate>& candidates, const std::vector<SentenceTokens>& sentences,
                      const std::vector<std::vector<DatePhrase>>& dates) {
    for (auto& c : candidates) {
        if (c.event.due || (c.event.status != "pending" && c.event.status != "started")) continue;
        std::size_t last = c.sentences.back();
        std::size_t next = last + 1;
        if (next >= sentences.size() || sentences[next].paragraph != sentences[last].paragraph) continue;
        if (!decision_words(sentences[next])) continue;
        for (const auto& d : dates[next])
            if (d.future && !d.background) {
                c.event.due = d.date;
                c.sentences.push_back(next);
                break;
            }
    }
}

}  // namespace allegraph
