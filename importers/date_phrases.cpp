#include "importers/date_phrases.hpp"

#include <array>
#include <cctype>
#include <cstdlib>
#include <regex>
#include <string>

namespace allegraph {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

int month_number(const std::string& word) {
    static const std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    std::string lower;
    for (char c : word.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == lower) return static_cast<int>(i) + 1;
    return 0;
}

int number_word(const std::string& word) {
    static const std::array<std::string_view, 10> kNumbers = {"one", "two",   "three", "four", "five",
                                                              "six", "seven", "eight", "nine", "ten"};
    for (std::size_t i = 0; i < kNumbers.size(); ++i)
        if (kNumbers[i] == word) return static_cast<int>(i) + 1;
    return std::isdigit(static_cast<unsigned char>(word[0])) ? std::stoi(word) : 0;
}

// A month and day without a year: the occurrence nearest the publication ("Nov. 6" in an
// October article is next month; "October 3" in a 16 October article is thirteen days before).
std::optional<Date> nearest_month_day(const Date& published, unsigned month, unsigned day) {
    int year = civil_from_days(published.lo).year;
    std::optional<Date> best;
    for (int y = year - 1; y <= year + 1; ++y) {
        if (!is_valid_ymd(y, month, day)) continue;
        std::int64_t d = days_from_civil(y, month, day);
        if (!best || std::llabs(d - published.lo) < std::llabs(best->lo - published.lo)) best = date_from_days(d, d);
    }
    return best;
}

}  // namespace

std::optional<DatePhrase> find_date_phrase(std::string_view sentence, const Date& published) {
    const std::string text(sentence);
    std::smatch m;
    static const std::regex month_day(
        R"(\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b(?!,?\s*\d{4}))");
    if (std::regex_search(text, m, month_day)) {
        int month = month_number(m[1]);
        int day = std::stoi(m[2]);
        if (auto date = nearest_month_day(published, static_cast<unsigned>(month), static_cast<unsigned>(day)))
            return DatePhrase{*date, date->lo > published.hi};
    }
    static const std::regex weekday(R"(\b(?:[Oo]n|[Ll]ast|[Tt]his past)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)");
    if (std::regex_search(text, m, weekday)) {
        std::string name = m[1].matched ? m[1].str() : m[2].str();
        for (std::size_t i = 0; i < kWeekdays.size(); ++i)
            if (kWeekdays[i] == name) return DatePhrase{latest_weekday_on_or_before(published, static_cast<int>(i)), false};
    }
    static const std::regex last_week_phrase(R"(\blast week\b)");
    static const std::regex earlier_this_month_phrase(R"(\bearlier this month\b)");
    static const std::regex yesterday_phrase(R"(\byesterday\b)", std::regex::icase);
    static const std::regex today_phrase(R"(\btoday\b)", std::regex::icase);
    if (std::regex_search(text, last_week_phrase)) return DatePhrase{week_before(published), false};
    if (std::regex_search(text, earlier_this_month_phrase))
        return DatePhrase{earlier_this_month(published), false};
    static const std::regex ago(R"(\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days? ago\b)");
    if (std::regex_search(text, m, ago)) return DatePhrase{days_before(published, number_word(m[1])), false};
    if (std::regex_search(text, yesterday_phrase))
        return DatePhrase{days_before(published, 1), false};
    if (std::regex_search(text, today_phrase)) return DatePhrase{published, false};
    return std::nullopt;
}

}  // namespace allegraph
