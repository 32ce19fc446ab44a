#include "graph/name_index.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace allegraph {
namespace {

constexpr std::size_t kStem = 4;
constexpr double kSuggestScore = 0.2;  // below it, a shared common word ("police") is noise
constexpr std::size_t kReasons = 3;    // the clues shown per record, best first  // letters of a word's stem for blocking: "weinstien" and "weinstein" share "wein"

std::string quoted(const std::string& text) { return "\u201c" + text + "\u201d"; }

// A word's first kStem bytes, marked so that it never equals a word.
std::string stem_key(const std::string& word) {
    std::string key(1, '~');
    key.append(word, 0, kStem);
    return key;
}

bool meaningful(const std::string& word) { return !is_name_stopword(word) && !word.empty(); }

// "spelling distance 1", "its alias “Macron”: the surname".
std::string on_form(const std::string& text, bool alias, const std::string& clue) {
    return alias ? "its alias " + quoted(text) + ": " + clue : clue;
}

double partial_score(PartialFit fit) {
    switch (fit) {
        case PartialFit::without_suffix_or_title: return 0.92;
        case PartialFit::without_first_name: return 0.88;
        case PartialFit::without_middle_name: return 0.86;
        case PartialFit::surname: return 0.85;
        case PartialFit::none: break;
    }
    return 0;
}

// The spelling distance a name of `length` code points may be off by and still be suggested.
std::size_t suggest_distance(std::size_t length) { return std::clamp<std::size_t>(length / 4, 1, 3); }

}  // namespace

NameIndex::NameIndex(std::vector<NamedRecord> records) {
    for (auto& record : records) add(std::move(record));
}

NameIndex::Form NameIndex::make_form(std::string_view text, bool alias) {
    Form form;
    form.text = std::string(text);
    form.words = name_words(text);
    form.loose = loose_name_key(text);
    form.length = code_points(form.loose);
    form.alias = alias;
    return form;
}

void NameIndex::add(NamedRecord record) {
    std::vector<Form> forms;
    forms.push_back(make_form(record.name, false));
    for (const auto& alias : record.aliases) {
        Form form = make_form(alias, true);
        bool repeat = std::any_of(forms.begin(), forms.end(), [&](const Form& f) { return f.loose == form.loose; });
        if (!repeat && !form.loose.empty()) forms.push_back(std::move(form));
    }
    records_.push_back(std::move(record));
    forms_.push_back(std::move(forms));
    index(records_.size() - 1);
}

void NameIndex::index(std::size_t record) {
    std::set<std::string> keys;
    for (const auto& form : forms_[record]) {
        by_loose_[form.loose].push_back(record);
        for (const auto& word : form.words)
            if (meaningful(word)) {
                keys.insert(word);
                keys.insert(stem_key(word));
            }
    }
    for (const auto& key : keys) by_word_[key].push_back(record);
}

double NameIndex::word_weight(const std::string& word) const {
    auto found = by_word_.find(word);
    double df = found == by_word_.end() ? 0 : static_cast<double>(found->second.size());
    return std::log(1.0 + static_cast<double>(records_.size() + 1) / (df + 1.0));
}

std::vector<NameClue> NameIndex::clues(const Form& query, const Form& form, bool person, bool strict) const {
    std::vector<NameClue> out;
    auto add = [&](double score, const std::string& clue) { out.push_back({score, clue}); };
    if (query.loose.empty() || form.loose.empty()) return out;
    if (query.loose == form.loose) {
        add(1.0, "the same name");
        return out;
    }
    if (person)
        if (PartialFit fit = partial_fit(query.words, form.words); fit != PartialFit::none)
            add(partial_score(fit), describe(fit));
    if (person && is_initialled_form(query.words, form.words)) add(0.8, "the name with initials");
    const bool one_word = query.words.size() == 1, form_one_word = form.words.size() == 1;
    if (one_word && is_acronym_of(query.loose, form.words, false)) add(0.85, "its initials (an acronym)");
    else if (one_word && name_initials(form.words).size() >= 3 && is_acronym_of(query.loose, form.words, true))
        add(0.55, "its initials in another order");
    if (form_one_word && is_acronym_of(form.loose, query.words, false))
        add(0.85, "an acronym of the name given");

    const std::size_t shorter = std::min(query.length, form.length);
    const std::size_t limit = strict ? small_distance(shorter) : suggest_distance(shorter);
    if (limit > 0) {
        std::size_t d = edit_distance(query.loose, form.loose, limit);
        if (d <= limit)
            add(0.9 * (1.0 - static_cast<double>(d) / static_cast<double>(std::max(query.length, form.length))),
                "spelling distance " + std::to_string(d));
    }
    if (one_word && !form_one_word) {  // "weinstien": a word of "Harvey Weinstein" misspelt
        const std::string& word = query.words[0];
        std::size_t word_limit = strict ? small_distance(code_points(word)) : suggest_distance(code_points(word));
        for (const auto& other : form.words) {
            if (!meaningful(other) || other == word || word_limit == 0) continue;
            std::size_t d = edit_distance(word, other, word_limit);
            if (d <= word_limit) {
                add(0.72 - 0.08 * static_cast<double>(d - 1), "spelling distance " + std::to_string(d) + " from the word " +
                                                                   quoted(other));
                break;
            }
        }
    }
    std::vector<std::string> shared;
    double shared_weight = 0, query_weight = 0, form_weight = 0;
    std::set<std::string> form_words;
    for (const auto& w : form.words)
        if (meaningful(w)) form_words.insert(w);
    std::set<std::string> query_words;
    for (const auto& w : query.words)
        if (meaningful(w)) query_words.insert(w);
    for (const auto& w : query_words) {
        query_weight += word_weight(w);
        if (form_words.count(w)) {
            shared.push_back(w);
            shared_weight += word_weight(w);
        }
    }
    for (const auto& w : form_words) form_weight += word_weight(w);
    if (!shared.empty()) {
        std::string list;
        for (const auto& w : shared) list += (list.empty() ? "" : ", ") + quoted(w);
        std::string clue = shared.size() == 1 ? "a word of the name (" + list + ")" : "words of the name (" + list + ")";
        if (strict) {
            if (one_word && form.words.size() > 1 && code_points(query.words[0]) >= 3) add(0.5, clue);
        } else {
            add(0.7 * (0.5 * shared_weight / query_weight + 0.5 * shared_weight / form_weight), clue);
        }
    }
    return out;
}

NameMatch NameIndex::collect(std::size_t record, std::vector<NameClue> found) const {
    std::stable_sort(found.begin(), found.end(), [](const NameClue& a, const NameClue& b) { return a.score > b.score; });
    NameMatch match;
    match.record = record;
    match.score = found.empty() ? 0 : found.front().score;
    for (auto& clue : found)
        if (match.why.size() < kReasons && std::find(match.why.begin(), match.why.end(), clue.why) == match.why.end())
            match.why.push_back(clue.why);
    return match;
}

std::vector<std::size_t> NameIndex::same_name(std::string_view name) const {
    auto found = by_loose_.find(loose_name_key(name));
    if (found == by_loose_.end()) return {};
    std::vector<std::size_t> out = found->second;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<std::size_t, PartialFit>> NameIndex::partial(std::string_view name) const {
    std::vector<std::pair<std::size_t, PartialFit>> out;
    auto words = name_words(name);
    auto core = person_core_words(words);
    if (core.empty() || !meaningful(core.back())) return out;
    auto found = by_word_.find(core.back());
    if (found == by_word_.end()) return out;
    for (std::size_t record : found->second) {
        if (records_[record].kind != "person") continue;
        PartialFit best = PartialFit::none;
        for (const auto& form : forms_[record]) {
            PartialFit fit = partial_fit(words, form.words);
            if (fit != PartialFit::none && (best == PartialFit::none || partial_score(fit) > partial_score(best))) best = fit;
        }
        if (best != PartialFit::none) out.emplace_back(record, best);
    }
    return out;
}

std::vector<NameMatch> NameIndex::similar(std::string_view name, std::size_t limit) const {
    Form query = make_form(name, false);
    std::vector<NameMatch> out;
    for (std::size_t r = 0; r < records_.size(); ++r) {
        std::vector<NameClue> found;
        for (const auto& form : forms_[r])
            for (auto& clue : clues(query, form, records_[r].kind == "person", false))
                found.push_back({clue.score, on_form(form.text, form.alias, clue.why)});
        NameMatch match = collect(r, std::move(found));
        if (match.score >= kSuggestScore) out.push_back(std::move(match));
    }
    std::sort(out.begin(), out.end(), [&](const NameMatch& a, const NameMatch& b) {
        if (a.score != b.score) return a.score > b.score;
        return records_[a.record].id < records_[b.record].id;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

std::vector<NameMatch> NameIndex::near(std::string_view name) const {
    Form query = make_form(name, false);
    std::vector<NameMatch> out;
    for (std::size_t r = 0; r < records_.size(); ++r) {
        std::vector<NameClue> found;
        for (const auto& form : forms_[r])
            for (auto& clue : clues(query, form, records_[r].kind == "person", true))
                found.push_back({clue.score, on_form(form.text, form.alias, clue.why)});
        if (!found.empty()) out.push_back(collect(r, std::move(found)));
    }
    std::sort(out.begin(), out.end(), [&](const NameMatch& a, const NameMatch& b) {
        if (a.score != b.score) return a.score > b.score;
        return records_[a.record].id < records_[b.record].id;
    });
    return out;
}

NameMatch NameIndex::compare(std::size_t a, std::size_t b) const {
    std::vector<NameClue> found;
    const bool person_a = records_[a].kind == "person", person_b = records_[b].kind == "person";
    for (const auto& fa : forms_[a])
        for (const auto& fb : forms_[b]) {
            auto forward = clues(fa, fb, person_b, false);
            for (const auto& clue : forward) found.push_back({clue.score, clue.why + ": " + quoted(fa.text) + " and " + quoted(fb.text)});
            for (const auto& clue : clues(fb, fa, person_a, false)) {  // what reads only the other way round
                bool seen = std::any_of(forward.begin(), forward.end(), [&](const NameClue& c) { return c.why == clue.why; });
                if (!seen) found.push_back({clue.score, clue.why + ": " + quoted(fb.text) + " and " + quoted(fa.text)});
            }
        }
    return collect(b, std::move(found));
}

std::vector<std::size_t> NameIndex::neighbours(std::size_t a, std::size_t max_bucket) const {
    std::set<std::size_t> out;
    auto take = [&](const std::string& key) {
        auto found = by_word_.find(key);
        if (found == by_word_.end() || found->second.size() > max_bucket) return;
        out.insert(found->second.begin(), found->second.end());
    };
    for (const auto& form : forms_[a]) {
        for (const auto& word : form.words)
            if (meaningful(word)) {
                take(word);
                take(stem_key(word));
            }
        if (auto found = by_loose_.find(name_initials(form.words)); found != by_loose_.end() && form.words.size() > 1)
            out.insert(found->second.begin(), found->second.end());
    }
    out.erase(a);
    return {out.begin(), out.end()};
}

}  // namespace allegraph
