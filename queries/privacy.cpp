#include "queries/privacy.hpp"

#include <algorithm>

#include "graph/private_names.hpp"

namespace allegraph {
namespace {

std::vector<PrivateEntity> private_entities(Store& store, bool include_private) {
    if (include_private) return {};
    return read_private_entities(store);
}

}  // namespace

Privacy::Privacy(Store& store, bool include_private)
    : store_(store), include_private_(include_private), redactor_(private_entities(store, include_private)) {}

EntityRef Privacy::entity(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                          bool is_public) const {
    if (is_public || include_private_) return {key, id, shown_name(name), kind, false};
    return {key, "private:" + std::to_string(key), "[redacted " + kind + "]", kind, true};
}

PublicNames& Privacy::public_names() const {
    if (!public_names_) public_names_ = std::make_unique<PublicNames>(store_);
    return *public_names_;
}

bool Privacy::in_some_name(const std::string& phrase) const {
    if (auto found = name_phrases_.find(phrase); found != name_phrases_.end()) return found->second;
    return name_phrases_.emplace(phrase, public_names().any_holds(phrase)).first->second;
}

const std::vector<std::vector<std::string>>& Privacy::public_names_holding(const std::string& phrase) const {
    auto found = public_names_by_phrase_.find(phrase);
    if (found != public_names_by_phrase_.end()) return found->second;
    std::vector<std::vector<std::string>> names;
    for (const auto& name : public_names().with_phrase(phrase)) {
        std::vector<std::string> words;
        for (auto& word : folded_words(name)) words.push_back(std::move(word.text));
        names.push_back(std::move(words));
    }
    return public_names_by_phrase_.emplace(phrase, std::move(names)).first->second;
}

namespace {

// The words [first, last] joined by single spaces: a phrase as the store's name search reads it.
std::string phrase_of(const std::vector<FoldedWord>& words, std::size_t first, std::size_t last) {
    std::string phrase;
    for (std::size_t i = first; i <= last; ++i) phrase += (i == first ? "" : " ") + words[i].text;
    return phrase;
}

// Whether the public name's words stand in `words` at some start covering the span [first, last].
bool written_around(const std::vector<std::string>& name, const std::vector<FoldedWord>& words, std::size_t first,
                    std::size_t last) {
    if (name.size() <= last - first + 1 || name.size() > words.size()) return false;
    const std::size_t lowest = last + 1 >= name.size() ? last + 1 - name.size() : 0;
    for (std::size_t start = lowest; start <= first && start + name.size() <= words.size(); ++start)
        if (std::equal(name.begin(), name.end(), words.begin() + static_cast<std::ptrdiff_t>(start),
                       [](const std::string& a, const FoldedWord& b) { return a == b.text; }))
            return true;
    return false;
}

}  // namespace

bool Privacy::inside_public_name(const std::vector<FoldedWord>& words, const NameSpan& span) const {
    // A longer name written around the span holds the span and the word before it, or the span and
    // the word after it. Asking for those phrases rather than the span's own finds the same names
    // among far fewer: the public namesakes of a common surname hold "novak", few hold "ms novak".
    // Those phrases are asked for only when some name holds the neighbouring word and the pair it
    // makes with the span's nearest word ("of" alone is in many names, "novak of" in few).
    std::vector<std::string> phrases;
    if (span.first_word > 0 && in_some_name(words[span.first_word - 1].text) &&
        in_some_name(phrase_of(words, span.first_word - 1, span.first_word)))
        phrases.push_back(phrase_of(words, span.first_word - 1, span.last_word));
    if (span.last_word + 1 < words.size() && in_some_name(words[span.last_word + 1].text) &&
        in_some_name(phrase_of(words, span.last_word, span.last_word + 1)))
        phrases.push_back(phrase_of(words, span.first_word, span.last_word + 1));
    for (const auto& phrase : phrases)
        for (const auto& name : public_names_holding(phrase))
            if (written_around(name, words, span.first_word, span.last_word)) return true;
    return false;
}

namespace {

// The spans, by start, joined where they overlap: the byte ranges to replace.
std::vector<std::pair<std::size_t, std::size_t>> merged(const std::vector<NameSpan>& spans) {
    std::vector<std::pair<std::size_t, std::size_t>> regions;
    for (const auto& span : spans) {
        if (!regions.empty() && span.begin < regions.back().second)
            regions.back().second = std::max(regions.back().second, span.end);
        else
            regions.emplace_back(span.begin, span.end);
    }
    return regions;
}

std::string replaced(const std::string& text, const std::vector<std::pair<std::size_t, std::size_t>>& regions) {
    if (regions.empty()) return text;
    std::string out;
    std::size_t from = 0;
    for (auto [begin, end] : regions) {
        out.append(text, from, begin - from) += "[redacted]";
        from = end;
    }
    return out.append(text, from, std::string::npos);
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> Privacy::hidden_ranges(const std::string& text) const {
    if (redactor_.empty()) return {};
    auto words = folded_words(text);
    auto spans = redactor_.find(text, words);
    // Longest first: a span inside one already kept changes nothing in what is replaced, so it is kept
    // without asking the store (a full name's own surname, found as the bare surname, is the common case).
    std::stable_sort(spans.begin(), spans.end(),
                     [](const NameSpan& a, const NameSpan& b) { return a.end - a.begin > b.end - b.begin; });
    std::vector<NameSpan> hidden;
    for (const auto& span : spans) {
        const bool covered = std::any_of(hidden.begin(), hidden.end(), [&](const NameSpan& outer) {
            return outer.begin <= span.begin && span.end <= outer.end;
        });
        if (covered || !span.whole_words || !inside_public_name(words, span)) hidden.push_back(span);
    }
    std::sort(hidden.begin(), hidden.end(), [](const NameSpan& a, const NameSpan& b) { return a.begin < b.begin; });
    return merged(hidden);
}

std::string Privacy::scrub(const std::string& text) const { return replaced(text, hidden_ranges(text)); }

std::string Privacy::shown_name(const std::string& name) const {
    if (redactor_.empty()) return name;
    if (auto found = shown_names_.find(name); found != shown_names_.end()) return found->second;
    auto spans = redactor_.find(name, folded_words(name));
    std::erase_if(spans, [](const NameSpan& span) { return span.whole_words; });
    return shown_names_.emplace(name, replaced(name, merged(spans))).first->second;
}

}  // namespace allegraph
