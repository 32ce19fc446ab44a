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

const std::vector<std::vector<std::string>>& Privacy::public_names_holding(const std::string& phrase) const {
    auto found = public_names_by_phrase_.find(phrase);
    if (found != public_names_by_phrase_.end()) return found->second;
    if (!public_names_) public_names_ = std::make_unique<PublicNames>(store_);
    std::vector<std::vector<std::string>> names;
    for (const auto& name : public_names_->with_phrase(phrase)) {
        std::vector<std::string> words;
        for (auto& word : folded_words(name)) words.push_back(std::move(word.text));
        names.push_back(std::move(words));
    }
    return public_names_by_phrase_.emplace(phrase, std::move(names)).first->second;
}

bool Privacy::inside_public_name(const std::vector<FoldedWord>& words, const NameSpan& span) const {
    std::string phrase;
    for (std::size_t i = span.first_word; i <= span.last_word; ++i) phrase += (phrase.empty() ? "" : " ") + words[i].text;
    const std::size_t length = span.last_word - span.first_word + 1;
    for (const auto& name : public_names_holding(phrase)) {
        if (name.size() <= length || name.size() > words.size()) continue;
        // An occurrence of the public name's words starting at or before the span and ending at or after it.
        const std::size_t lowest = span.last_word + 1 >= name.size() ? span.last_word + 1 - name.size() : 0;
        for (std::size_t start = lowest; start <= span.first_word && start + name.size() <= words.size(); ++start)
            if (std::equal(name.begin(), name.end(), words.begin() + static_cast<std::ptrdiff_t>(start),
                           [](const std::string& a, const FoldedWord& b) { return a == b.text; }))
                return true;
    }
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
    std::erase_if(spans, [&](const NameSpan& span) { return span.whole_words && inside_public_name(words, span); });
    return merged(spans);
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
