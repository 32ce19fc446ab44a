#include "importers/article_candidates.hpp"

#include "importers/date_phrases.hpp"
#include "importers/event_rules.hpp"
#include "importers/file_text.hpp"

namespace allegraph {
namespace {

// "July 6: Carlson sues …": the date that opens an entry of a timeline. "Monday, August 28, 2023 – FIFA
// has suspended …" is the article's own dateline instead: it dates no event, which the text dates up to then.
std::optional<Date> entry_date(const SentenceTokens& sentence, std::vector<DatePhrase>& dates, const Date& published) {
    if (dates.empty()) return std::nullopt;
    const auto& t = sentence.tokens;
    std::size_t first = dates.front().first;
    std::size_t n = 1;  // "Monday, August 28, 2023": a weekday phrase and a date phrase
    if (dates.size() > 1 && dates[1].first == dates[0].last + 1 && t[dates[0].last].lower == ",") n = 2;
    DatePhrase& d = dates[n - 1];
    bool opens = first == 0 || (first == 1 && !t[0].word);
    if (!opens || d.background || d.future || d.last >= t.size()) return std::nullopt;
    bool dash = is_any(t[d.last], "—|–|-");
    if (t[d.last].lower != ":" && !dash) return std::nullopt;
    if (dash && d.date.text == published.text) {
        for (std::size_t k = 0; k < n; ++k) dates[k].background = true;
        return std::nullopt;
    }
    return d.date;
}

}  // namespace

std::vector<ArticleCandidate> read_candidates(const std::vector<SentenceTokens>& sentences,
                                              const ArticleEntities& entities, const Date& published,
                                              const Vocabulary& vocabulary) {
    std::vector<std::vector<DatePhrase>> dates;
    std::vector<Candidate> found;
    std::optional<Date> entry;
    int entry_paragraph = -1;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        dates.push_back(find_date_phrases(sentences[i].tokens, published));
        if (auto opens = entry_date(sentences[i], dates.back(), published)) {
            entry = opens;
            entry_paragraph = sentences[i].paragraph;
        } else if (sentences[i].paragraph != entry_paragraph) {
            entry.reset();
        }
        SentenceContext context{sentences[i], entities.mentions(i), entities, dates.back(), published, vocabulary};
        for (auto& c : extract_events(context)) {
            c.sentence = i;
            // the rest of a timeline's entry happened by the entry's date, not necessarily on it
            if (!c.date && entry && !c.negated) c.date = date_from_days(kOpenStart, entry->hi);
            found.push_back(std::move(c));
        }
    }
    auto merged = merge_candidates(found);
    attach_due_dates(merged, sentences, dates);
    return merged;
}

std::string candidate_id(const std::string& source, const Candidate& candidate) {
    return "event:candidate-" + sha256_hex(source + "\n" + std::to_string(candidate.trigger_begin) + "\n" + candidate.type).substr(0, 16);
}

}  // namespace allegraph
