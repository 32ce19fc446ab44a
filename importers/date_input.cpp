#include "importers/date_input.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <optional>
#include <vector>

namespace allegraph {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

unsigned number(std::string_view s) {
    unsigned n = 0;
    for (char c : s) n = n * 10 + static_cast<unsigned>(c - '0');
    return n;
}

// The month a word names: "October", "oct", "Oct.", "Sept." (1-12), or 0.
unsigned month_named(std::string_view word) {
    std::string w = lower(word);
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (w.size() < 3) return 0;
    if (w == "sept") return 9;
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (w == kMonths[i] || (w.size() == 3 && kMonths[i].starts_with(w))) return static_cast<unsigned>(i + 1);
    return 0;
}

// A day of the month as written: "11", "11th", "1st"; 0 when it is not one.
unsigned day_written(std::string_view word) {
    std::string w = lower(word);
    for (std::string_view ordinal : {"st", "nd", "rd", "th"})
        if (w.size() > 2 && w.ends_with(ordinal)) w.resize(w.size() - 2);
    if (!all_digits(w) || w.size() > 2) return 0;
    unsigned day = number(w);
    return day >= 1 && day <= 31 ? day : 0;
}

std::string iso(int year, unsigned month, unsigned day) {
    char buffer[48];
    if (day) std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
    else std::snprintf(buffer, sizeof buffer, "%04d-%02u", year, month);
    return buffer;
}

std::string quoted(std::string_view text) {
    std::string out(1, '"');
    out.append(text);
    out += '"';
    return out;
}

// The words of a date with a month name, split at spaces, commas and dashes: "Oct. 11, 2017" ->
// {"Oct.", "11", "2017"}; "11-Oct-2017" -> {"11", "Oct", "2017"}.
std::vector<std::string> date_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == ',' || c == '-' || c == '/' || c == '\t') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

// The ISO text of a date with a month name, an error when it names a day that does not exist, or
// nullopt when `text` is no such date.
std::optional<Result<std::string>> month_name_date(std::string_view text) {
    auto words = date_words(text);
    if (words.size() < 2 || words.size() > 3) return std::nullopt;
    const std::string& last = words.back();
    if (last.size() != 4 || !all_digits(last)) return std::nullopt;
    int year = static_cast<int>(number(last));
    unsigned month = 0, day = 0;
    if (words.size() == 2) {
        month = month_named(words[0]);  // "October 2017"
    } else if (unsigned m = month_named(words[0]); m && day_written(words[1])) {
        month = m;  // "Oct. 11, 2017"
        day = day_written(words[1]);
    } else if (unsigned m = month_named(words[1]); m && day_written(words[0])) {
        month = m;  // "11 October 2017"
        day = day_written(words[0]);
    }
    if (!month) return std::nullopt;
    if (day && !is_valid_ymd(year, month, day))
        return Result<std::string>(Error{std::string(kMonths[month - 1]) + " " + std::to_string(year) + " has no day " +
                                         std::to_string(day)});
    return Result<std::string>(iso(year, month, day));
}

// A numeric day-month date, "14/10/2017" or "14.10.2017": its two leading numbers and year.
struct NumericDate {
    unsigned first, second;
    int year;
    bool short_year;
};

std::optional<NumericDate> numeric_date(std::string_view text) {
    for (char separator : {'/', '.', '-'}) {
        std::size_t a = text.find(separator);
        if (a == std::string_view::npos) continue;
        std::size_t b = text.find(separator, a + 1);
        if (b == std::string_view::npos || text.find(separator, b + 1) != std::string_view::npos) continue;
        std::string_view first = text.substr(0, a), second = text.substr(a + 1, b - a - 1), year = text.substr(b + 1);
        if (!all_digits(first) || !all_digits(second) || !all_digits(year)) continue;
        if (first.size() > 2 || second.size() > 2 || (year.size() != 4 && year.size() != 2)) continue;
        return NumericDate{number(first), number(second), static_cast<int>(number(year)), year.size() == 2};
    }
    return std::nullopt;
}

std::optional<std::string> reading(const NumericDate& d, DayMonthOrder order) {
    unsigned day = order == DayMonthOrder::dmy ? d.first : d.second;
    unsigned month = order == DayMonthOrder::dmy ? d.second : d.first;
    if (!is_valid_ymd(d.year, month, day)) return std::nullopt;
    return iso(d.year, month, day);
}

Result<Date> with_text(const std::string& iso_text, std::string_view given) {
    auto date = parse_date(iso_text);
    if (!date) return Error{"invalid date " + quoted(given) + ": " + date.error().message};
    return date;
}

}  // namespace

std::string accepted_date_forms() {
    return "2017-10-14, 2017-10, 2017, 2017-10-09/2017-10-13, 14 October 2017, Oct. 14, 2017, October 2017, and "
           "with --date-format DMY or MDY, 14/10/2017 or 14.10.2017";
}

Result<DayMonthOrder> parse_day_month_order(std::string_view text) {
    std::string key = lower(text);
    if (key == "dmy") return DayMonthOrder::dmy;
    if (key == "mdy") return DayMonthOrder::mdy;
    return Error{"--date-format: expected DMY (14/10/2017) or MDY (10/14/2017), not " + quoted(text)};
}

Result<Date> parse_date_input(std::string_view text, DayMonthOrder order) {
    auto edtf = parse_date(text);
    if (edtf) return edtf;
    std::string_view trimmed = text;
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
    if (trimmed != text)
        if (auto again = parse_date(trimmed)) return again;
    if (auto named = month_name_date(trimmed)) {
        if (!*named) return Error{"invalid date " + quoted(text) + ": " + named->error().message};
        return with_text(named->value(), text);
    }
    if (auto numeric = numeric_date(trimmed)) {
        const std::string start = "invalid date " + quoted(text) + ": ";
        if (numeric->short_year) return Error{start + "give the year in four digits"};
        if (order != DayMonthOrder::unknown) {
            if (auto day = reading(*numeric, order)) return with_text(*day, text);
            return Error{start + "read as " + (order == DayMonthOrder::dmy ? "day/month/year" : "month/day/year") +
                         " (--date-format), it is no day of the calendar"};
        }
        auto dmy = reading(*numeric, DayMonthOrder::dmy), mdy = reading(*numeric, DayMonthOrder::mdy);
        std::string readings;
        if (dmy && mdy && *dmy == *mdy) readings = "; it is " + *dmy + " either way";
        else if (dmy && mdy) readings = "; it is " + *dmy + " read as DMY and " + *mdy + " read as MDY";
        else if (dmy) readings = "; it can only be " + *dmy + " (DMY)";
        else if (mdy) readings = "; it can only be " + *mdy + " (MDY)";
        return Error{start + "a numeric day and month needs --date-format DMY or MDY" + readings +
                     ". Accepted: " + accepted_date_forms()};
    }
    if (trimmed.size() >= 4 && all_digits(trimmed.substr(0, 4))) return edtf.error();  // EDTF, mistyped: its own reason
    return Error{edtf.error().message + ". Accepted: " + accepted_date_forms()};
}

}  // namespace allegraph
