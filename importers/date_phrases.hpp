// Date phrases of a news sentence resolved against the article's publication
// date, at their true precision (graph/date.hpp's relative helpers): "today",
// "yesterday", "on Saturday", "Tuesday", "Sunday night", "over the weekend",
// "last week", "this week", "earlier this month", "last month", "in January"
// (the latest January on or before publication), "in November last year",
// "earlier this year", "last year", "in 2008", "four days ago", "Nov. 6" (the
// occurrence nearest publication, flagged when it is still to come),
// "November 14, 2018". Phrases that date what an allegation is about rather than
// when it was made ("back in 1986", "decades ago", "in the 1990s"), and phrases that
// qualify a noun ("yesterday's revelations", "this year's prize"), are found too, and
// marked as background, so that no event takes them as its date.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "importers/article_tokens.hpp"

namespace allegraph {

struct DatePhrase {
    Date date;
    bool future = false;    // after publication ("a final decision on Nov. 6"): a due date
    bool background = false;  // dates alleged acts or qualifies a noun, not when anything was done or said
    std::size_t first = 0, last = 0;  // token indices, last exclusive
};

// Every date phrase of the sentence's tokens, in order.
std::vector<DatePhrase> find_date_phrases(const std::vector<Token>& tokens, const Date& published);

// The first date phrase of `sentence` that dates an event (not an background one), if any.
std::optional<DatePhrase> find_date_phrase(std::string_view sentence, const Date& published);

}  // namespace allegraph
