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

std::string names_in(const EventRow& e, std::initializer_list<std::string_view> roles) {
    std::string out;
    for (const auto& p : e.participants)
        for (auto role : roles)
            if (p.role == role) out += (out.empty() ? "" : ", ") + p.entity.name;
    return out;
}

std::string day_text(const std::optional<Date>& d) { return d ? display_date(*d) : ""; }

// Weighs one event field by field. The bearing: `supports` when every field asked matches;
// `contradicts` when a date or due date is incompatible, or the record says the opposite of
// the claim (it had not happened, or it had); `related` otherwise.
class Weighing {
public:
    Weighing(const EventRow& e, const Claim& claim) : claim_(claim) { ev_.event = e; }

    Evidence run() {
        const EventRow& e = ev_.event;
        field("type", claim_.type, e.type, e.type == claim_.type ? "match" : "mismatch");
        if (e.type != claim_.type) return done("related", "same parties, different action (" + e.type + ")");
        bool acted = acts(e, claim_.actor.key);
        bool by_anyone = e.negated && !has_actor(e);  // "had not been charged": by no one
        field("actor", claim_.actor.name,
              by_anyone ? "anyone" : names_in(e, {"actor", "accuser", "initiator", "investigator", "publisher"}),
              acted || by_anyone ? "match" : "not_on_record");
        if (claim_.subject) {
            std::string undergone = names_in(e, {"subject", "accused", "object"});
            field("subject", claim_.subject->name, undergone.empty() ? claim_.subject->name + " (own act)" : undergone,
                  "match");
        }
        if (e.negated != claim_.negated) return opposite();
        field("negated", claim_.negated ? "did not happen" : "", e.negated ? "did not happen" : "happened",
              claim_.negated ? "match" : "not_asked");
        if (claim_.negated) return both_negated();
        std::string conflict = weigh_dates();
        weigh_status();
        weigh_nature();
        if (!conflict.empty()) return done("contradicts", conflict);
        for (const auto& f : ev_.fields)
            if (f.verdict == "mismatch" || f.verdict == "not_on_record")
                return done("related", "on record, but " + f.field + " " +
                                           (f.verdict == "mismatch" ? "is " + f.on_record + ", not " + f.claimed
                                                                    : "is not on record"));
        return done("supports", "on record for " + display_date(e.date) + said_less());
    }

private:
    void field(std::string name, std::string claimed, std::string on_record, std::string verdict) {
        ev_.fields.push_back({std::move(name), std::move(claimed), std::move(on_record), std::move(verdict)});
    }
    Evidence done(std::string bearing, std::string reason) {
        ev_.bearing = std::move(bearing);
        ev_.reason = std::move(reason);
        if (ev_.bearing != "supports") ev_.holds_less.clear();
        return std::move(ev_);
    }

    // The record says the opposite of the claim: it had not happened, or it had.
    Evidence opposite() {
        const EventRow& e = ev_.event;
        field("negated", claim_.negated ? "did not happen" : "happened", e.negated ? "did not happen" : "happened",
              "mismatch");
        if (e.negated) {
            std::string as_of = "sources reported it had not happened " +
                                (e.date.open_end() ? std::string("as of publication")
                                                   : "as of " + display_date(date_from_days(e.date.hi, e.date.hi)));
            bool covers = claim_.date && overlaps(e.date, *claim_.date);
            if (covers) return done("contradicts", as_of + ", a period that includes the claimed date");
            return done("related", as_of + (claim_.date ? "; that does not cover the claimed date" : "; give --date to weigh it"));
        }
        // the claim is that it had not happened: an event on record that surely happened by then disagrees
        if (!claim_.date || e.date.hi <= claim_.date->hi)
            return done("contradicts", "on record as done, " + display_date(e.date));
        return done("related", "on record as done, " + display_date(e.date) + ", possibly after the claimed date");
    }

    // Both say it had not happened: the record's "not as of D" covers every day up to D, and no later one.
    Evidence both_negated() {
        const EventRow& e = ev_.event;
        std::string as_of = e.date.open_end() ? std::string("as of publication")
                                              : "as of " + display_date(date_from_days(e.date.hi, e.date.hi));
        if (claim_.date && claim_.date->hi > e.date.hi) {
            field("date", display_date(*claim_.date), as_of, "not_on_record");
            return done("related", "sources reported it had not happened " + as_of + "; that does not reach " +
                                       display_date(*claim_.date));
        }
        field("date", claim_.date ? display_date(*claim_.date) : "", as_of, claim_.date ? "match" : "not_asked");
        if (!claim_.date) ev_.holds_less.push_back("the sources say so only " + as_of);
        return done("supports", "sources reported it had not happened " + as_of);
    }

    // The date and the due date; returns the conflict, if any.
    std::string weigh_dates() {
        const EventRow& e = ev_.event;
        std::string conflict;
        if (!claim_.date) {
            field("date", "", display_date(e.date), "not_asked");
        } else if (!overlaps(e.date, *claim_.date)) {
            field("date", display_date(*claim_.date), display_date(e.date), "mismatch");
            conflict = "on record for " + display_date(e.date) + ", not " + display_date(*claim_.date);
            if (e.due && overlaps(*e.due, *claim_.date))  // "--date 2017-11-06" for a decision due that day
                conflict += "; a decision is due " + display_date(*e.due) + " (ask with --due)";
        } else if (!contains(*claim_.date, e.date)) {
            field("date", display_date(*claim_.date), display_date(e.date), "less_precise");
            ev_.holds_less.push_back("the sources date it only as " + display_date(e.date) + ", which does not establish " +
                                     display_date(*claim_.date));
        } else {
            field("date", display_date(*claim_.date), display_date(e.date), "match");
        }
        if (!claim_.due) {
            field("due", "", day_text(e.due), "not_asked");
        } else if (!e.due) {
            field("due", display_date(*claim_.due), "", "not_on_record");
        } else if (!overlaps(*e.due, *claim_.due)) {
            field("due", display_date(*claim_.due), display_date(*e.due), "mismatch");
            if (conflict.empty()) conflict = "a decision is due " + display_date(*e.due) + ", not " + display_date(*claim_.due);
        } else {
            field("due", display_date(*claim_.due), display_date(*e.due), "match");
        }
        return conflict;
    }

    void weigh_status() {
        const EventRow& e = ev_.event;
        if (!claim_.status.empty()) {
            // a completed act was also started and announced: the record may hold more than the claim
            std::string verdict = e.status.empty()                                   ? "not_on_record"
                                  : status_rank(e.status) >= status_rank(claim_.status) ? "match"
                                                                                        : "mismatch";
            field("status", claim_.status, e.status, verdict);
            if (verdict == "mismatch") holds_less_than(e);
            return;
        }
        field("status", "", e.status, "not_asked");
        holds_less_than(e);  // a claim that names an act claims it was done
    }

    static int status_rank(const std::string& status) {
        return status == "pending" ? 0 : status == "started" ? 1 : 2;
    }

    void holds_less_than(const EventRow& e) {
        if (e.status == "started") ev_.holds_less.push_back("started, not completed");
        if (e.status == "pending") ev_.holds_less.push_back("announced, not yet done");
        if (e.due && e.status != "completed")
            ev_.holds_less.push_back("due " + display_date(*e.due) + ", not yet decided on record");
    }

    void weigh_nature() {
        const EventRow& e = ev_.event;
        if (!e.definition || !e.definition->nature) return;
        if (claim_.nature.empty()) {
            field("nature", "", e.nature, "not_asked");
            return;
        }
        field("nature", claim_.nature, e.nature, e.nature.empty() ? "not_on_record"
                                                 : e.nature == claim_.nature ? "match" : "mismatch");
    }

    std::string said_less() const {
        std::string out;
        for (const auto& less : ev_.holds_less) out += "; " + less;
        return out;
    }

    const Claim& claim_;
    Evidence ev_;
};

// "an expulsion", "a denial", "an honorary degree rescinded", but "termination proceedings"
std::string article(const std::string& action) {
    if (action.back() == 's') return "";
    bool silent_h = action.starts_with("hon") || action.starts_with("hour") || action.starts_with("heir");
    return std::strchr("aeiou", action[0]) || silent_h ? "an " : "a ";
}

std::string verdict_sentence(const std::string& verdict, const Claim& c, std::size_t supports, std::size_t contradicts,
                             const std::vector<std::string>& holds_less, const std::string& first_reason) {
    std::string action = c.definition ? c.definition->label : c.type;  // "Termination proceedings"
    std::replace(action.begin(), action.end(), '_', ' ');
    if (!action.empty() && action[0] >= 'A' && action[0] <= 'Z') action[0] = static_cast<char>(action[0] - 'A' + 'a');
    std::string whom = c.subject && c.subject->key != c.actor.key ? " of " + c.subject->name : "";
    std::string claim = c.definition && c.definition->category == "allegation"
                            ? "an allegation" + (c.subject ? " against " + c.subject->name : std::string()) + " by " + c.actor.name
                            : article(action) + action + whom + " by " +
                                  c.actor.name;
    if (c.negated) claim = "no " + (article(action).empty() ? claim : claim.substr(claim.find(' ') + 1));
    if (!c.nature.empty()) claim += " (" + c.nature + ")";
    if (c.date) claim += " (" + display_date(*c.date) + ")";
    if (c.due) claim += ", due " + display_date(*c.due);
    if (!c.status.empty()) claim += ", " + c.status;
    if (verdict == "supported") {
        std::string less;
        for (const auto& l : holds_less) less += (less.empty() ? "; the record holds less: " : "; ") + l;
        return "Supported: " + std::to_string(supports) + " event(s) on record match: " + claim + less +
               (contradicts ? "; other records disagree, see the evidence" : "");
    }
    if (verdict == "contradicted") return "Contradicted: the records on file disagree with: " + claim + "; " + first_reason;
    return "Not found: nothing on record matches " + claim + "; this is not evidence that it did not happen" +
           (first_reason.empty() ? "" : "; closest: " + first_reason);
}

// Why the first event that disagrees does, or else why the closest one of the claimed type falls short.
std::string first_reason(const std::vector<Evidence>& evidence, const Claim& claim) {
    for (const auto& e : evidence)
        if (e.bearing == "contradicts") return e.reason;
    for (const auto& e : evidence)
        if (e.event.type == claim.type) return e.reason;
    return "";
}

std::vector<EventRow> matching_events(Store& store, const Claim& claim, const QueryScope& scope,
                                      const Privacy& privacy) {
    TimelineFilter filter;
    filter.entity = claim.subject ? claim.subject->key : claim.actor.key;
    if (!claim.subject) filter.types = {claim.type};  // "did Weinstein deny": his denials only
    std::vector<EventRow> out;
    for (auto& e : timeline(store, filter, scope, privacy)) {
        bool by_actor = acts(e, claim.actor.key) || (e.negated && e.type == claim.type && !has_actor(e));
        bool own_act = claim.subject && claim.subject->key == claim.actor.key && claim.definition &&
                       subject_optional(*claim.definition);
        bool to_subject = !claim.subject || own_act || undergoes(e, claim.subject->key);
        if (to_subject && by_actor) out.push_back(std::move(e));
    }
    return out;
}

// The matching events the scope leaves out because every source behind them was retracted.
std::vector<std::string> left_out_unsupported(Store& store, const Claim& claim, QueryScope scope,
                                              const Privacy& privacy, const std::vector<Evidence>& kept) {
    std::set<std::string> shown;
    for (const auto& e : kept) shown.insert(e.event.id);
    scope.include_unsupported = true;
    std::vector<std::string> out;
    for (const auto& e : matching_events(store, claim, scope, privacy)) {
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
               (result.independent_sources == 1 ? "" : "s") + ", each counted once)";
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

bool subject_optional(const EventTypeDefinition& type) { return !type.requires_role(type.subject_role); }

CheckResult check_claim(Store& store, const Claim& claim, const QueryScope& scope, const Privacy& privacy) {
    CheckResult result;
    SourceRoots roots(store);
    std::size_t supports = 0, contradicts = 0;
    std::set<std::string> independent, retracted;
    std::set<std::string> holds_less;
    for (auto& e : matching_events(store, claim, scope, privacy)) {
        Evidence evidence = Weighing(e, claim).run();
        if (evidence.bearing == "supports") holds_less.insert(evidence.holds_less.begin(), evidence.holds_less.end());
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
    if (!scope.include_unsupported) result.left_out = left_out_unsupported(store, claim, scope, privacy, result.evidence);
    result.verdict = supports ? "supported" : contradicts ? "contradicted" : "not_found";
    if (supports) result.holds_less.assign(holds_less.begin(), holds_less.end());
    result.summary = verdict_sentence(result.verdict, claim, supports, contradicts, result.holds_less,
                                      first_reason(result.evidence, claim)) +
                     notes(result);
    std::stable_sort(result.evidence.begin(), result.evidence.end(), [](const Evidence& a, const Evidence& b) {
        auto order = [](const std::string& bearing) { return bearing == "supports" ? 0 : bearing == "contradicts" ? 1 : 2; };
        return order(a.bearing) < order(b.bearing);
    });
    return result;
}

}  // namespace allegraph
