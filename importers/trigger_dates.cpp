#include "importers/trigger_dates.hpp"

namespace allegraph {

using namespace grammar;

TriggerDates::TriggerDates(const SentenceContext& s) : SentenceGrammar(s) {
    owner_.assign(s_.dates.size(), -1);
    assign_dates();
}

// "apologized for collaborating with the singer in 2013": the date is the gerund's, not the trigger's.
bool TriggerDates::gerund_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from + 1; k < to && k < size(); ++k) {
        if (!t_[k].lower.ends_with("ing") || t_[k].lower.size() <= 5) continue;
        std::size_t before = k - 1;  // "for allegedly sexually harassing"
        while (before > from && adverb(t_[before])) --before;
        if (is_any(t_[before], kPrepositions)) return true;
    }
    return false;
}

// After an allegation, a date is when the acts happened ("accused him of raping her in 1986")
// unless the words say it is when the allegation was made or reported ("in an article in November").
bool TriggerDates::reporting_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to && k < size(); ++k)
        if (is_any(t_[k], "reported|published|made|filed|came|come|article|report|story|interview|lawsuit|statement|"
                      "told|column|letter|post|posted|broadcast|documentary|complaint|first|surfaced|emerged|"
                      "public|revealed|aired"))
            return true;
    return to == from;
}

// Each date phrase belongs to the nearest trigger before it in its clause, else to the
// nearest one after it; phrases that belong to none are a speech verb's.
void TriggerDates::assign_dates() {
    for (std::size_t p = 0; p < s_.dates.size(); ++p) {
        const auto& d = s_.dates[p];
        if (d.background) continue;
        int left = -1, right = -1;
        // "his resignation from the House, effective January 31": the date of the nearest trigger before
        bool effective = d.first > 0 && t_[d.first - 1].lower == "effective";
        for (std::size_t i = 0; i < matches_.size(); ++i) {
            const auto& m = matches_[i];
            bool content = m.trigger->definition->nature && !reporting_between(m.last, d.first);
            if (m.last <= d.first && (effective || !boundary_between(m.last, d.first, kRightBoundary)) &&
                !gerund_between(m.last, d.first) && !content)
                left = static_cast<int>(i);
            if (right < 0 && m.first >= d.last && !boundary_between(d.last, m.first, kLeftBoundary))
                right = static_cast<int>(i);
        }
        // "said on Saturday it had suspended", "was reported Monday": the phrase dates the saying
        std::size_t before = d.first > 0 && t_[d.first - 1].lower == "on" ? d.first - 1 : d.first;
        if (before > 0 && is_any(t_[before - 1], kSpeech)) continue;
        owner_[p] = left >= 0 ? left : right;
    }
}

std::optional<DatePhrase> TriggerDates::own_date(std::size_t match, bool future) const {
    std::optional<DatePhrase> best;
    for (std::size_t p = 0; p < s_.dates.size(); ++p)
        if (owner_[p] == static_cast<int>(match) && s_.dates[p].future == future && !best) best = s_.dates[p];
    return best;
}

// The date of a speech verb at s: an unowned phrase between its subject and its report.
std::optional<DatePhrase> TriggerDates::speech_date(std::size_t s, std::size_t h) const {
    for (std::size_t p = 0; p < s_.dates.size(); ++p) {
        const auto& d = s_.dates[p];
        if (owner_[p] >= 0 || d.background || d.future || d.first >= h) continue;
        bool near_before = d.last <= s && s - d.last <= 4;
        bool after = d.first > s && !boundary_between(s + 1, d.first, ";|which|who|when");
        if (near_before || after) return d;
    }
    return std::nullopt;
}

// A date still to come that starts the event: "from August 31", "effective Monday".
bool TriggerDates::starts_then(const DatePhrase& d) const {
    return d.first > 0 && is_any(t_[d.first - 1], "from|starting|beginning|effective|on");
}

// "Bill Cosby was sentenced …, a judge ruled Tuesday": done by the day it was said.
std::optional<Date> TriggerDates::said_after(const TriggerMatch& m) const {
    for (std::size_t k = m.last; k < size(); ++k) {
        if (is_any(t_[k], ";|.")) break;
        if (!is_any(t_[k], kSpeech)) continue;
        for (std::size_t p = 0; p < s_.dates.size(); ++p) {
            const auto& d = s_.dates[p];
            if (owner_[p] < 0 && !d.background && !d.future && d.first > k && d.first <= k + 2)
                return date_from_days(kOpenStart, d.date.hi);
        }
        break;
    }
    return std::nullopt;
}

bool TriggerDates::past_perfect(const TriggerMatch& m, std::size_t speech) const {
    for (std::size_t k = speech + 1; k < m.head; ++k)
        if (t_[k].lower == "had") return true;
    return false;
}

// Past or perfect ("had suspended", "it has fired", "said it defrocked"): done by the speech's date.
bool TriggerDates::reported_as_done(const TriggerMatch& m, std::size_t speech) const {
    const std::string& w = t_[m.head].lower;
    for (std::size_t k = speech + 1; k < m.head; ++k)
        if (is_any(t_[k], "had|has|have")) return true;
    return w.ends_with("ed") || w == "quit" || w == "cut" || w == "found" || w == "took" || w == "withdrew" ||
           w == "let" || w == "stripped" || w == "ousted";
}

}  // namespace allegraph
