#include "importers/date_phrases.hpp"

#include <cstdlib>
#include <string>

#include "importers/name_words.hpp"

namespace allegraph {
namespace {

int month_number(std::string_view word) {
    static const std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};
    if (!words::month(word)) return 0;
    for (int i = 0; i < 12; ++i)
        if (word.substr(0, 3) == kMonths[i]) return i + 1;
    return 0;
}

int weekday_number(std::string_view word) {
    static const std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i)
        if (word == kDays[i]) return i;
    return -1;
}

int year_of(int64_t day) { return civil_from_days(day).year; }

Date month_interval(int year, unsigned month) {
    return date_from_days(days_from_civil(year, month, 1), days_from_civil(year, month, days_in_month(year, month)));
}

Date year_interval(int from, int to) {
    return date_from_days(days_from_civil(from, 1, 1), days_from_civil(to, 12, 31));
}

// "In July" with no year: the latest July that began on or before publication.
Date latest_month(const Date& published, unsigned month) {
    Civil at = civil_from_days(published.hi);
    return month_interval(month <= at.month ? at.year : at.year - 1, month);
}

Date last_month(const Date& published) {
    Civil a = civil_from_days(published.lo), b = civil_from_days(published.hi);
    auto before = [](Civil c) { return c.month == 1 ? Civil{c.year - 1, 12, 1} : Civil{c.year, c.month - 1, 1}; };
    Civil from = before(a), to = before(b);
    return date_from_days(days_from_civil(from.year, from.month, 1),
                          days_from_civil(to.year, to.month, days_in_month(to.year, to.month)));
}

int64_t monday_of(int64_t day) { return day - weekday(day); }

// "Over the weekend": the latest Saturday and Sunday that began on or before publication.
Date weekend(const Date& published) {
    auto saturday = [](int64_t day) { return day - ((weekday(day) + 2) % 7); };
    int64_t lo = saturday(published.lo), hi = saturday(published.hi) + 1;
    return date_from_days(lo, std::min(hi, published.hi));
}

// A month and day without a year: the occurrence nearest the publication ("Nov. 6" in an
// October article is next month; "October 3" in a 16 October article is thirteen days before).
std::optional<Date> nearest_month_day(const Date& published, unsigned month, unsigned day) {
    int year = year_of(published.lo);
    std::optional<Date> best;
    for (int y = year - 1; y <= year + 1; ++y) {
        if (!is_valid_ymd(y, month, day)) continue;
        int64_t d = days_from_civil(y, month, day);
        if (!best || std::llabs(d - published.lo) < std::llabs(best->lo - published.lo)) best = date_from_days(d, d);
    }
    return best;
}

class PhraseReader {
public:
    PhraseReader(const std::vector<Token>& tokens, const Date& published) : t_(tokens), published_(published) {}

    std::vector<DatePhrase> read() {
        for (std::size_t i = 0; i < t_.size();) {
            std::size_t before = out_.size();
            std::size_t next = phrase(i);
            if (out_.size() > before) {
                mark_background(out_.back());
                out_.back().future = out_.back().date.lo > published_.hi && !out_.back().date.open_start();
            }
            i = next > i ? next : i + 1;
        }
        return std::move(out_);
    }

private:
    bool is(std::size_t k, std::string_view w) const { return k < t_.size() && t_[k].lower == w; }
    int number_at(std::size_t k) const { return k < t_.size() ? words::number(t_[k].lower) : 0; }
    int year_at(std::size_t k) const {
        int y = k < t_.size() && t_[k].lower.size() == 4 ? words::number(t_[k].lower) : 0;
        return y >= 1800 && y <= 2199 ? y : 0;
    }
    int day_at(std::size_t k) const {
        if (k >= t_.size() || t_[k].lower.size() > 4) return 0;
        std::string d = t_[k].lower;
        for (const char* suffix : {"st", "nd", "rd", "th"})
            if (d.size() > 2 && d.ends_with(suffix)) d.resize(d.size() - 2);
        int n = words::number(d);
        return n >= 1 && n <= 31 && d.size() <= 2 ? n : 0;
    }

    std::size_t add(std::size_t first, std::size_t last, const Date& date) {
        out_.push_back({date, false, false, first, last});
        return last;
    }

    // Words around the phrase that say it dates an alleged act ("back in 1986") or qualifies a
    // noun ("yesterday's revelations"), not an event.
    void mark_background(DatePhrase& p) const {
        std::size_t k = p.first;
        bool back = (k >= 1 && (is(k - 1, "back") || is(k - 1, "between"))) ||
                    (k >= 2 && is(k - 2, "back") && is(k - 1, "in")) || (k >= 2 && is(k - 2, "between"));
        bool possessive = is(p.last, "'s") || is(p.last, "'");
        p.background = p.background || back || possessive;
    }

    std::size_t phrase(std::size_t i) {
        const std::string& w = t_[i].lower;
        if (int month = month_number(w)) return month_phrase(i, month);
        if (int day = day_at(i); day && i + 1 < t_.size()) {
            if (int month = month_number(t_[i + 1].lower)) {  // "21 Oct 2017", "8 November, 2023", "6 November"
                std::size_t at = is(i + 2, ",") && year_at(i + 3) ? i + 3 : i + 2;
                if (int year = year_at(at); year && is_valid_ymd(year, month, day))
                    return add(i, at + 1, date_from_days(days_from_civil(year, month, day), days_from_civil(year, month, day)));
                if (auto d = nearest_month_day(published_, month, day)) return add(i, i + 2, *d);
            }
        }
        if (weekday_number(w) >= 0) return weekday_phrase(i);
        if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
            if (auto d = parse_date(w); d) return add(i, i + 1, *d);
        }
        if (w == "today" || w == "tonight") return add(i, i + 1, published_);
        if (w == "yesterday") return add(i, i + 1, days_before(published_, 1));
        if (w == "this" && (is(i + 1, "morning") || is(i + 1, "afternoon") || is(i + 1, "evening")))
            return add(i, i + 2, published_);
        if (w == "last" && is(i + 1, "night")) return add(i, i + 2, days_before(published_, 1));
        if (w == "earlier" && is(i + 1, "this")) {
            if (is(i + 2, "month")) return add(i, i + 3, earlier_this_month(published_));
            if (is(i + 2, "week")) return add(i, i + 3, date_from_days(monday_of(published_.lo), published_.hi));
            if (is(i + 2, "year"))
                return add(i, i + 3, date_from_days(days_from_civil(year_of(published_.lo), 1, 1), published_.hi));
        }
        if (w == "this" || w == "last" || w == "over" || w == "at") return relative(i);
        if (w == "in" || w == "since" || w == "early" || w == "late" || w == "mid") return in_phrase(i);
        if (int n = number_at(i); (n > 0 || w == "a") && i + 2 < t_.size() && is(i + 2, "ago")) {
            n = n > 0 ? n : 1;
            const std::string& unit = t_[i + 1].lower;
            if (unit == "day" || unit == "days") return add(i, i + 3, days_before(published_, n));
            DatePhrase p{up_to(published_), false, true, i, i + 3};  // "decades ago": when, not what was done
            out_.push_back(p);
            return i + 3;
        }
        if (w == "decades" && is(i + 1, "ago")) {
            out_.push_back({up_to(published_), false, true, i, i + 2});
            return i + 2;
        }
        return i;
    }

    std::size_t month_phrase(std::size_t i, int month) {
        if (int day = day_at(i + 1)) {
            std::size_t after = i + 2;
            if (is(after, ",")) ++after;
            if (int year = year_at(after); year) {
                if (!is_valid_ymd(year, month, day)) return after + 1;
                int64_t d = days_from_civil(year, month, day);
                return add(i, after + 1, date_from_days(d, d));
            }
            if (auto d = nearest_month_day(published_, month, day)) return add(i, i + 2, *d);
            return i + 2;
        }
        std::size_t after = i + 1;
        if (is(after, "of")) ++after;
        if (int year = year_at(after)) return add(i, after + 1, month_interval(year, month));
        if (is(i + 1, "last") && is(i + 2, "year"))
            return add(i, i + 3, month_interval(year_of(published_.hi) - 1, month));
        if (is(i + 1, "this") && is(i + 2, "year"))
            return add(i, i + 3, month_interval(year_of(published_.hi), month));
        // a bare month after "in", "last", "early", "late", "Cosby's April conviction": the latest such month
        bool named = t_[i].capitalized && t_[i].lower != "may" && t_[i].lower != "march" && i > 0 &&
                     (is(i - 1, "'s") || is(i - 1, "the") || is(i - 1, "his") || is(i - 1, "her") || is(i - 1, "their"));
        if (named || (i > 0 && (is(i - 1, "in") || is(i - 1, "last") || is(i - 1, "early") || is(i - 1, "late") ||
                                is(i - 1, "mid") || is(i - 1, "since") || is(i - 1, "until"))))
            return add(i, i + 1, latest_month(published_, month));
        return i + 1;
    }

    std::size_t weekday_phrase(std::size_t i) {
        // "Wednesday, 26 June", "Monday, August 28, 2023": the date the weekday introduces
        std::size_t date_at = is(i + 1, ",") ? i + 2 : i + 1;
        bool dated = date_at < t_.size() &&
                     (month_number(t_[date_at].lower) ||
                      (day_at(date_at) && date_at + 1 < t_.size() && month_number(t_[date_at + 1].lower)));
        if (dated) {
            std::size_t before = out_.size();
            std::size_t end = phrase(date_at);
            if (out_.size() > before) {
                out_.back().first = i > 0 && is(i - 1, "on") ? i - 1 : i;
                return end;
            }
        }
        int day = weekday_number(t_[i].lower);
        std::size_t last = i + 1;
        if (is(last, "night") || is(last, "morning") || is(last, "afternoon") || is(last, "evening")) ++last;
        std::size_t first = i > 0 && (is(i - 1, "on") || is(i - 1, "last")) ? i - 1 : i;
        bool ahead = i > 0 && (is(i - 1, "next") || is(i - 1, "until") || is(i - 1, "by") || is(i - 1, "coming"));
        for (std::size_t k = i > 8 ? i - 8 : 0; k < i && !ahead; ++k)  // "would hold a meeting on Saturday"
            ahead = is(k, "will") || is(k, "would") || is(k, "'ll") || is(k, "scheduled") || is(k, "planned") ||
                    is(k, "plans") || is(k, "expected");
        if (ahead) {
            int64_t d = published_.hi + 1;
            while (weekday(d) != day) ++d;
            return add(i - 1, last, date_from_days(d, d));
        }
        return add(first, last, latest_weekday_on_or_before(published_, day));
    }

    std::size_t relative(std::size_t i) {
        const std::string& w = t_[i].lower;
        if ((w == "over" || w == "at" || w == "this" || w == "last") && is(i + 1, "the") && is(i + 2, "weekend"))
            return add(i, i + 3, weekend(published_));
        if ((w == "this" || w == "last") && is(i + 1, "weekend")) return add(i, i + 2, weekend(published_));
        if (w == "last" && is(i + 1, "week")) return add(i, i + 2, week_before(published_));
        if (w == "this" && is(i + 1, "week"))
            return add(i, i + 2, date_from_days(monday_of(published_.lo), published_.hi));
        if (w == "last" && is(i + 1, "month")) return add(i, i + 2, last_month(published_));
        if (w == "this" && is(i + 1, "month")) return add(i, i + 2, earlier_this_month(published_));
        if (w == "last" && is(i + 1, "year"))
            return add(i, i + 2, year_interval(year_of(published_.lo) - 1, year_of(published_.hi) - 1));
        if (w == "this" && is(i + 1, "year"))
            return add(i, i + 2, date_from_days(days_from_civil(year_of(published_.lo), 1, 1), published_.hi));
        return i;
    }

    // "in 2008", "in the 1990s", "since 2012", "in early 2017"
    std::size_t in_phrase(std::size_t i) {
        std::size_t k = i + 1;
        if (t_[i].lower != "in" && t_[i].lower != "since") k = i;
        if (is(k, "early") || is(k, "late") || is(k, "mid")) ++k;
        if (is(k, "the") && k + 1 < t_.size() && t_[k + 1].lower.size() == 5 && t_[k + 1].lower.back() == 's' &&
            year_at_text(t_[k + 1].lower.substr(0, 4))) {
            out_.push_back({up_to(published_), false, true, i, k + 2});  // "in the 1990s"
            return k + 2;
        }
        if (int year = year_at(k); year && t_[i].lower != "since") return add(i, k + 1, year_interval(year, year));
        if (t_[i].lower == "in" && k == i + 1 && (number_at(k) > 0 || is(k, "a")) && is(k + 1, "days")) {
            int n = std::max(1, number_at(k));  // "in 14 days": a day still to come
            return add(i, k + 2, date_from_days(published_.lo + n, published_.hi + n));
        }
        return i;
    }

    static bool year_at_text(std::string_view digits) {
        int y = words::number(digits);
        return y >= 1800 && y <= 2199;
    }

    const std::vector<Token>& t_;
    const Date& published_;
    std::vector<DatePhrase> out_;
};

}  // namespace

std::vector<DatePhrase> find_date_phrases(const std::vector<Token>& tokens, const Date& published) {
    return PhraseReader(tokens, published).read();
}

std::optional<DatePhrase> find_date_phrase(std::string_view sentence, const Date& published) {
    for (auto& p : find_date_phrases(tokenize(sentence, 0, sentence.size()), published))
        if (!p.background) return p;
    return std::nullopt;
}

}  // namespace allegraph
