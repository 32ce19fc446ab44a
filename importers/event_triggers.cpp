// Event triggers (importers/event_triggers.hpp): the vocabulary's patterns, parsed once per set of
// event types, matched against a sentence's tokens.
#include "importers/event_triggers.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace allegraph {
namespace {

struct Element {
    std::vector<std::string> words;  // alternatives
    bool optional = false;
    int skip = 0;                    // ~N
    bool commas = false;             // ~~N: commas and quotation marks may be skipped too
};

std::vector<Element> parse(std::string_view pattern) {
    std::vector<Element> out;
    while (!pattern.empty()) {
        auto space = pattern.find(' ');
        std::string_view part = pattern.substr(0, space);
        pattern = space == std::string_view::npos ? std::string_view() : pattern.substr(space + 1);
        Element e;
        if (part[0] == '~') {
            e.commas = part.size() > 1 && part[1] == '~';
            e.skip = std::stoi(std::string(part.substr(e.commas ? 2 : 1)));
            out.push_back(e);
            continue;
        }
        if (part.back() == '?') {
            e.optional = true;
            part.remove_suffix(1);
        }
        while (!part.empty()) {
            auto bar = part.find('|');
            e.words.emplace_back(part.substr(0, bar));
            part = bar == std::string_view::npos ? std::string_view() : part.substr(bar + 1);
        }
        out.push_back(std::move(e));
    }
    return out;
}

// The triggers of a vocabulary's event types, parsed, in the order that breaks ties; it holds the
// definitions it points into.
struct TriggerTable {
    std::vector<std::shared_ptr<const EventTypeDefinition>> types;
    std::vector<Trigger> triggers;
    std::vector<std::vector<Element>> patterns;
};

Frame frame_of(std::string_view word) {
    return word == "noun" ? Frame::noun : word == "intransitive" ? Frame::intransitive : Frame::verb;
}

std::unique_ptr<TriggerTable> table_of(const std::vector<std::shared_ptr<const EventTypeDefinition>>& types) {
    auto table = std::make_unique<TriggerTable>();
    table->types = types;
    std::vector<std::pair<const TriggerDefinition*, const EventTypeDefinition*>> all;
    for (const auto& type : types)
        for (const auto& t : type->triggers) all.emplace_back(&t, type.get());
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.first->precedence > b.first->precedence; });
    for (const auto& [t, type] : all) {
        table->triggers.push_back({t->pattern, type->word, type, frame_of(t->frame), t->status, t->patient_prep,
                                   t->institution_agent, t->negative, t->report_only, t->patient_first});
        table->patterns.push_back(parse(t->pattern));
    }
    return table;
}

// The table of the vocabulary's event types, parsed on first use. A table is kept for the life of the
// program (a run sees one or two sets of event types), so the triggers that matches point at stay valid.
const TriggerTable& table_for(const Vocabulary& vocabulary) {
    static std::mutex mutex;
    static std::map<std::vector<const EventTypeDefinition*>, std::unique_ptr<TriggerTable>> tables;
    const auto& types = vocabulary.event_type_definitions();
    std::vector<const EventTypeDefinition*> key;
    for (const auto& type : types) key.push_back(type.get());
    std::lock_guard lock(mutex);
    auto& table = tables[key];
    if (!table) table = table_of(types);
    return *table;
}

bool word_is(const Token& t, const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), t.lower) != words.end();
}

// The end of a match of elements[e..] at token k, or 0 when none.
std::size_t match(const std::vector<Element>& elements, std::size_t e, const std::vector<Token>& tokens, std::size_t k) {
    if (e == elements.size()) return k;
    const Element& el = elements[e];
    if (el.skip) {
        for (int n = 0; n <= el.skip; ++n) {
            if (std::size_t end = match(elements, e + 1, tokens, k + static_cast<std::size_t>(n))) return end;
            std::size_t at = k + static_cast<std::size_t>(n);
            if (at >= tokens.size()) break;
            bool skippable = tokens[at].word || (el.commas && (tokens[at].lower == "," || tokens[at].lower == "\""));
            if (!skippable) break;
        }
        return 0;
    }
    if (k < tokens.size() && word_is(tokens[k], el.words))
        if (std::size_t end = match(elements, e + 1, tokens, k + 1)) return end;
    return el.optional ? match(elements, e + 1, tokens, k) : 0;
}

}  // namespace

std::vector<TriggerMatch> find_triggers(const std::vector<Token>& tokens, const Vocabulary& vocabulary) {
    std::vector<TriggerMatch> all;
    const TriggerTable& table = table_for(vocabulary);
    const auto& patterns = table.patterns;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (!tokens[k].word) continue;
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            std::size_t end = match(patterns[i], 0, tokens, k);
            if (end > k) all.push_back({&table.triggers[i], k, end, k});
        }
    }
    // longest first at each start; then drop what overlaps an earlier-kept, longer match
    std::stable_sort(all.begin(), all.end(), [](const TriggerMatch& a, const TriggerMatch& b) {
        return a.last - a.first > b.last - b.first;
    });
    std::vector<TriggerMatch> kept;
    for (const auto& m : all) {
        bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const TriggerMatch& k) {
            // "reviewed evidence relating to claims of …": the last word of one trigger may begin another
            // ("a review of sexual misconduct allegations" is a review and allegations; "filed a defamation
            // complaint" is one complaint)
            bool shares_a_noun = k.trigger->type != m.trigger->type && m.first + 1 == k.last && m.first > k.first &&
                                 (m.last > k.last || (m.trigger->definition->nature && k.trigger->type != "complaint"));
            return m.first < k.last && k.first < m.last && !shares_a_noun;
        });
        if (!overlaps) kept.push_back(m);
    }
    std::sort(kept.begin(), kept.end(), [](const TriggerMatch& a, const TriggerMatch& b) { return a.first < b.first; });
    return kept;
}

}  // namespace allegraph
