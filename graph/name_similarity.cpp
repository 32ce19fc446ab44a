#include "graph/name_similarity.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "graph/text.hpp"

namespace allegraph {
namespace {

bool in_list(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_title(std::string_view word) {
    return in_list(word, {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "president", "senator", "sen", "rep",
                          "representative", "congressman", "congresswoman", "judge", "justice", "gov", "governor",
                          "mayor", "prof", "professor", "rev", "reverend", "hon", "honourable", "honorable",
                          "chancellor", "minister", "secretary", "general", "gen", "lt", "col", "capt", "captain",
                          "father", "rabbi", "imam", "cardinal", "bishop", "prince", "princess", "king", "queen"});
}

bool is_suffix(std::string_view word) {
    return in_list(word, {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "qc", "kc", "obe", "mbe", "cbe"});
}

std::u32string decode(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
        UChar32 c;
        U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
        out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
    }
    return out;
}

void append_utf8(std::string& out, UChar32 c) {
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, c, error);
    if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

bool is_single_letter(const std::string& word) { return code_points(word) == 1; }

// Whether `small` is `large` with some words left out, in order.
bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& large) {
    std::size_t at = 0;
    for (const auto& word : large)
        if (at < small.size() && small[at] == word) ++at;
    return at == small.size();
}

}  // namespace

std::size_t code_points(std::string_view text) { return code_point_offset(text, text.size()); }

std::vector<std::string> name_words(std::string_view name) {
    std::string folded = fold_key(name);
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty() && word != "'") words.push_back(word);
        word.clear();
    };
    const auto size = static_cast<int32_t>(folded.size());
    for (int32_t i = 0; i < size;) {
        UChar32 c;
        U8_NEXT(folded.data(), i, size, c);
        if (c < 0) continue;
        if (u_isalnum(c) || ((c == '#' || c == '@') && word.empty())) {
            append_utf8(word, c);
        } else if (c == '.') {
            // "U.S." is one word; "Jr." ends one
        } else if (c == '\'' && !word.empty() && i < size) {
            int32_t next_at = i;
            UChar32 next;
            U8_NEXT(folded.data(), next_at, size, next);
            if (next >= 0 && u_isalnum(next)) word += '\'';  // "d'honneur"
            else flush();
        } else if (c == '&') {
            flush();
            words.push_back("and");
        } else {
            flush();
        }
    }
    flush();
    return words;
}

std::string loose_name_key(std::string_view name) {
    auto words = name_words(name);
    std::string key;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i == 0 && words[i] == "the" && words.size() > 1) continue;
        key += (key.empty() ? "" : " ") + words[i];
    }
    return key;
}

bool is_name_stopword(std::string_view word) {
    return in_list(word, {"the", "of", "and", "in", "for", "a", "an", "at", "on", "to", "by", "de", "du", "des", "la",
                          "le", "les", "el", "van", "von", "der", "da", "di"});
}

std::vector<std::string> person_core_words(const std::vector<std::string>& words) {
    std::size_t first = 0, last = words.size();
    while (last - first > 1 && is_suffix(words[last - 1])) --last;
    while (last - first > 1 && is_title(words[first])) ++first;
    return {words.begin() + static_cast<std::ptrdiff_t>(first), words.begin() + static_cast<std::ptrdiff_t>(last)};
}

bool has_name_suffix(const std::vector<std::string>& words) { return words.size() > 1 && is_suffix(words.back()); }

bool has_name_title(const std::vector<std::string>& words) { return words.size() > 1 && is_title(words.front()); }

std::string name_initials(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) {
        if (is_name_stopword(word) || word.empty()) continue;
        unsigned char first = static_cast<unsigned char>(word[0] == '#' || word[0] == '@' ? word[std::min<std::size_t>(1, word.size() - 1)] : word[0]);
        if (first < 0x80) out += static_cast<char>(first);
    }
    return out;
}

std::size_t edit_distance(std::string_view a_text, std::string_view b_text, std::size_t limit) {
    const std::u32string a = decode(a_text), b = decode(b_text);
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    // Optimal string alignment over three rows, abandoned once a whole row exceeds the limit.
    std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, before[j - 2] + 1);
            current[j] = best;
            row_best = std::min(row_best, best);
        }
        if (row_best > limit) return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

std::size_t small_distance(std::size_t length) { return length < 5 ? 0 : length <= 10 ? 1 : 2; }

PartialFit partial_fit(const std::vector<std::string>& query, const std::vector<std::string>& name) {
    if (query.empty() || name.empty()) return PartialFit::none;
    auto q = person_core_words(query), n = person_core_words(name);
    if (q.size() == 1 && is_name_stopword(q[0])) return PartialFit::none;
    if (q == n) return query == name ? PartialFit::none : PartialFit::without_suffix_or_title;
    if (q.size() >= n.size()) return PartialFit::none;
    if (std::equal(q.rbegin(), q.rend(), n.rbegin()))
        return q.size() == 1 ? PartialFit::surname : PartialFit::without_first_name;
    if (q.size() >= 2 && q.front() == n.front() && q.back() == n.back() && is_subsequence(q, n))
        return PartialFit::without_middle_name;
    return PartialFit::none;
}

std::string describe(PartialFit fit) {
    switch (fit) {
        case PartialFit::none: return "";
        case PartialFit::without_suffix_or_title: return "the name without its suffix or title";
        case PartialFit::surname: return "the surname";
        case PartialFit::without_first_name: return "the name without its first name";
        case PartialFit::without_middle_name: return "the name without its middle name";
    }
    return "";
}

bool is_acronym_of(std::string_view query, const std::vector<std::string>& name, bool any_order) {
    if (query.size() < 2 || query.size() > 8) return false;
    if (!std::all_of(query.begin(), query.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
    std::string initials = name_initials(name);
    if (initials.size() < 2 || name.size() < 2) return false;
    if (initials == query) return true;
    if (!any_order || query.size() < initials.size() || query.size() - initials.size() > 1) return false;
    std::array<int, 26> letters{};
    for (char c : query) ++letters[static_cast<std::size_t>(c - 'a')];
    for (char c : initials) {
        if (c < 'a' || c > 'z' || letters[static_cast<std::size_t>(c - 'a')] == 0) return false;
        --letters[static_cast<std::size_t>(c - 'a')];
    }
    return true;
}

bool is_initialled_form(const std::vector<std::string>& query, const std::vector<std::string>& name) {
    auto q = person_core_words(query), n = person_core_words(name);
    if (q.size() != n.size() || q.size() < 2) return false;
    bool initial = false, whole = false;
    for (std::size_t i = 0; i < q.size(); ++i) {
        if (q[i] == n[i]) {
            whole = true;
        } else if (is_single_letter(q[i]) && n[i].compare(0, q[i].size(), q[i]) == 0) {
            initial = true;
        } else {
            return false;
        }
    }
    return initial && whole && q.back() == n.back();
}

}  // namespace allegraph
