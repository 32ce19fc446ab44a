#include "queries/search.hpp"

#include <algorithm>
#include <optional>

#include "graph/folding.hpp"
#include "graph/search_fts.hpp"

namespace allegraph {
namespace {

// BM25's term-frequency saturation and length normalization (the constants FTS5 uses).
constexpr double kK1 = 1.2, kB = 0.75;

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    for (auto& word : folded_words(text))
        if (std::find(words.begin(), words.end(), word.text) == words.end()) words.push_back(std::move(word.text));
    return words;
}

bool is_query_word(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// A snippet of the shown (redacted) text as FTS5 writes them: up to 16 words from a little before the
// first match, each match in [brackets]. It is cut from the text as shown, never from the stored one,
// so that it can neither end inside a private name nor show half of one.
std::string snippet_of(const std::string& text, const std::vector<FoldedWord>& found, const std::vector<std::string>& words) {
    auto first = std::find_if(found.begin(), found.end(), [&](const FoldedWord& w) { return is_query_word(words, w.text); });
    std::size_t from = first == found.end() ? 0 : static_cast<std::size_t>(first - found.begin());
    from = from > 4 ? from - 4 : 0;
    const std::size_t to = std::min(found.size(), from + 16);
    std::string out = from > 0 ? "…" : "";
    std::size_t at = from > 0 ? found[from].begin : 0;
    for (std::size_t i = from; i < to; ++i) {
        const auto& w = found[i];
        out.append(text, at, w.begin - at);
        std::string word = text.substr(w.begin, w.end - w.begin);
        out += is_query_word(words, w.text) ? "[" + word + "]" : word;
        at = w.end;
    }
    return to < found.size() ? out + "…" : out + text.substr(at);
}

// A hit before ranking: how often the words occur in the text as shown, and its length in words.
struct Candidate {
    SearchHit hit;
    double occurrences = 0;
    double length = 0;
};

// The text as it is shown: an entity's name or alias as shown_name gives it, any other text
// redacted; nullopt for a private entity's own text.
std::optional<std::string> shown_text(const TextMatch& match, const Privacy& privacy) {
    if (!match.entity_name) return privacy.scrub(match.body);
    if (!match.entity_public && !privacy.include_private()) return std::nullopt;
    return match.field == "name" || match.field == "alias" ? privacy.shown_name(match.body) : privacy.scrub(match.body);
}

// The candidate of a text, or nullopt when it may not be shown or its text as shown lacks a word.
std::optional<Candidate> read_candidate(const TextMatch& match, const Privacy& privacy,
                                        const std::vector<std::string>& words) {
    auto shown = shown_text(match, privacy);
    if (!shown) return std::nullopt;
    auto found = folded_words(*shown);
    Candidate c;
    for (const auto& word : words) {
        auto n = std::count_if(found.begin(), found.end(), [&](const FoldedWord& w) { return w.text == word; });
        if (n == 0) return std::nullopt;
        c.occurrences += static_cast<double>(n);
    }
    c.length = static_cast<double>(found.size());
    c.hit.owner = match.owner;
    c.hit.field = match.field;
    c.hit.snippet = snippet_of(*shown, found, words);
    if (match.entity_name) {
        c.hit.kind = "entity";
        c.hit.label = privacy.shown_name(*match.entity_name);
    } else if (match.event_summary) {
        c.hit.kind = "event";
        c.hit.label = privacy.scrub(*match.event_summary);
    } else {
        c.hit.kind = "relation";
    }
    return c;
}

// Ranks candidates by BM25 over the texts as shown (every candidate holds every word, so the words
// weigh alike): lower is better. Nothing the redaction hides can move a hit up or down.
void rank(std::vector<Candidate>& candidates) {
    double total = 0;
    for (const auto& c : candidates) total += c.length;
    const double average = candidates.empty() ? 1 : std::max(total / static_cast<double>(candidates.size()), 1.0);
    for (auto& c : candidates)
        c.hit.rank = -c.occurrences * (kK1 + 1) / (c.occurrences + kK1 * (1 - kB + kB * c.length / average));
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.hit.rank, a.hit.owner, a.hit.field, a.hit.snippet) <
               std::tie(b.hit.rank, b.hit.owner, b.hit.field, b.hit.snippet);
    });
}

}  // namespace

std::vector<SearchHit> search(Store& store, const std::string& text, const QueryScope& scope, const Privacy& privacy,
                              std::size_t limit) {
    std::vector<std::string> words = words_of(text);
    if (words.empty()) return {};
    // The full-text indexes find the texts that hold every word as stored; each is then judged, ranked
    // and cut into a snippet as it is shown, so that a private name neither finds, ranks nor shows.
    std::vector<Candidate> candidates;
    for (const auto& match : texts_with_words(store, words, scope))
        if (auto candidate = read_candidate(match, privacy, words)) candidates.push_back(std::move(*candidate));
    rank(candidates);
    std::vector<SearchHit> hits;
    for (std::size_t i = 0; i < candidates.size() && i < limit; ++i) hits.push_back(std::move(candidates[i].hit));
    return hits;
}

}  // namespace allegraph
