#include "exporters/wording.hpp"

namespace allegraph {
namespace {

std::string names_with_role(const EventRow& event, std::string_view role) {
    std::string out;
    for (const auto& p : event.participants) {
        if (p.role != role) continue;
        if (!out.empty()) out += ", ";
        out += p.entity.name;
    }
    return out;
}

std::string generated_sentence(const EventRow& event) {
    std::string who = names_with_role(event, event.type == "allegation" ? "accuser" : "actor");
    std::string whom = names_with_role(event, event.type == "allegation" ? "accused" : "subject");
    std::string type = event.type;
    for (auto& c : type)
        if (c == '_') c = ' ';
    if (event.type == "allegation" && !who.empty() && !whom.empty())
        return who + " accused " + whom + " of " + (event.nature.empty() ? "misconduct" : event.nature);
    std::string out = who.empty() ? type : who + ": " + type;
    return whom.empty() ? out : out + " concerning " + whom;
}

}  // namespace

std::string headline(const EventRow& event) {
    std::string sentence = event.summary.empty() ? generated_sentence(event) : event.summary;
    if (!event.negated) return sentence;
    if (event.date.open_end()) return "As reported: " + sentence;
    return "As of " + display_date(date_from_days(event.date.hi, event.date.hi)) + ", " + sentence;
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
    return out;
}

}  // namespace allegraph
