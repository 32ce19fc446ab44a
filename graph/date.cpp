#include "graph/date.hpp"

#include "graph/text.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdio>
#include <utility>

namespace allegraph {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

// One side of an interval, or a whole non-interval date.
struct Side {
    int64_t lo;
    int64_t hi;
    Precision precision;
    bool approximate;
    bool uncertain;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool is_qualifier(char c) { return c == '~' || c == '?' || c == '%'; }

// The length of the run of digits at the start of `s`.
std::size_t digit_run(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    return n;
}

unsigned to_number(std::string_view digits) {
    unsigned value = 0;
    for (char c : digits) value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
}

// Parses YYYY[-MM[-DD]] with one optional qualifier; errors carry only the reason.
Result<Side> parse_side(std::string_view s) {
    const std::size_t year_digits = digit_run(s);
    if (year_digits == 0) return Error{"not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"};
    if (year_digits != 4) return Error{"year must have 4 digits"};
    const int year = static_cast<int>(to_number(s.substr(0, 4)));
    Side side{days_from_civil(year, 1, 1), days_from_civil(year, 12, 31), Precision::year, false, false};
    std::string_view rest = s.substr(4);
    if (!rest.empty() && rest[0] == '-') {
        const std::string_view month_text = rest.substr(1, digit_run(rest.substr(1)));
        if (month_text.size() != 2) return Error{"month must have 2 digits"};
        const unsigned month = to_number(month_text);
        if (month < 1 || month > 12) return Error{"month " + std::string(month_text) + " is not 01-12"};
        side = {days_from_civil(year, month, 1), days_from_civil(year, month, days_in_month(year, month)),
                Precision::month, false, false};
        rest = rest.substr(3);
        if (!rest.empty() && rest[0] == '-') {
            const std::string_view day_text = rest.substr(1, digit_run(rest.substr(1)));
            if (day_text.size() != 2) return Error{"day must have 2 digits"};
            const unsigned day = to_number(day_text);
            if (!is_valid_ymd(year, month, day)) {
                return Error{std::string(s.substr(0, 7)) + " has no day " + std::string(day_text)};
            }
            side.lo = side.hi = days_from_civil(year, month, day);
            side.precision = Precision::day;
            rest = rest.substr(3);
        }
    }
    if (!rest.empty() && is_qualifier(rest[0])) {
        side.approximate = rest[0] != '?';
        side.uncertain = rest[0] != '~';
        rest = rest.substr(1);
    }
    if (!rest.empty() && is_qualifier(rest[0])) return Error{"more than one qualifier"};
    if (!rest.empty()) return Error{"unexpected " + in_quotes(rest) + " after the date"};
    return side;
}

// Parses `text` after the whole-text checks; errors carry only the reason.
Result<Date> parse_checked(std::string_view text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) {
        auto side = parse_side(text);
        if (!side) return side.error();
        return Date{std::string(text), side->lo, side->hi, side->precision, side->approximate, side->uncertain};
    }
    if (text.find('/', slash + 1) != std::string_view::npos) return Error{"more than one \"/\""};
    const std::string_view start = text.substr(0, slash);
    const std::string_view end = text.substr(slash + 1);
    if (start.empty()) return Error{"interval has no start (write \"..\" for an open start)"};
    if (end.empty()) return Error{"interval has no end (write \"..\" for an open end)"};
    if (start == ".." && end == "..") return Error{"both ends of the interval are open"};
    Date date{std::string(text), kOpenStart, kOpenEnd, Precision::interval, false, false};
    if (start != "..") {
        auto side = parse_side(start);
        if (!side) return side.error();
        date.lo = side->lo;
        date.approximate = side->approximate;
        date.uncertain = side->uncertain;
    }
    if (end != "..") {
        auto side = parse_side(end);
        if (!side) return side.error();
        date.hi = side->hi;
        date.approximate = date.approximate || side->approximate;
        date.uncertain = date.uncertain || side->uncertain;
    }
    if (date.lo > date.hi) {
        return Error{"start " + std::string(start) + " is after end " + std::string(end)};
    }
    return date;
}

bool starts_month(const Civil& c) { return c.day == 1; }

bool ends_month(const Civil& c) { return c.day == days_in_month(c.year, c.month); }

bool same_month(const Civil& a, const Civil& b) { return a.year == b.year && a.month == b.month; }

std::string month_name(const Civil& c) { return kMonthNames[c.month - 1]; }

// "14 October 2017".
std::string prose_day(const Civil& c) {
    return std::to_string(c.day) + " " + month_name(c) + " " + std::to_string(c.year);
}

// "October 2017".
std::string prose_month(const Civil& c) { return month_name(c) + " " + std::to_string(c.year); }

// The closed interval [lo, hi] in prose, at the coarsest unit that covers it exactly.
std::string prose_span(int64_t lo, int64_t hi) {
    const Civil a = civil_from_days(lo);
    const Civil b = civil_from_days(hi);
    if (lo == hi) return prose_day(a);
    if (starts_month(a) && a.month == 1 && ends_month(b) && b.month == 12) {
        const std::string first = std::to_string(a.year);
        return a.year == b.year ? first : first + "–" + std::to_string(b.year);
    }
    if (starts_month(a) && ends_month(b)) {
        if (same_month(a, b)) return prose_month(a);
        if (a.year == b.year) return month_name(a) + " – " + prose_month(b);
        return prose_month(a) + " – " + prose_month(b);
    }
    if (hi - lo == 6 && weekday(lo) == 0) return "week of " + prose_day(a);
    if (same_month(a, b)) return std::to_string(a.day) + "–" + prose_day(b);
    if (a.year == b.year) return std::to_string(a.day) + " " + month_name(a) + " – " + prose_day(b);
    return prose_day(a) + " – " + prose_day(b);
}

// The days of the closed side of a half-open interval: from its text when that parses, else its bound.
std::pair<int64_t, int64_t> closed_side(const Date& date) {
    const int64_t bound = date.open_start() ? date.hi : date.lo;
    const std::size_t slash = date.text.find('/');
    if (slash == std::string::npos) return {bound, bound};
    const std::string_view text = date.text;
    auto side = parse_side(date.open_start() ? text.substr(slash + 1) : text.substr(0, slash));
    if (!side) return {bound, bound};
    return {side->lo, side->hi};
}

// "YYYY-MM-DD", or ".." for an open end.
std::string end_text(int64_t day) { return day == kOpenStart || day == kOpenEnd ? ".." : iso_day(day); }

// The Monday of the week containing `day`.
int64_t monday_of(int64_t day) { return day - weekday(day); }

// The latest day on or before `day` that falls on `wd`.
int64_t latest_on_or_before(int64_t day, int wd) { return day - (weekday(day) - wd + 7) % 7; }

}  // namespace

int64_t days_from_civil(int y, unsigned m, unsigned d) {
    const int64_t year = static_cast<int64_t>(y) - (m <= 2 ? 1 : 0);
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Civil civil_from_days(int64_t day) {
    const int64_t z = day + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{static_cast<int>(static_cast<int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

std::string iso_day(int64_t day) {
    const Civil c = civil_from_days(day);
    if (c.year < 0 || c.year > 9999) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
        return buffer;
    }
    // Exports write millions of these; snprintf was a tenth of a GraphML export.
    std::string out = "0000-00-00";
    auto digits = [&](std::size_t end, unsigned value, int count) {
        for (int i = 0; i < count; ++i, value /= 10) out[end - static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    };
    digits(3, static_cast<unsigned>(c.year), 4);
    digits(6, c.month, 2);
    digits(9, c.day, 2);
    return out;
}

int weekday(int64_t day) { return static_cast<int>((day % 7 + 10) % 7); }

bool is_valid_ymd(int y, unsigned m, unsigned d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

unsigned days_in_month(int y, unsigned m) {
    constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string_view to_string(Precision precision) {
    switch (precision) {
        case Precision::day: return "day";
        case Precision::month: return "month";
        case Precision::year: return "year";
        case Precision::interval: return "interval";
    }
    return "interval";
}

Result<Date> parse_date(std::string_view text) {
    std::string reason;
    if (text.empty()) {
        reason = "empty";
    } else if (std::any_of(text.begin(), text.end(), is_space)) {
        reason = "contains white space";
    } else {
        auto date = parse_checked(text);
        if (date) return date;
        reason = date.error().message;
    }
    return Error{"invalid date " + in_quotes(text) + ": " + reason};
}

Date date_from_days(int64_t lo, int64_t hi) {
    Date date{"", lo, hi, Precision::interval, false, false};
    if (lo != kOpenStart && hi != kOpenEnd) {
        const Civil a = civil_from_days(lo);
        const Civil b = civil_from_days(hi);
        const std::string day_text = iso_day(lo);
        if (lo == hi) {
            date.text = day_text;
            date.precision = Precision::day;
            return date;
        }
        if (same_month(a, b) && starts_month(a) && ends_month(b)) {
            date.text = day_text.substr(0, 7);
            date.precision = Precision::month;
            return date;
        }
        if (a.year == b.year && a.month == 1 && starts_month(a) && b.month == 12 && ends_month(b)) {
            date.text = day_text.substr(0, 4);
            date.precision = Precision::year;
            return date;
        }
    }
    date.text = end_text(lo) + "/" + end_text(hi);
    return date;
}

bool date_less(const Date& a, const Date& b) {
    if (a.lo != b.lo) return a.lo < b.lo;
    if (a.hi != b.hi) return a.hi < b.hi;
    return a.text < b.text;
}

bool overlaps(const Date& date, int64_t lo, int64_t hi) { return date.lo <= hi && lo <= date.hi; }

bool overlaps(const Date& a, const Date& b) { return overlaps(a, b.lo, b.hi); }

bool contains(const Date& outer, const Date& inner) { return outer.lo <= inner.lo && inner.hi <= outer.hi; }

std::string display_date(const Date& date) {
    std::string body;
    if (date.open_start() && date.open_end()) {
        body = "any date";
    } else if (date.open_start() || date.open_end()) {
        const auto [lo, hi] = closed_side(date);
        body = (date.open_start() ? "up to " : "from ") + prose_span(lo, hi);
    } else {
        body = prose_span(date.lo, date.hi);
    }
    return (date.approximate ? "c. " : "") + body + (date.uncertain ? " (uncertain)" : "");
}

Date latest_weekday_on_or_before(const Date& published, int weekday) {
    return date_from_days(latest_on_or_before(published.lo, weekday), latest_on_or_before(published.hi, weekday));
}

Date week_before(const Date& published) {
    return date_from_days(monday_of(published.lo) - 7, monday_of(published.hi) - 1);
}

Date earlier_this_month(const Date& published) {
    const Civil first = civil_from_days(published.lo);
    return date_from_days(days_from_civil(first.year, first.month, 1), published.hi);
}

Date days_before(const Date& published, int n) { return date_from_days(published.lo - n, published.hi - n); }

Date up_to(const Date& published) { return date_from_days(kOpenStart, published.hi); }

Date next_month_day(const Date& published, unsigned month, unsigned day) {
    assert(is_valid_ymd(2000, month, day));
    int year = civil_from_days(published.lo).year;
    while (!is_valid_ymd(year, month, day) || days_from_civil(year, month, day) < published.lo) ++year;
    return date_from_days(days_from_civil(year, month, day), days_from_civil(year, month, day));
}

}  // namespace allegraph
