#include "exporters/wording.hpp"

#include <algorithm>
#include <optional>

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

bool has_role(const WordingParty& party, std::string_view role) {
    return std::find(party.roles.begin(), party.roles.end(), role) != party.roles.end();
}

// The names of the party's participants. With `including`, named members beside one group are
// reported as part of it: "more than three dozen actresses, including Angelina Jolie and Rose
// McGowan," — unless the group says they are not ("Ann Lee and three other women").
std::string party_names(const EventRow& e, const WordingParty& party) {
    std::vector<std::string> names, groups, named;
    for (const auto& p : e.participants) {
        if (!has_role(party, p.role)) continue;
        if (party.organizations && (p.entity.kind == "organization") != *party.organizations) continue;
        names.push_back(p.entity.name);
        (p.entity.kind == "group" ? groups : named).push_back(p.entity.name);
    }
    if (!party.including || groups.size() != 1 || named.empty()) return join_names(names);
    const std::string& group = groups.front();
    if (group.find(" other ") != std::string::npos || group.starts_with("other ")) {
        named.push_back(group);
        return join_names(named);
    }
    return group + ", including " + join_names(named) + ",";
}

std::string lower_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

std::string upper_first(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// What a template's placeholders stand for in one event: the parties' names, nature, label, due
// and, for the default wording, the sentence and status. Each is worked out when a template first
// names it: a graph export words every event, and most templates name two or three.
class Placeholders {
public:
    Placeholders(const EventRow& e, const EventTypeDefinition& type) : event_(e), type_(type) {
        values_.reserve(builtin_vocabulary().wording_parties().size() + 5);
        for (const auto& party : builtin_vocabulary().wording_parties()) values_.push_back({party.word, &party, {}});
        for (std::string_view name : {"nature", "label", "due", "status", "sentence"}) values_.push_back({name, nullptr, {}});
    }

    void set(std::string_view name, std::string value) { slot(name)->value = std::move(value); }

    // `inside` a pair of braces: "subjects", "actors|Someone", "subjects|actors|Someone". The first
    // alternative with a value; one that names no placeholder is text. Empty when none has one.
    std::string value(std::string_view inside) const {
        while (true) {
            std::size_t bar = inside.find('|');
            std::string_view name = inside.substr(0, bar);
            const std::string* known = lookup(name);
            if (!known) return std::string(name);
            if (!known->empty()) return *known;
            if (bar == std::string_view::npos) return "";
            inside.remove_prefix(bar + 1);
        }
    }

    // The template's text, or nullopt when a placeholder outside brackets has no value and
    // `must_fit`; a bracketed part with an empty placeholder is left out.
    std::optional<std::string> expand(std::string_view text, bool must_fit) const {
        std::string out, part;
        bool in_brackets = false, part_empty = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            if (c == '[') {
                in_brackets = true;
                part.clear();
                part_empty = false;
            } else if (c == ']') {
                in_brackets = false;
                if (!part_empty) out += part;
            } else if (c == '{' && text.find('}', i) != std::string_view::npos) {
                std::size_t close = text.find('}', i);
                std::string v = value(text.substr(i + 1, close - i - 1));
                if (v.empty() && in_brackets) part_empty = true;
                if (v.empty() && !in_brackets && must_fit) return std::nullopt;
                (in_brackets ? part : out) += v;
                i = close;
            } else {
                (in_brackets ? part : out) += c;
            }
        }
        return out;
    }

    // The first alternative that fits, else the last one as it stands.
    std::string render(const WordingTemplate& alternatives) const {
        for (const auto& text : alternatives)
            if (auto out = expand(text, true)) return *out;
        return alternatives.empty() ? "" : *expand(alternatives.back(), false);
    }

private:
    struct Slot {
        std::string_view name;
        const WordingParty* party;  // null for a value
        std::optional<std::string> value;
    };

    Slot* slot(std::string_view name) const {
        for (auto& s : values_)
            if (s.name == name) return &s;
        return nullptr;
    }

    // The value of a placeholder, worked out on first use; null for a name that is none (literal text).
    const std::string* lookup(std::string_view name) const {
        Slot* s = slot(name);
        if (!s) return nullptr;
        if (!s->value) s->value = s->party ? party_names(event_, *s->party) : computed(name);
        return &*s->value;
    }

    std::string computed(std::string_view name) const {
        if (name == "nature") return event_.nature;
        if (name == "label") return lower_first(type_.label);
        if (name == "due") return event_.due ? display_date(*event_.due) : "";
        if (name == "status") return event_.status;
        return "";
    }

    const EventRow& event_;
    const EventTypeDefinition& type_;
    mutable std::vector<Slot> values_;
};

const WordingTemplate* wording(const EventTypeDefinition& type, std::string_view key) {
    auto it = type.wording.find(key);
    return it == type.wording.end() ? nullptr : &it->second;
}

const WordingTemplate& default_wording(std::string_view key) {
    return builtin_vocabulary().default_wording().at(std::string(key));
}

// The type of the event as the store's vocabulary defines it; for a row made by hand, the built-in
// one; for a type no vocabulary knows, a definition that says only its name.
std::shared_ptr<const EventTypeDefinition> definition_of(const EventRow& e) {
    if (e.definition) return e.definition;
    if (auto known = builtin_vocabulary().event_type(e.type)) return known;
    auto unknown = std::make_shared<EventTypeDefinition>();
    unknown->word = unknown->label = e.type;
    std::replace(unknown->label.begin(), unknown->label.end(), '_', ' ');
    return unknown;
}

bool is_open(const EventRow& e) { return e.status == "started" || e.status == "pending"; }

// Negated facts: what had not happened, dated by the source.
std::string negated_sentence(const EventRow& e, const EventTypeDefinition& type, const Placeholders& values) {
    std::string as_of = e.date.open_end() ? "As reported" : "As of " + display_date(date_from_days(e.date.hi, e.date.hi));
    const WordingTemplate* own = wording(type, "negated");
    return as_of + ", " + values.render(own ? *own : default_wording("negated"));
}

// What the event says happened, in its status's words, within what its type and roles state.
std::string sentence(const EventRow& e, const EventTypeDefinition& type, Placeholders& values) {
    const std::string key = is_open(e) ? e.status : "affirmative";
    if (e.due)
        if (const WordingTemplate* with_due = wording(type, key + "_due")) return values.render(*with_due);
    const WordingTemplate* affirmative = wording(type, "affirmative");
    std::string out = values.render(affirmative ? *affirmative : default_wording("affirmative"));
    if (key != "affirmative") {
        if (const WordingTemplate* own = wording(type, key)) {
            out = values.render(*own);
        } else {
            values.set("sentence", out);
            out = values.render(default_wording("open"));
        }
    }
    if (e.due) {
        values.set("sentence", out);
        out = values.render(default_wording("due"));
    }
    return out;
}

}  // namespace

std::string headline(const EventRow& event) {
    auto type = definition_of(event);
    Placeholders values(event, *type);
    return upper_first(event.negated ? negated_sentence(event, *type, values) : sentence(event, *type, values));
}

std::string graph_label(const EventRow& event, std::size_t width) {
    auto type = definition_of(event);
    const WordingTemplate* short_form = event.negated ? nullptr : wording(*type, "short");
    std::string text = short_form ? upper_first(Placeholders(event, *type).render(*short_form)) : headline(event);
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
        if (is_answer(link)) out.push_back(&link);
    return out;
}

std::string answer_word(const LinkRow& answer) {
    return answer.event_definition ? answer.event_definition->answer : std::string();
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
