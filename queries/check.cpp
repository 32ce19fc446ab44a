#include "queries/check.hpp"

#include <algorithm>
#include <cstring>

#include <set>

#include "queries/source_roots.hpp"
#include "queries/timeline.hpp"

namespace allegraph {
namespace {

bool acts(const EventRow& e, std::int64_t key) {
    return std::any_of(e.participants.begin(), e.participants.end(), [&](const ParticipantRow& p) {
        return p.entity.key == key &&
               (p.role == "actor" || p.role == "accuser" || p.role == "initiator" || p.role == "investigator" ||
                p.role == "publisher");
    });
}

bool undergoes(const EventRow& e, std::int64_t key) {
    return std::any_of(e.participants.begin(), e.participants.end(), [&](const ParticipantRow& p) {
        return p.entity.key == key && (p.role == "subject" || p.role == "accused" || p.role == "object");
    });
}

bool has_actor(const EventRow& e) {
    return std::any_of(e.participants.begin(), e.participants.end(),
                       [&](const ParticipantRow& p) { return p.role == "actor" || p.role == "accuser"; });
}

std::string precision_caveat(const Date& event, const std::optional<Date>& claimed) {
    if (!claimed || contains(*claimed, event)) return "";
    return "; the sources date it only as " + display_date(event) + ", which does not establish " +
           display_date(*claimed);
}

Evidence weigh(const EventRow& e, const Claim& claim) {
    if (e.type != claim.type) return {e, "related", "same parties, different action (" + e.type + ")"};
    bool dated_ok = !claim.date || overlaps(e.date, *claim.date);
    if (e.negated) {
        std::string as_of = "sources reported it had not happened " +
                            (e.date.open_end() ? std::string("as of publication") : "as of " + display_date(date_from_days(e.date.hi, e.date.hi)));
        if (claim.date && dated_ok) return {e, "contradicts", as_of + ", a period that includes the claimed date"};
        return {e, "related", as_of + (claim.date ? "; that does not cover the claimed date" : "; give --date to weigh it")};
    }
    if (!dated_ok) return {e, "contradicts", "on record for " + display_date(e.date) + ", not " + display_date(*claim.date)};
    return {e, "supports", "on record for " + display_date(e.date) + precision_caveat(e.date, claim.date)};
}

std::string verdict_sentence(const std::string& verdict, const Claim& c, std::size_t supports, std::size_t contradicts) {
    std::string action = c.type;
    std::replace(action.begin(), action.end(), '_', ' ');
    std::string claim = c.type == "allegation" ? "an allegation against " + c.subject.name + " by " + c.actor.name
                                               : std::string(std::strchr("aeiou", action[0]) ? "an " : "a ") + action + " of " + c.subject.name +
                                                     " by " + c.actor.name;
    if (c.date) claim += " (" + display_date(*c.date) + ")";
    if (verdict == "supported")
        return "Supported: " + std::to_string(supports) + " event(s) on record match: " + claim +
               (contradicts ? "; other records disagree, see the evidence" : "");
    if (verdict == "contradicted") return "Contradicted: the records on file disagree with: " + claim;
    return "Not found: nothing on record matches " + claim + "; this is not evidence that it did not happen";
}

}  // namespace

namespace {

std::vector<EventRow> matching_events(SQLite::Database& db, const Claim& claim, const QueryScope& scope,
                                      const Privacy& privacy) {
    TimelineFilter filter;
    filter.entity = claim.subject.key;
    std::vector<EventRow> out;
    for (auto& e : timeline(db, filter, scope, privacy)) {
        bool by_actor = acts(e, claim.actor.key) || (e.negated && e.type == claim.type && !has_actor(e));
        if (undergoes(e, claim.subject.key) && by_actor) out.push_back(std::move(e));
    }
    return out;
}

// The matching events the scope leaves out because every source behind them was retracted.
std::vector<std::string> left_out_unsupported(SQLite::Database& db, const Claim& claim, QueryScope scope,
                                              const Privacy& privacy, const std::vector<Evidence>& kept) {
    std::set<std::string> shown;
    for (const auto& e : kept) shown.insert(e.event.id);
    scope.include_unsupported = true;
    std::vector<std::string> out;
    for (const auto& e : matching_events(db, claim, scope, privacy)) {
        if (shown.count(e.id)) continue;
        std::string sources;
        for (const auto& c : e.citations) sources += (sources.empty() ? "" : ", ") + c.source;
        out.push_back(e.id + " (retracted: " + sources + ")");
    }
    return out;
}

std::string notes(const CheckResult& result) {
    std::string out;
    if (result.verdict == "supported")
        out += " (" + std::to_string(result.independent_sources) + " independent source" +
               (result.independent_sources == 1 ? "" : "s") + ", counting " + kCounting + ")";
    if (!result.retracted_sources.empty()) {
        out += ". This rests on retracted source(s):";
        for (const auto& s : result.retracted_sources) out += " " + s;
    }
    if (!result.left_out.empty())
        out += ". Left out, every source retracted (see --include-unsupported): " + std::to_string(result.left_out.size()) +
               " matching event(s)";
    return out;
}

}  // namespace

CheckResult check_claim(SQLite::Database& db, const Claim& claim, const QueryScope& scope, const Privacy& privacy) {
    CheckResult result;
    SourceRoots roots(db);
    std::size_t supports = 0, contradicts = 0;
    std::set<std::string> independent, retracted;
    for (auto& e : matching_events(db, claim, scope, privacy)) {
        Evidence evidence = weigh(e, claim);
        evidence.independent_sources = roots.independent(e.citations);
        supports += evidence.bearing == "supports";
        contradicts += evidence.bearing == "contradicts";
        for (const auto& c : e.citations) {
            if (evidence.bearing == "supports") independent.insert(roots.root(c.source));
            if (c.retracted && evidence.bearing != "related") retracted.insert(c.source);
        }
        result.evidence.push_back(std::move(evidence));
    }
    result.independent_sources = independent.size();
    result.retracted_sources.assign(retracted.begin(), retracted.end());
    if (!scope.include_unsupported) result.left_out = left_out_unsupported(db, claim, scope, privacy, result.evidence);
    result.verdict = supports ? "supported" : contradicts ? "contradicted" : "not_found";
    result.summary = verdict_sentence(result.verdict, claim, supports, contradicts) + notes(result);
    std::stable_sort(result.evidence.begin(), result.evidence.end(), [](const Evidence& a, const Evidence& b) {
        auto order = [](const std::string& bearing) { return bearing == "supports" ? 0 : bearing == "contradicts" ? 1 : 2; };
        return order(a.bearing) < order(b.bearing);
    });
    return result;
}

}  // namespace allegraph
