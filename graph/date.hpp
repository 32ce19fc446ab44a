// Dates of events and sources (DESIGN §2 "Dates"): a subset of EDTF (ISO 8601-2)
// kept as the text the source gave plus the inclusive interval of days it covers.
// Days are counted from 1970-01-01 in the proleptic Gregorian calendar, so dates
// sort, filter and overlap by integer comparison. The relative-date helpers turn
// an article's "on Saturday" or "last week" into an interval that is honest over
// the whole publication date: they never invent a day that no source gives.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "graph/result.hpp"

namespace allegraph {

// Sentinel day numbers for the open ends of an interval ("../2017-10-16").
inline constexpr int64_t kOpenStart = std::numeric_limits<int64_t>::min();
inline constexpr int64_t kOpenEnd = std::numeric_limits<int64_t>::max();

// A calendar day: year, month 1-12, day 1-31.
struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

// The day number of a valid calendar day (Howard Hinnant's days_from_civil).
int64_t days_from_civil(int y, unsigned m, unsigned d);

// The calendar day of a day number; the inverse of days_from_civil.
Civil civil_from_days(int64_t day);

// "YYYY-MM-DD" for a day in the years 0000-9999.
std::string iso_day(int64_t day);

// The day of the week: 0 = Monday ... 6 = Sunday.
int weekday(int64_t day);

// True when month `m` is 1-12 and day `d` exists in that month of year `y`.
bool is_valid_ymd(int y, unsigned m, unsigned d);

// The number of days in month `m` (1-12) of year `y`, leap years included.
unsigned days_in_month(int y, unsigned m);

// How precisely a date was given.
enum class Precision { day, month, year, interval };

// "day", "month", "year" or "interval".
std::string_view to_string(Precision precision);

// A date as a source gave it: the EDTF text and the inclusive interval of days [lo, hi].
struct Date {
    std::string text;  // exactly as accepted by parse_date, or canonical from date_from_days
    int64_t lo = 0;
    int64_t hi = 0;
    Precision precision = Precision::day;
    bool approximate = false;  // "~" or "%"
    bool uncertain = false;    // "?" or "%"

    // True when the interval has no start ("../2017-10-16").
    bool open_start() const { return lo == kOpenStart; }
    // True when the interval has no end ("2017-10-16/..").
    bool open_end() const { return hi == kOpenEnd; }
};

// Parses YYYY, YYYY-MM or YYYY-MM-DD, each with at most one qualifier ~ ? %, or an
// interval A/B of such dates where either side (not both) may be ".." and A starts by B's end.
Result<Date> parse_date(std::string_view text);

// The canonical date covering [lo, hi] (lo <= hi, either end may be open): a single day,
// a whole month ("2017-10"), a whole year ("2017") or an interval ("2017-10-09/..").
Date date_from_days(int64_t lo, int64_t hi);

// Sort order: by lo, then hi, then text.
bool date_less(const Date& a, const Date& b);

// True when the date's interval shares at least one day with the window [lo, hi].
bool overlaps(const Date& date, int64_t lo, int64_t hi);

// True when the two dates' intervals share at least one day.
bool overlaps(const Date& a, const Date& b);

// True when every day of `inner` lies within `outer`.
bool contains(const Date& outer, const Date& inner);

// English prose at the date's true precision: "14 October 2017", "October 2017",
// "9–15 October 2017", "week of 9 October 2017", "up to 16 October 2017", "c. 2017 (uncertain)".
std::string display_date(const Date& date);

// The relative-date helpers below take an article's publication date, which must have
// closed ends and may itself be an interval, and cover every reading over that interval.

// "On Saturday": the latest `weekday` (0 = Monday) on or before publication.
Date latest_weekday_on_or_before(const Date& published, int weekday);

// "Last week": the Monday-Sunday week before the week of publication.
Date week_before(const Date& published);

// "Earlier this month": from the 1st of the publication month to the publication day.
Date earlier_this_month(const Date& published);

// "Four days ago": the publication date moved back `n` days.
Date days_before(const Date& published, int n);

// Something said before publication: "../" the publication's last day.
Date up_to(const Date& published);

// "Nov. 6": that month and day (valid in some year) on or after the publication's first
// day, in the publication year or the first later year where it falls (and exists).
Date next_month_day(const Date& published, unsigned month, unsigned day);

}  // namespace allegraph
