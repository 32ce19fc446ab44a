#include "queries/redactor.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <set>

namespace allegraph {
namespace {

// Words that stand before a surname: "Ms Rivers", "Dr. Rivers" (the period separates words).
constexpr const char* kTitles[] = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
                                   "lady", "lord", "madam", "madame", "mme", "mlle", "rev"};

bool is_title(std::string_view word) {
    return std::any_of(std::begin(kTitles), std::end(kTitles), [&](const char* title) { return word == title; });
}

std::vector<std::string> word_texts(std::string_view text) {
    std::vector<std::string> out;
    for (auto& word : folded_words(text)) out.push_back(std::move(word.text));
    return out;
}

// A stream of words for the matcher: " w0 w1 ... wn " with where each word starts and ends.
struct Stream {
    std::string text = " ";
    std::vector<std::size_t> starts, ends, word_of;
    void add(const std::string& word, std::size_t of) {
        starts.push_back(text.size());
        text += word;
        ends.push_back(text.size());
        text += ' ';
        word_of.push_back(of);
    }
};

// The bytes of the '#' or '@' (also full-width) just before `begin` of `text`, 0 when there is none:
// the word there is a hashtag or a handle.
std::size_t tag_sign_before(std::string_view text, std::size_t begin) {
    if (begin >= 1 && (text[begin - 1] == '#' || text[begin - 1] == '@')) return 1;
    bool wide = begin >= 3 && (text.substr(begin - 3, 3) == "\xEF\xBC\x83" || text.substr(begin - 3, 3) == "\xEF\xBC\xA0");
    return wide ? 3 : 0;
}

// The parts of a CamelCase word, folded: "JusticeForAnn" -> justice, for, ann. One part when it has none.
std::vector<std::string> camel_parts(std::string_view text, const FoldedWord& word) {
    std::vector<std::string> parts;
    std::size_t from = word.begin;
    bool lower_before = false;
    for (std::size_t i = word.begin; i < word.end;) {
        const std::size_t at = i;
        UChar32 c;
        U8_NEXT(text.data(), i, word.end, c);
        if (c >= 0 && u_isupper(c) && lower_before && at > from) {
            for (auto& part : word_texts(text.substr(from, at - from))) parts.push_back(std::move(part));
            from = at;
        }
        lower_before = c >= 0 && u_islower(c);
    }
    for (auto& part : word_texts(text.substr(from, word.end - from))) parts.push_back(std::move(part));
    return parts;
}

}  // namespace

Redactor::Redactor(const std::vector<PrivateEntity>& entities) : matcher_({}) {
    for (std::size_t i = 0; i < entities.size(); ++i) add_names(entities[i], i);
    matcher_ = NameMatcher(patterns());
}

std::vector<std::string> Redactor::patterns() const {
    std::vector<std::string> out;
    out.reserve(owners_.size());
    for (const auto& [pattern, owners] : owners_) out.push_back(pattern);
    return out;
}

void Redactor::add_names(const PrivateEntity& entity, std::size_t index) {
    for (const auto& name : entity.names) {
        auto words = word_texts(name);
        add(words, index, Form::name, true);
        if (entity.kind != "person" || words.size() < 2) continue;
        const std::string& given = words.front();
        const std::string& surname = words.back();
        if (surname.size() < 2)  // no bare-surname pattern to find "Mr X" through
            for (const char* title : kTitles) add({title, surname}, index, Form::name, false);
        else
            titled_[" " + surname + " "].push_back({index, Form::name});
        add({surname, given}, index, Form::name, false);  // "Rivers, Sam"
        std::size_t initial = 0;
        U8_FWD_1_UNSAFE(given.data(), initial);
        if (initial < given.size()) add({given.substr(0, initial), surname}, index, Form::name, false);  // "S. Rivers"
        add({surname}, index, Form::surname, false);
    }
    for (const auto& id : entity.ids) add(word_texts(id), index, Form::name, false);
}

void Redactor::add(const std::vector<std::string>& words, std::size_t entity, Form form, bool run_together) {
    // One letter alone would blank every "a" and "I": a name of one short word is matched only with others.
    if (words.empty() || (words.size() == 1 && words.front().size() < 2)) return;
    std::string spaced = " ", joined;
    for (const auto& word : words) {
        spaced += word + " ";
        joined += word;
    }
    owners_[spaced].push_back({entity, form});
    if (run_together && words.size() > 1) owners_[joined].push_back({entity, form});
}

void Redactor::scan(const std::string& stream, const std::vector<std::size_t>& starts,
                    const std::vector<std::size_t>& word_of, const std::vector<FoldedWord>& words,
                    std::vector<Found>& found) const {
    const std::size_t count = starts.size();
    auto ends_at = [&](std::size_t k) { return k + 1 < count ? starts[k + 1] - 1 : stream.size() - 1; };
    auto stream_word = [&](std::size_t at) {  // the stream word holding byte `at` (or starting just after it)
        return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin()) - 1;
    };
    for (auto [s, e] : matcher_.find_every(stream)) {
        const std::string pattern = stream.substr(s, e - s);
        const auto& owners = owners_.at(pattern);
        const bool spaced = stream[s] == ' ';
        const std::size_t first = spaced ? stream_word(s + 1) : stream_word(s);
        const std::size_t last = spaced ? stream_word(e - 2) : stream_word(e - 1);
        const bool whole_parts = starts[first] == (spaced ? s + 1 : s) && ends_at(last) == (spaced ? e - 1 : e);
        const bool first_part = first == 0 || word_of[first - 1] != word_of[first];
        const bool last_part = last + 1 == count || word_of[last + 1] != word_of[last];
        NameSpan span;
        span.first_word = word_of[first];
        span.last_word = word_of[last];
        span.begin = words[span.first_word].begin;
        span.end = words[span.last_word].end;
        span.whole_words = whole_parts && first_part && last_part;
        found.push_back({span, &owners});
        // "Ms Rivers", "Dr. Rivers": a surname after a title is a name (one pattern per surname, not per title).
        if (!spaced || first == 0 || first != last || !is_title(stream.substr(starts[first - 1], ends_at(first - 1) - starts[first - 1])))
            continue;
        if (auto titled = titled_.find(pattern); titled != titled_.end()) {
            NameSpan with_title = span;
            with_title.first_word = word_of[first - 1];
            with_title.begin = words[with_title.first_word].begin;
            with_title.whole_words = (first == 1 || word_of[first - 2] != word_of[first - 1]) && last_part;
            found.push_back({with_title, &titled->second});
        }
    }
}

std::vector<NameSpan> Redactor::find(std::string_view text, const std::vector<FoldedWord>& words) const {
    if (empty() || words.empty()) return {};
    Stream whole, parts;
    bool split = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        whole.add(words[i].text, i);
        auto camel = tag_sign_before(text, words[i].begin) ? camel_parts(text, words[i]) : std::vector<std::string>{};
        split = split || camel.size() > 1;
        if (camel.size() > 1)
            for (const auto& part : camel) parts.add(part, i);
        else
            parts.add(words[i].text, i);
    }
    std::vector<Found> found;
    scan(whole.text, whole.starts, whole.word_of, words, found);
    if (split) scan(parts.text, parts.starts, parts.word_of, words, found);
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.span.begin < b.span.begin; });
    // A bare surname counts only after a fuller form of the same person's name in this text.
    std::set<std::size_t> named;
    std::vector<NameSpan> spans;
    for (const auto& [span, owners] : found) {
        bool accepted = false;
        for (const auto& owner : *owners) {
            if (owner.form == Form::name) named.insert(owner.entity);
            accepted = accepted || owner.form == Form::name || named.count(owner.entity);
        }
        if (!accepted) continue;
        NameSpan shown = span;
        shown.begin -= tag_sign_before(text, shown.begin);
        spans.push_back(shown);
    }
    return spans;
}

}  // namespace allegraph
