// Date phrases of a news sentence resolved against the article's publication
// date, at their true precision (graph/date.hpp's relative helpers): "today",
// "yesterday", "on Saturday", "last week", "earlier this month", "four days
// ago", "Nov. 6" / "November 6" (the occurrence nearest publication). A sentence without one has none: the caller
// gives the event the honest interval that ends at publication.
#pragma once

#include <optional>
#include <string_view>

#include "graph/date.hpp"

namespace allegraph {

struct DatePhrase {
    Date date;
    bool future = false;  // on or after publication ("a final decision on Nov. 6"): a due date
};

// The first date phrase of `sentence`, resolved against `published`.
std::optional<DatePhrase> find_date_phrase(std::string_view sentence, const Date& published);

}  // namespace allegraph
