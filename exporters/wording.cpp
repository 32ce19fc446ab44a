#include "exporters/wording.hpp"

#include <map>
#include <set>

namespace allegraph {
namespace {

// "A", "A and B", "A, B and C".
std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) out += i + 1 == names.size() ? " and " : ", ";
        out += names[i];
    }
    return out;
}

std::string with_role(const EventRow& event, std::initializer_list<std::string_view> roles, bool organizations) {
    std::vector<std::string> names;
    for (const auto& p : event.participants)
        for (auto role : roles)
            if (p.role == role && (p.entity.kind == "organization") == organizations) names.push_back(p.entity.name);
    return join_names(names);
}

std::string with_role(const EventRow& event, std::initializer_list<std::string_view> roles) {
    std::vector<std::string> names;
    for (const auto& p : event.participants)
        for (auto role : roles)
            if (p.role == role) names.push_back(p.entity.name);
    return join_names(names);
}

std::string words(std::string type) {
    for (auto& c : type)
        if (c == '_') c = ' ';
    return type;
}

std::string or_someone(const std::string& names) { return names.empty() ? "Someone" : names; }

// "X's Y", or "Y" when there is no X.
std::string possessive(const std::string& owner, const std::string& thing) {
    return owner.empty() ? thing : owner + "'s " + thing;
}

// Named accusers beside one group are reported as part of it: "more than three dozen actresses,
// including Angelina Jolie and Rose McGowan," — unless the group says they are not ("Ann Lee and
// three other women").
std::string accusers_of(const EventRow& e) {
    std::vector<std::string> groups, named;
    for (const auto& p : e.participants)
        if (p.role == "accuser") (p.entity.kind == "group" ? groups : named).push_back(p.entity.name);
    if (groups.size() != 1 || named.empty()) return with_role(e, {"accuser"});
    const std::string& group = groups.front();
    bool others = group.find(" other ") != std::string::npos || group.starts_with("other ");
    if (others) {
        named.push_back(group);
        return join_names(named);
    }
    return group + ", including " + join_names(named) + ",";
}

// Acts that an announced or opened procedure has not yet done: "MLB was to suspend Bauer", never "suspended".
std::string not_yet_done(const EventRow& e) {
    static const std::map<std::string, std::string, std::less<>> kVerbs = {
        {"suspension", "suspend"}, {"firing", "fire"},   {"termination", "end the membership of"},
        {"charge", "charge"},      {"arrest", "arrest"}, {"resignation", "resign"},
        {"settlement", "settle"},  {"expulsion", "expel"}};
    auto verb = kVerbs.find(e.type);
    if (verb == kVerbs.end() || (e.status != "pending" && e.status != "started")) return "";
    const std::string actors = with_role(e, {"actor", "initiator"});
    const std::string subjects = with_role(e, {"subject", "accused"});
    if (e.type == "resignation") return or_someone(subjects.empty() ? actors : subjects) + " was to resign";
    if (e.type == "expulsion" && e.status == "started") return or_someone(actors) + " moved to expel " + subjects;
    std::string how = e.status == "pending" ? " was to " : " moved to ";
    return or_someone(actors) + how + verb->second + (subjects.empty() ? "" : " " + subjects);
}

// What the event says happened, within what its type and roles state.
std::string sentence(const EventRow& e) {
    if (std::string planned = not_yet_done(e); !planned.empty()) return planned;
    const std::string actors = with_role(e, {"actor", "initiator", "investigator", "publisher"});
    const std::string subjects = with_role(e, {"subject", "accused"});
    const std::string objects = with_role(e, {"object"});
    const std::string against = subjects.empty() ? "" : " against " + subjects;
    const std::string concerning = subjects.empty() ? "" : " concerning " + subjects;
    const bool started = e.status == "started";
    const bool pending = e.status == "pending";
    const std::string& t = e.type;
    if (t == "allegation") {
        std::string accusers = accusers_of(e);
        std::string nature = e.nature.empty() ? "misconduct" : e.nature;
        if (accusers.empty()) return or_someone(subjects) + " faced allegations of " + nature;
        return accusers + " accused " + or_someone(subjects) + " of " + nature;
    }
    if (t == "denial") return or_someone(actors) + " denied the allegations" + concerning;
    if (t == "apology") return or_someone(actors) + " apologised" + concerning;
    if (t == "expulsion") return or_someone(actors) + (started ? " moved to expel " : " expelled ") + subjects;
    if (t == "suspension") return or_someone(actors) + " suspended " + subjects;
    if (t == "termination_proceedings")
        return or_someone(actors) + (pending ? " was to begin" : " began") + " termination proceedings" + against;
    if (t == "termination") return or_someone(actors) + " terminated " + possessive(subjects, "membership");
    if (t == "revocation") {
        std::string what = possessive(subjects, objects.empty() ? "distinction" : objects);
        if (actors.empty()) return or_someone(subjects) + " lost " + (objects.empty() ? "a distinction" : objects);
        return actors + (pending ? " was to revoke " : started ? " started the procedure to revoke " : " revoked ") + what;
    }
    if (t == "resignation") return or_someone(subjects.empty() ? actors : subjects) + " resigned";
    if (t == "firing") return or_someone(actors) + " fired " + subjects;
    if (t == "investigation") {
        if (pending) return or_someone(actors) + " was to investigate " + (subjects.empty() ? "the matter" : subjects);
        if (!started) return or_someone(actors) + " investigated " + (subjects.empty() ? "the matter" : subjects);
        return "Investigation" + (subjects.empty() ? "" : " into " + subjects) +
               (actors.empty() ? "" : " by " + actors) + " under way";
    }
    if (t == "task_force") return or_someone(actors) + " set up a task force";
    if (t == "policy_change") return or_someone(actors) + " changed its policy";
    if (t == "vote") return or_someone(actors) + " voted" + concerning;
    if (t == "settlement") {
        std::string parties = with_role(e, {"participant"});
        std::string who = actors.empty() ? subjects : actors;
        return or_someone(who) + " reached a settlement" + (parties.empty() ? "" : " with " + parties);
    }
    if (t == "complaint") return or_someone(actors) + " filed a complaint" + against;
    if (t == "charge") return or_someone(actors) + " charged " + subjects;
    if (t == "arrest") return or_someone(actors) + " arrested " + subjects;
    if (t == "trial") return or_someone(subjects) + (pending ? " was to go on trial" : " went on trial");
    if (t == "conviction") return or_someone(subjects) + " was convicted";
    if (t == "acquittal") return or_someone(subjects) + " was acquitted";
    if (t == "sentence") return or_someone(subjects) + (pending ? " was to be sentenced" : " was sentenced");
    if (t == "report") return actors.empty() ? "A report was published" + concerning : actors + " published a report" + concerning;
    if (t == "statement") return or_someone(actors) + " made a statement" + concerning;
    if (t == "interview") return or_someone(actors) + " gave an interview" + concerning;
    if (t == "campaign_launch") {
        std::string campaign = objects.empty() ? "a campaign" : objects;
        return actors.empty() ? campaign + " was launched" : actors + " launched " + campaign;
    }
    if (t == "campaign_post") {
        std::string posters = with_role(e, {"participant", "actor"}, false);
        std::string platforms = with_role(e, {"participant"}, true);
        return or_someone(posters) + " posted" + (objects.empty() ? "" : " with " + objects) +
               (platforms.empty() ? "" : " on " + platforms);
    }
    if (t == "divorce_filing") return or_someone(actors) + " filed for divorce" + (subjects.empty() ? "" : " from " + subjects);
    if (t == "separation") return or_someone(actors) + " separated" + (subjects.empty() ? "" : " from " + subjects);
    return or_someone(actors) + ": " + words(t) + concerning;
}

// Negated facts: what had not happened, dated by the source.
std::string negated_sentence(const EventRow& e) {
    static const std::map<std::string, std::string, std::less<>> kParticiples = {
        {"charge", "charged"},   {"arrest", "arrested"},   {"conviction", "convicted"}, {"sentence", "sentenced"},
        {"trial", "tried"},      {"expulsion", "expelled"}, {"suspension", "suspended"}, {"firing", "fired"},
        {"termination", "terminated"}, {"acquittal", "acquitted"}};
    const std::string subjects = with_role(e, {"subject", "accused"});
    std::string as_of = e.date.open_end() ? "As reported" : "As of " + display_date(date_from_days(e.date.hi, e.date.hi));
    auto participle = kParticiples.find(e.type);
    if (participle != kParticiples.end() && !subjects.empty())
        return as_of + ", " + subjects + " had not been " + participle->second;
    return as_of + ", no " + words(e.type) + (subjects.empty() ? "" : " concerning " + subjects) + " had taken place";
}

}  // namespace

namespace {

// True when the type's sentence says a pending or started status in its own words.
bool words_its_status(const EventRow& e) {
    static const std::set<std::string, std::less<>> kWorded = {"expulsion", "termination_proceedings", "revocation",
                                                               "investigation", "trial", "sentence"};
    return kWorded.count(e.type) > 0 || !not_yet_done(e).empty();
}

}  // namespace

std::string headline(const EventRow& event) {
    std::string out = event.negated ? negated_sentence(event) : sentence(event);
    bool open = event.status == "pending" || event.status == "started";
    if (open && !event.negated && !words_its_status(event)) out += " (" + event.status + ")";
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    if (!event.negated && event.due)
        out += (event.status == "pending" && !not_yet_done(event).empty() ? "; set for " : "; a final decision is due ") +
               display_date(*event.due);
    return out;
}

std::string graph_label(const EventRow& event, std::size_t width) {
    std::string text = headline(event);
    if (event.type == "allegation" && !event.negated) {
        std::string accusers = accusers_of(event);
        std::string accused = or_someone(with_role(event, {"subject", "accused"}));
        std::string nature = event.nature.empty() ? "" : " (" + event.nature + ")";
        text = (accusers.empty() ? "Allegations against " + accused : accusers + " accused " + accused) + nature;
        if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    if (text.size() > width) {
        std::size_t cut = text.rfind(' ', width);
        text = text.substr(0, cut == std::string::npos || cut < width / 2 ? width : cut);
        while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.pop_back();
        text += "\u2026";
    }
    if (!event.negated) text += ", " + display_date(event.date);
    return text;
}

std::string answer_text(const LinkRow& answer) {
    if (!answer.summary.empty()) return answer.summary;
    std::string quotes;
    for (const auto& c : answer.citations) quotes += (quotes.empty() ? "" : " ") + std::string("\u201c") + c.quote + "\u201d";
    return quotes;
}

std::string status_phrase(const EventRow& event) {
    std::string out = event.status == "completed" ? "" : event.status;
    if (event.due) {
        if (!out.empty()) out += "; ";
        out += "decision due " + display_date(*event.due);
    }
    return out;
}

std::vector<const LinkRow*> answers(const EventRow& event) {
    std::vector<const LinkRow*> out;
    for (const auto& link : event.links)
        if (link.incoming && link.type == "responds_to" && (link.event_type == "denial" || link.event_type == "apology"))
            out.push_back(&link);
    return out;
}

std::string source_line(const CitationRow& c) {
    std::string out = c.publisher.empty() ? c.source : c.publisher;
    if (!c.title.empty()) out += ", \u201c" + c.title + "\u201d";
    if (c.published) out += ", " + display_date(*c.published);
    if (!c.url.empty()) out += ", " + c.url;
    if (!c.syndicated_from.empty()) out += " (republishing " + c.syndicated_from + ")";
    if (c.retracted) out += " [RETRACTED]";
    return out;
}

}  // namespace allegraph
