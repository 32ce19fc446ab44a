#include "importers/event_rules.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <string_view>

#include "importers/date_phrases.hpp"

namespace allegraph {
namespace {

enum class Actor { organization, anyone, none };  // who may act: institutions only, anyone, or nobody named

struct Trigger {
    const char* pattern;  // a regular expression over the lower-cased sentence
    const char* needles;  // '|'-separated words one of which every match contains: a cheap test before the regex
    const char* type;
    Actor actor;
    const char* status;
};

const std::vector<Trigger>& triggers() {
    static const std::vector<Trigger> t = {
        {R"(\bexpell?(ed|s)?\b)", "expel", "expulsion", Actor::organization, "completed"},
        {R"(\bsuspend(ed|s)?\b)", "suspend", "suspension", Actor::organization, "completed"},
        {R"(\btermination proceedings\b)", "termination proceedings", "termination_proceedings", Actor::organization,
         "started"},
        {R"(\bvoted\b)", "voted", "vote", Actor::organization, "completed"},
        {R"(\btask force\b)", "task force", "task_force", Actor::organization, ""},
        {R"(\b(revoke[sd]?|revoking|stripped of)\b)", "revok|stripped of", "revocation", Actor::anyone, ""},
        {R"(\blost (the|his|her) (distinction|award|honou?r|title|medal)\b)", "lost ", "revocation", Actor::none,
         "completed"},
        {R"(\b(investigating|under investigation|investigation into|opened an investigation)\b)", "investigat",
         "investigation", Actor::organization, "started"},
        {R"(\bfiled for divorce\b)", "filed for divorce", "divorce_filing", Actor::anyone, "completed"},
        {R"(\b(denied|denies|denying)\b)", "deni", "denial", Actor::anyone, ""},
        {R"(\b(accused|accusing|raped|raping|harassed|sexually assaulted)\b)",
         "accus|rap|harassed|sexually assaulted", "allegation", Actor::anyone, ""},
        {R"(\ballegations? of [a-z ,-]{0,60}?against\b)", "allegation", "allegation", Actor::anyone, ""},
        {R"(\bsettlements? with\b|\bsettled with\b)", "settle", "settlement", Actor::anyone, ""},
        {R"(\b(charged with|been charged)\b)", "charged", "charge", Actor::none, ""},
        {R"(\barrested\b)", "arrested", "arrest", Actor::anyone, ""},
        {R"(\bfired\b)", "fired", "firing", Actor::organization, "completed"},
        {R"(\bresigned\b)", "resigned", "resignation", Actor::none, "completed"},
        {R"(\bapologi[sz]ed\b)", "apologi", "apology", Actor::anyone, ""},
        {R"(\b(started|launched|created) the hashtag\b)", "the hashtag", "campaign_launch", Actor::anyone, ""},
    };
    return t;
}

// Whether the sentence contains one of the trigger's needles; a regex can only match if it does.
bool may_match(const Trigger& t, const std::string& lower) {
    std::string_view needles(t.needles);
    while (!needles.empty()) {
        auto bar = needles.find('|');
        if (lower.find(needles.substr(0, bar)) != std::string::npos) return true;
        needles = bar == std::string_view::npos ? std::string_view() : needles.substr(bar + 1);
    }
    return false;
}

// The trigger patterns, compiled once: compiling them per sentence was most of an article's import time.
const std::vector<std::regex>& compiled_triggers() {
    static const std::vector<std::regex> compiled = [] {
        std::vector<std::regex> out;
        for (const auto& t : triggers()) out.emplace_back(t.pattern);
        return out;
    }();
    return compiled;
}

struct Hit {
    const Trigger* trigger;
    std::size_t at, length;  // in the sentence
};

std::vector<Hit> find_triggers(const std::string& lower) {
    std::vector<Hit> hits;
    for (std::size_t i = 0; i < triggers().size(); ++i) {
        const Trigger& t = triggers()[i];
        if (!may_match(t, lower)) continue;
        const std::regex& re = compiled_triggers()[i];
        for (auto m = std::sregex_iterator(lower.begin(), lower.end(), re); m != std::sregex_iterator(); ++m)
            hits.push_back({&t, static_cast<std::size_t>(m->position()), static_cast<std::size_t>(m->length())});
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    // one event per type in a sentence ("expelled ... expulsion" is one act)
    std::vector<Hit> unique;
    for (const auto& h : hits)
        if (std::none_of(unique.begin(), unique.end(), [&](const Hit& u) { return u.trigger->type == h.trigger->type; }))
            unique.push_back(h);
    return unique;
}

bool words_before(const std::string& lower, std::size_t at, const std::regex& re, std::size_t span = 24) {
    std::size_t from = at > span ? at - span : 0;
    return std::regex_search(lower.substr(from, at - from), re);
}

bool negated(const std::string& lower, std::size_t at) {
    static const std::regex re(R"(\b(not|never|no)\b)");
    return words_before(lower, at, re);
}

// "was suspended", "were raped", "would be expelled", "was indefinitely suspended".
bool passive(const std::string& lower, std::size_t at) {
    static const std::regex re(R"(\b(was|were|been|be|being|is|are)\s+([a-z]+ly\s+)?$)");
    return words_before(lower, at, re, 30);
}

bool organization(const Mention& m) { return m.kind == "organization"; }
bool party(const Mention& m) { return m.kind == "person" || m.kind == "group"; }

const Mention* nearest(const std::vector<Mention>& mentions, std::size_t at, bool after, bool (*wanted)(const Mention&)) {
    const Mention* best = nullptr;
    for (const auto& m : mentions) {
        if (!wanted(m) || (after ? m.begin < at : m.end > at)) continue;
        if (!best || (after ? m.begin < best->begin : m.begin > best->begin)) best = &m;
        if (after) break;
    }
    return best;
}

std::string nature_of(const std::string& lower) {
    if (lower.find("rape") != std::string::npos || lower.find("raping") != std::string::npos) return "rape";
    if (lower.find("harass") != std::string::npos) return "harassment";
    if (lower.find("assault") != std::string::npos) return "assault";
    return "misconduct";
}

// Who the sentence means when it names nobody: "he", "him", "the producer".
std::string implied_person(const SentenceContext& s, const std::string& lower) {
    static const std::regex pronoun(
        R"(\b(he|him|his|she|her|the ([a-z-]+ ){0,3}(producer|mogul|director|actor|executive|star|founder))\b)");
    return std::regex_search(lower, pronoun) ? s.dominant_person : "";
}

std::string implied_organization(const SentenceContext& s, const std::string& lower) {
    static const std::regex noun(R"(\bthe (organi[sz]ation|guild|academy|union|company|board|association|society|agency)\b)");
    return std::regex_search(lower, noun) ? s.recent_organization : "";
}

void add(Event& e, const std::string& entity, const std::string& role) {
    if (entity.empty()) return;
    for (const auto& p : e.participants)
        if (p.entity == entity) return;
    e.participants.push_back({entity, role});
}

std::optional<DatePhrase> date_for(const SentenceContext& s, const Hit& hit, std::size_t next) {
    std::string_view sentence = s.text.substr(s.begin, s.end - s.begin);
    auto clause = find_date_phrase(sentence.substr(hit.at, next - hit.at), s.published);
    return clause ? clause : find_date_phrase(sentence, s.published);
}

// The parties listed just before `at`: the nearest one, and those joined to it by commas and "and".
std::vector<const Mention*> listed_before(const std::string& lower, const std::vector<Mention>& mentions, std::size_t at) {
    static const std::regex joiner(R"(^(\s*,\s*|\s+and\s+|\s*,\s*and\s+)$)");
    std::vector<const Mention*> list;
    for (auto m = mentions.rbegin(); m != mentions.rend(); ++m) {
        if (m->end > at || !party(*m)) continue;
        if (!list.empty() && !std::regex_match(lower.substr(m->end, list.back()->begin - m->end), joiner)) break;
        list.push_back(&*m);
    }
    return list;
}

// "A accused B of …" (accuser before, accused after); "A and B said they were raped by C" (passive: needs "by");
// "A said C harassed them" (active: the accused just before the verb, the accusers listed before that).
std::vector<Event> allegations(const SentenceContext& s, const std::string& lower, const Hit& hit,
                               const std::vector<Mention>& mentions, Event e, bool is_passive) {
    std::string verb = lower.substr(hit.at, hit.length);
    std::string accused;
    std::size_t accusers_before = hit.at;
    const Mention* after = nearest(mentions, hit.at + hit.length, true, [](const Mention& m) { return m.kind == "person"; });
    if (verb.starts_with("allegation")) {
        accused = after ? after->entity : "";
    } else if (verb == "accused" || verb == "accusing") {
        if (is_passive) return {};  // "was accused of" names the accused, not the accuser: a later rule's job
        accused = after ? after->entity : implied_person(s, lower.substr(hit.at));
    } else if (is_passive) {
        std::size_t by = lower.find(" by ", hit.at);
        if (by == std::string::npos || by > hit.at + hit.length + 40) return {};
        accused = after && after->begin > by ? after->entity : implied_person(s, lower.substr(by));
    } else {
        const Mention* before = nearest(mentions, hit.at, false, [](const Mention& m) { return m.kind == "person"; });
        if (!before) return {};
        accused = before->entity;
        accusers_before = before->begin;
    }
    if (accused.empty()) return {};
    e.nature = nature_of(lower);
    std::vector<Event> out;
    for (const Mention* m : listed_before(lower, mentions, accusers_before)) {
        if (m->entity == accused) continue;
        Event one = e;
        add(one, m->entity, "accuser");
        add(one, accused, "accused");
        out.push_back(one);
    }
    if (out.empty()) {
        add(e, accused, "accused");
        out.push_back(e);
    }
    return out;
}

std::vector<Event> build(const SentenceContext& s, const std::string& lower, const Hit& hit, std::size_t next,
                         bool is_passive) {
    std::vector<Mention> mentions = s.mentions;
    for (auto& m : mentions) {  // sentence-relative offsets
        m.begin -= s.begin;
        m.end -= s.begin;
    }
    const Trigger& t = *hit.trigger;
    Event e;
    e.type = t.type;
    e.status = t.status;
    e.negated = negated(lower, hit.at);
    static const std::regex begun(R"(\b(started|began|begun|initiated|opened) the (procedures?|process|proceedings)\b)");
    if (std::regex_search(lower, begun)) e.status = "started";
    std::vector<Event> out;
    if (e.type == "allegation") {
        out = allegations(s, lower, hit, mentions, e, is_passive);
    } else {
        const Mention* actor = nullptr;
        if (t.actor == Actor::organization) {
            actor = nearest(mentions, hit.at + hit.length, is_passive, organization);
            if (!actor) actor = nearest(mentions, hit.at, !is_passive, organization);
        } else if (e.type == "settlement") {
            actor = nearest(mentions, hit.at, false, [](const Mention& m) { return m.kind == "person"; });
        } else if (t.actor == Actor::anyone) {
            actor = is_passive ? nearest(mentions, hit.at + hit.length, true, organization) : nullptr;
            if (!actor) actor = nearest(mentions, hit.at, false, [](const Mention& m) { return m.kind != "campaign"; });
        }
        std::string actor_id = actor ? actor->entity : "";
        if (actor_id.empty() && t.actor == Actor::organization) actor_id = implied_organization(s, lower);
        if (actor_id.empty() && t.actor == Actor::organization) return out;  // an institution's act needs the institution
        if (actor_id.empty() && t.actor == Actor::anyone && (e.type == "denial" || e.type == "settlement"))
            actor_id = implied_person(s, lower);
        const char* actor_role = e.type == "investigation" ? "investigator" : e.type == "campaign_launch" ? "initiator" : "actor";
        add(e, actor_id, actor_role);
        std::string subject;
        for (const auto& m : mentions)
            if (m.kind == "person" && m.entity != actor_id && (m.begin > hit.at || e.type == "charge" || is_passive)) {
                subject = m.entity;
                break;
            }
        if (e.type == "campaign_launch") {
            for (const auto& m : mentions)
                if (m.kind == "campaign") add(e, m.entity, "object");
        } else {
            if (subject.empty() && e.type != "denial" && e.type != "settlement" && e.type != "task_force")
                subject = implied_person(s, lower);
            if (subject.empty() && e.type == "divorce_filing") subject = s.dominant_person;
            add(e, subject, "subject");
        }
        if (e.type == "revocation")
            for (const auto& m : mentions)
                if (m.kind == "organization" && m.begin > hit.at && m.entity != actor_id) add(e, m.entity, "object");
        if (e.type == "settlement")
            for (const auto& m : mentions)
                if (m.kind == "group" && m.begin > hit.at) add(e, m.entity, "participant");
        if (e.participants.empty()) return out;
        out.push_back(e);
    }
    auto date = date_for(s, hit, next);
    for (auto& event : out) {
        if (event.negated) {
            event.date = up_to(date_from_days(s.published.lo, s.published.lo));
        } else if (date && date->future) {
            event.date = up_to(s.published);
            event.due = date->date;
            event.status = "pending";
        } else {
            event.date = date ? date->date : up_to(s.published);
        }
    }
    return out;
}

}  // namespace

std::vector<Event> extract_events(const SentenceContext& s) {
    std::string lower(s.text.substr(s.begin, s.end - s.begin));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::vector<Hit> hits = find_triggers(lower);
    std::vector<Event> out;
    bool previous_passive = false;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        std::size_t next = i + 1 < hits.size() ? hits[i + 1].at : lower.size();
        // "was suspended … and expelled": a verb joined by "and" to a passive one is passive too
        bool joined = i > 0 && lower.substr(hits[i - 1].at, hits[i].at - hits[i - 1].at).find(" and ") != std::string::npos;
        bool is_passive = passive(lower, hits[i].at) || (joined && previous_passive);
        for (auto& e : build(s, lower, hits[i], next, is_passive)) out.push_back(std::move(e));
        previous_passive = is_passive;
    }
    return out;
}

}  // namespace allegraph
