// Dates as people type them: what a desk's spreadsheet, a file or a command-line option may give
// wherever a date is asked. EDTF (graph/date.hpp) always; dates with English month names
// ("Oct. 11, 2017", "11 October 2017", "October 2017", "11-Oct-2017"); and numeric day-month forms
// ("14/10/2017", "14.10.2017") only when the reader says which order they use, since 11/10/2017 is
// a different day in London and in New York. Every accepted date is stored as its EDTF text.
#pragma once

#include <string>
#include <string_view>

#include "graph/date.hpp"
#include "graph/result.hpp"

namespace allegraph {

// The order of a numeric day and month: unknown (numeric forms refused), day first, month first.
enum class DayMonthOrder { unknown, dmy, mdy };

// "DMY" or "MDY", in any case; an error naming both otherwise.
Result<DayMonthOrder> parse_day_month_order(std::string_view text);

// Parses `text` as EDTF, a date with a month name, or (with a known order) a numeric day-month
// date, and returns it with its EDTF text. A numeric form without an order is refused with the
// forms accepted and the value's ISO form when only one reading is a valid day.
Result<Date> parse_date_input(std::string_view text, DayMonthOrder order);

// The forms accepted, for messages: "2017-10-14, 2017-10, 2017, 14 October 2017, ...".
std::string accepted_date_forms();

}  // namespace allegraph
