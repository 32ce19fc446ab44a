// Which date of a sentence belongs to which trigger: a date phrase belongs to the nearest
// trigger before it in its clause, else to the nearest one after it; a phrase right after a
// speech verb dates the saying ("said on Saturday it had suspended"), and what was said is done
// by then; after an allegation, a date is when the acts happened unless the words say it is when
// the allegation was made or reported.
#pragma once

#include <optional>
#include <vector>

#include "importers/sentence_grammar.hpp"

namespace allegraph {

class TriggerDates : public SentenceGrammar {
public:
    explicit TriggerDates(const SentenceContext& s);

    // "apologized for collaborating with the singer in 2013": the date is the gerund's, not the trigger's.
    bool gerund_between(std::size_t from, std::size_t to) const;

    // After an allegation, a date is when the acts happened ("accused him of raping her in 1986")
    // unless the words say it is when the allegation was made or reported ("in an article in November").
    bool reporting_between(std::size_t from, std::size_t to) const;

    // Each date phrase belongs to the nearest trigger before it in its clause, else to the
    // nearest one after it; phrases that belong to none are a speech verb's.
    void assign_dates();

    // The first date phrase that belongs to trigger `match`, past or still to come.
    std::optional<DatePhrase> own_date(std::size_t match, bool future) const;

    // The date of a speech verb at s: an unowned phrase between its subject and its report.
    std::optional<DatePhrase> speech_date(std::size_t s, std::size_t h) const;

    // A date still to come that starts the event: "from August 31", "effective Monday".
    bool starts_then(const DatePhrase& d) const;

    // "Bill Cosby was sentenced …, a judge ruled Tuesday": done by the day it was said.
    std::optional<Date> said_after(const TriggerMatch& m) const;

    // "revealed he had reached settlements": a past perfect between the speech verb and the trigger.
    bool past_perfect(const TriggerMatch& m, std::size_t speech) const;

    // Past or perfect ("had suspended", "it has fired", "said it defrocked"): done by the speech's date.
    bool reported_as_done(const TriggerMatch& m, std::size_t speech) const;

protected:
    std::vector<int> owner_;  // per date phrase: the trigger it belongs to, or -1
};

}  // namespace allegraph
