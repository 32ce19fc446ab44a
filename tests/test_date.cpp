// Tests for graph/date: EDTF parsing, day arithmetic, canonical texts, prose and
// the relative-date helpers used by the article importer.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.hpp"

using namespace allegraph;

namespace {

int64_t day(int y, unsigned m, unsigned d) { return days_from_civil(y, m, d); }

Date parsed(std::string_view text) {
    auto result = parse_date(text);
    REQUIRE_MESSAGE(result.ok(), std::string(text));
    return result.value();
}

std::string error_of(std::string_view text) {
    auto result = parse_date(text);
    REQUIRE_MESSAGE(!result.ok(), std::string(text));
    return result.error().message;
}

// The canonical text of the helper's result, which is what importers store.
std::string text_of(const Date& date) { return date.text; }

}  // namespace

TEST_CASE("days_from_civil matches known day numbers") {
    CHECK(day(1970, 1, 1) == 0);
    CHECK(day(1969, 12, 31) == -1);
    CHECK(day(2000, 1, 1) == 10957);
    CHECK(day(2000, 3, 1) == 11017);
    CHECK(day(2017, 10, 14) == 17453);
    CHECK(day(0, 3, 1) == -719468);
}

TEST_CASE("civil_from_days inverts days_from_civil") {
    int mismatches = 0;
    for (int64_t d = day(0, 1, 1); d <= day(9999, 12, 31); d += 97) {
        const Civil c = civil_from_days(d);
        if (!is_valid_ymd(c.year, c.month, c.day) || day(c.year, c.month, c.day) != d) ++mismatches;
    }
    CHECK(mismatches == 0);
    const Civil c = civil_from_days(day(2016, 2, 29));
    CHECK(c.year == 2016);
    CHECK(c.month == 2u);
    CHECK(c.day == 29u);
}

TEST_CASE("iso_day prints zero-padded YYYY-MM-DD") {
    CHECK(iso_day(0) == "1970-01-01");
    CHECK(iso_day(17453) == "2017-10-14");
    CHECK(iso_day(day(0, 1, 1)) == "0000-01-01");
    CHECK(iso_day(day(9999, 12, 31)) == "9999-12-31");
}

TEST_CASE("weekday counts from Monday") {
    CHECK(weekday(0) == 3);                     // Thursday
    CHECK(weekday(-1) == 2);                    // Wednesday
    CHECK(weekday(day(2017, 10, 14)) == 5);     // Saturday
    CHECK(weekday(day(2017, 10, 15)) == 6);     // Sunday
    CHECK(weekday(day(2017, 10, 16)) == 0);     // Monday
    CHECK(weekday(day(1900, 1, 1)) == 0);       // Monday
}

TEST_CASE("days_in_month and is_valid_ymd know leap years") {
    CHECK(days_in_month(2016, 2) == 29u);
    CHECK(days_in_month(2017, 2) == 28u);
    CHECK(days_in_month(1900, 2) == 28u);
    CHECK(days_in_month(2000, 2) == 29u);
    CHECK(days_in_month(2017, 4) == 30u);
    CHECK(days_in_month(2017, 12) == 31u);
    CHECK(is_valid_ymd(2016, 2, 29));
    CHECK_FALSE(is_valid_ymd(2017, 2, 29));
    CHECK_FALSE(is_valid_ymd(2017, 13, 1));
    CHECK_FALSE(is_valid_ymd(2017, 0, 1));
    CHECK_FALSE(is_valid_ymd(2017, 10, 0));
    CHECK_FALSE(is_valid_ymd(2017, 9, 31));
}

TEST_CASE("to_string names each precision") {
    CHECK(to_string(Precision::day) == "day");
    CHECK(to_string(Precision::month) == "month");
    CHECK(to_string(Precision::year) == "year");
    CHECK(to_string(Precision::interval) == "interval");
}

TEST_CASE("parse_date accepts the EDTF subset") {
    SUBCASE("day") {
        const Date d = parsed("2017-10-14");
        CHECK(d.text == "2017-10-14");
        CHECK(d.lo == day(2017, 10, 14));
        CHECK(d.hi == day(2017, 10, 14));
        CHECK(d.precision == Precision::day);
        CHECK_FALSE(d.approximate);
        CHECK_FALSE(d.uncertain);
        CHECK_FALSE(d.open_start());
        CHECK_FALSE(d.open_end());
    }
    SUBCASE("month") {
        const Date d = parsed("2017-10");
        CHECK(d.lo == day(2017, 10, 1));
        CHECK(d.hi == day(2017, 10, 31));
        CHECK(d.precision == Precision::month);
    }
    SUBCASE("leap February as a month") {
        const Date d = parsed("2016-02");
        CHECK(d.hi == day(2016, 2, 29));
    }
    SUBCASE("year") {
        const Date d = parsed("2017");
        CHECK(d.lo == day(2017, 1, 1));
        CHECK(d.hi == day(2017, 12, 31));
        CHECK(d.precision == Precision::year);
    }
    SUBCASE("year bounds 0000 and 9999") {
        CHECK(parsed("0000").lo == day(0, 1, 1));
        CHECK(parsed("9999-12-31").hi == day(9999, 12, 31));
    }
    SUBCASE("approximate ~") {
        const Date d = parsed("2017-10~");
        CHECK(d.text == "2017-10~");
        CHECK(d.precision == Precision::month);
        CHECK(d.approximate);
        CHECK_FALSE(d.uncertain);
    }
    SUBCASE("uncertain ?") {
        const Date d = parsed("2017-10-14?");
        CHECK(d.lo == day(2017, 10, 14));
        CHECK_FALSE(d.approximate);
        CHECK(d.uncertain);
    }
    SUBCASE("approximate and uncertain %") {
        const Date d = parsed("2017%");
        CHECK(d.precision == Precision::year);
        CHECK(d.approximate);
        CHECK(d.uncertain);
    }
    SUBCASE("closed interval") {
        const Date d = parsed("2017-10-09/2017-10-13");
        CHECK(d.lo == day(2017, 10, 9));
        CHECK(d.hi == day(2017, 10, 13));
        CHECK(d.precision == Precision::interval);
        CHECK_FALSE(d.approximate);
        CHECK_FALSE(d.uncertain);
    }
    SUBCASE("interval of months covers both whole months") {
        const Date d = parsed("2017-10/2017-12");
        CHECK(d.lo == day(2017, 10, 1));
        CHECK(d.hi == day(2017, 12, 31));
    }
    SUBCASE("interval whose start month contains its end day") {
        const Date d = parsed("2017-10/2017-10-05");
        CHECK(d.lo == day(2017, 10, 1));
        CHECK(d.hi == day(2017, 10, 5));
    }
    SUBCASE("one-day interval") {
        const Date d = parsed("2017-10-01/2017-10-01");
        CHECK(d.lo == d.hi);
        CHECK(d.precision == Precision::interval);
    }
    SUBCASE("interval flags are the OR of its sides") {
        const Date d = parsed("2017-10-09~/2017-10-13?");
        CHECK(d.approximate);
        CHECK(d.uncertain);
        const Date e = parsed("2017-10-09/2017-10~");
        CHECK(e.approximate);
        CHECK_FALSE(e.uncertain);
    }
    SUBCASE("open start") {
        const Date d = parsed("../2017-10-16");
        CHECK(d.text == "../2017-10-16");
        CHECK(d.lo == kOpenStart);
        CHECK(d.hi == day(2017, 10, 16));
        CHECK(d.open_start());
        CHECK_FALSE(d.open_end());
        CHECK(d.precision == Precision::interval);
    }
    SUBCASE("open end") {
        const Date d = parsed("2017-10-16/..");
        CHECK(d.lo == day(2017, 10, 16));
        CHECK(d.hi == kOpenEnd);
        CHECK(d.open_end());
        CHECK_FALSE(d.open_start());
    }
    SUBCASE("open start with an uncertain end") {
        const Date d = parsed("../2017-10?");
        CHECK(d.hi == day(2017, 10, 31));
        CHECK(d.uncertain);
    }
}

TEST_CASE("parse_date knows leap years") {
    SUBCASE("2016-02-29 exists") { CHECK(parsed("2016-02-29").lo == day(2016, 2, 29)); }
    SUBCASE("2000-02-29 exists (divisible by 400)") { CHECK(parsed("2000-02-29").lo == day(2000, 2, 29)); }
    SUBCASE("1900-02-29 does not (divisible by 100)") {
        CHECK(error_of("1900-02-29") == R"(invalid date "1900-02-29": 1900-02 has no day 29)");
    }
}

TEST_CASE("parse_date rejects everything else, naming the text and the reason") {
    SUBCASE("empty") { CHECK(error_of("") == R"(invalid date "": empty)"); }
    SUBCASE("leading space") { CHECK(error_of(" 2017") == R"(invalid date " 2017": contains white space)"); }
    SUBCASE("trailing space") { CHECK(error_of("2017-10-14 ") == R"(invalid date "2017-10-14 ": contains white space)"); }
    SUBCASE("space around the slash") {
        CHECK(error_of("2017 / 2018") == R"(invalid date "2017 / 2018": contains white space)");
    }
    SUBCASE("newline stays escaped on one line") {
        CHECK(error_of("2017\n") == R"(invalid date "2017\n": contains white space)");
    }
    SUBCASE("trailing text") {
        CHECK(error_of("2017-10-14x") == R"(invalid date "2017-10-14x": unexpected "x" after the date)");
    }
    SUBCASE("trailing text after a qualifier") {
        CHECK(error_of("2017~-10") == R"(invalid date "2017~-10": unexpected "-10" after the date)");
    }
    SUBCASE("month 13") { CHECK(error_of("2017-13-01") == R"(invalid date "2017-13-01": month 13 is not 01-12)"); }
    SUBCASE("February 29 in a common year") {
        CHECK(error_of("2017-02-29") == R"(invalid date "2017-02-29": 2017-02 has no day 29)");
    }
    SUBCASE("day 32") { CHECK(error_of("2017-10-32") == R"(invalid date "2017-10-32": 2017-10 has no day 32)"); }
    SUBCASE("day 31 in a 30-day month") {
        CHECK(error_of("2017-09-31") == R"(invalid date "2017-09-31": 2017-09 has no day 31)");
    }
    SUBCASE("all zeros") { CHECK(error_of("0000-00-00") == R"(invalid date "0000-00-00": month 00 is not 01-12)"); }
    SUBCASE("day 00") { CHECK(error_of("2017-10-00") == R"(invalid date "2017-10-00": 2017-10 has no day 00)"); }
    SUBCASE("two-digit year") { CHECK(error_of("17-10-01") == R"(invalid date "17-10-01": year must have 4 digits)"); }
    SUBCASE("five-digit year") { CHECK(error_of("20170") == R"(invalid date "20170": year must have 4 digits)"); }
    SUBCASE("one-digit month") { CHECK(error_of("2017-1-5") == R"(invalid date "2017-1-5": month must have 2 digits)"); }
    SUBCASE("one-digit day") { CHECK(error_of("2017-01-5") == R"(invalid date "2017-01-5": day must have 2 digits)"); }
    SUBCASE("dangling dash") { CHECK(error_of("2017-") == R"(invalid date "2017-": month must have 2 digits)"); }
    SUBCASE("both ends open") {
        CHECK(error_of("../..") == R"(invalid date "../..": both ends of the interval are open)");
    }
    SUBCASE("missing end") {
        CHECK(error_of("2017/") == R"(invalid date "2017/": interval has no end (write ".." for an open end))");
    }
    SUBCASE("missing start") {
        CHECK(error_of("/2017") == R"(invalid date "/2017": interval has no start (write ".." for an open start))");
    }
    SUBCASE("two qualifiers") {
        CHECK(error_of("2017-10-14~?") == R"(invalid date "2017-10-14~?": more than one qualifier)");
    }
    SUBCASE("garbage") {
        CHECK(error_of("garbage") ==
              R"(invalid date "garbage": not a date (expected YYYY, YYYY-MM or YYYY-MM-DD))");
    }
    SUBCASE("open marker alone") { CHECK(error_of("..").find("not a date") != std::string::npos); }
    SUBCASE("reversed interval") {
        CHECK(error_of("2017-10-20/2017-10-01") ==
              R"(invalid date "2017-10-20/2017-10-01": start 2017-10-20 is after end 2017-10-01)");
    }
    SUBCASE("three parts") {
        CHECK(error_of("2017/2018/2019") == R"(invalid date "2017/2018/2019": more than one "/")");
    }
    SUBCASE("bad side of an interval") {
        CHECK(error_of("2017-10-01/2017-13") == R"(invalid date "2017-10-01/2017-13": month 13 is not 01-12)");
    }
    SUBCASE("quotes in the text are escaped") {
        CHECK(error_of("2017\"") == R"(invalid date "2017\"": unexpected "\"" after the date)");
    }
}

TEST_CASE("date_less orders by lo, then hi, then text") {
    const Date day_first = parsed("2017-10-01");
    const Date month = parsed("2017-10");
    const Date approximate = parsed("2017-10-01~");
    const Date open = parsed("../2017-10-16");
    CHECK(date_less(day_first, month));
    CHECK_FALSE(date_less(month, day_first));
    CHECK(date_less(day_first, approximate));
    CHECK(date_less(open, parsed("1900")));
    CHECK_FALSE(date_less(month, month));
    std::vector<Date> dates = {parsed("2018"), month, open, day_first, parsed("2017-09-30")};
    std::sort(dates.begin(), dates.end(), date_less);
    std::vector<std::string> texts;
    for (const Date& d : dates) texts.push_back(d.text);
    CHECK(texts == std::vector<std::string>{"../2017-10-16", "2017-09-30", "2017-10-01", "2017-10", "2018"});
}

TEST_CASE("overlaps is an inclusive window test") {
    const Date week = parsed("2017-10-09/2017-10-15");
    CHECK(overlaps(week, day(2017, 10, 15), day(2017, 10, 20)));
    CHECK(overlaps(week, day(2017, 10, 1), day(2017, 10, 9)));
    CHECK_FALSE(overlaps(week, day(2017, 10, 16), day(2017, 10, 20)));
    CHECK_FALSE(overlaps(week, day(2017, 10, 1), day(2017, 10, 8)));
    CHECK(overlaps(week, parsed("2017-10")));
    CHECK_FALSE(overlaps(week, parsed("2017-11")));
    CHECK(overlaps(parsed("../2017-10-16"), parsed("1950")));
    CHECK(overlaps(parsed("2017-10-16/.."), parsed("9999")));
    CHECK_FALSE(overlaps(parsed("2017-10-16/.."), parsed("2017-10-15")));
}

TEST_CASE("contains tests interval inclusion") {
    CHECK(contains(parsed("2017-10"), parsed("2017-10-14")));
    CHECK(contains(parsed("2017"), parsed("2017-10-09/2017-10-15")));
    CHECK(contains(parsed("2017-10"), parsed("2017-10")));
    CHECK_FALSE(contains(parsed("2017-10-14"), parsed("2017-10")));
    CHECK_FALSE(contains(parsed("2017-10"), parsed("2017-09-28/2017-10-03")));
    CHECK(contains(parsed("../2017-10-16"), parsed("2016")));
    CHECK_FALSE(contains(parsed("2016"), parsed("../2016-10-16")));
}

TEST_CASE("date_from_days builds canonical dates") {
    SUBCASE("single day") {
        const Date d = date_from_days(day(2017, 10, 14), day(2017, 10, 14));
        CHECK(d.text == "2017-10-14");
        CHECK(d.precision == Precision::day);
    }
    SUBCASE("whole month") {
        const Date d = date_from_days(day(2016, 2, 1), day(2016, 2, 29));
        CHECK(d.text == "2016-02");
        CHECK(d.precision == Precision::month);
    }
    SUBCASE("whole year") {
        const Date d = date_from_days(day(2017, 1, 1), day(2017, 12, 31));
        CHECK(d.text == "2017");
        CHECK(d.precision == Precision::year);
    }
    SUBCASE("whole months spanning two months stay an interval") {
        const Date d = date_from_days(day(2017, 10, 1), day(2017, 11, 30));
        CHECK(d.text == "2017-10-01/2017-11-30");
        CHECK(d.precision == Precision::interval);
    }
    SUBCASE("month short by a day stays an interval") {
        CHECK(date_from_days(day(2017, 10, 1), day(2017, 10, 30)).text == "2017-10-01/2017-10-30");
    }
    SUBCASE("open ends print as ..") {
        CHECK(date_from_days(kOpenStart, day(2017, 10, 16)).text == "../2017-10-16");
        CHECK(date_from_days(day(2017, 10, 16), kOpenEnd).text == "2017-10-16/..");
    }
    SUBCASE("carries its interval and no flags") {
        const Date d = date_from_days(day(2017, 10, 9), day(2017, 10, 13));
        CHECK(d.lo == day(2017, 10, 9));
        CHECK(d.hi == day(2017, 10, 13));
        CHECK_FALSE(d.approximate);
        CHECK_FALSE(d.uncertain);
    }
    SUBCASE("canonical text parses back to the same interval") {
        for (const char* text : {"2017-10-14", "2017-10", "2017", "2017-10-09/2017-10-13", "../2017-10-16"}) {
            const Date d = parsed(text);
            const Date canonical = date_from_days(d.lo, d.hi);
            CHECK(canonical.text == text);
        }
    }
}

TEST_CASE("display_date writes English prose at the true precision") {
    SUBCASE("day") { CHECK(display_date(parsed("2017-10-14")) == "14 October 2017"); }
    SUBCASE("month") { CHECK(display_date(parsed("2017-10")) == "October 2017"); }
    SUBCASE("year") { CHECK(display_date(parsed("2017")) == "2017"); }
    SUBCASE("approximate") { CHECK(display_date(parsed("2017-10-14~")) == "c. 14 October 2017"); }
    SUBCASE("uncertain") { CHECK(display_date(parsed("2017-10?")) == "October 2017 (uncertain)"); }
    SUBCASE("both") { CHECK(display_date(parsed("2017%")) == "c. 2017 (uncertain)"); }
    SUBCASE("days in one month") { CHECK(display_date(parsed("2017-10-09/2017-10-13")) == "9–13 October 2017"); }
    SUBCASE("seven days that are not Monday to Sunday") {
        CHECK(display_date(parsed("2017-10-10/2017-10-16")) == "10–16 October 2017");
    }
    SUBCASE("days in one year") {
        CHECK(display_date(parsed("2017-09-28/2017-10-03")) == "28 September – 3 October 2017");
    }
    SUBCASE("days across years") {
        CHECK(display_date(parsed("2016-12-28/2017-01-03")) == "28 December 2016 – 3 January 2017");
    }
    SUBCASE("Monday to Sunday week") {
        CHECK(display_date(parsed("2017-10-09/2017-10-15")) == "week of 9 October 2017");
        CHECK(display_date(parsed("2017-10-30/2017-11-05")) == "week of 30 October 2017");
    }
    SUBCASE("months") {
        CHECK(display_date(parsed("2017-10/2017-12")) == "October – December 2017");
        CHECK(display_date(parsed("2016-11/2017-02")) == "November 2016 – February 2017");
        CHECK(display_date(parsed("2017-10-01/2017-10-31")) == "October 2017");
    }
    SUBCASE("years") { CHECK(display_date(parsed("2015/2017")) == "2015–2017"); }
    SUBCASE("open start") {
        CHECK(display_date(parsed("../2017-10-16")) == "up to 16 October 2017");
        CHECK(display_date(parsed("../2017-10")) == "up to October 2017");
        CHECK(display_date(date_from_days(kOpenStart, day(2017, 10, 16))) == "up to 16 October 2017");
    }
    SUBCASE("open end") {
        CHECK(display_date(parsed("2017-10-16/..")) == "from 16 October 2017");
        CHECK(display_date(parsed("2017~/..")) == "c. from 2017");
    }
    SUBCASE("approximate interval") { CHECK(display_date(parsed("2017-10-09~/2017-10-13")) == "c. 9–13 October 2017"); }
}

TEST_CASE("relative dates from a day publication") {
    const Date published = parsed("2017-10-16");  // a Monday
    SUBCASE("on Saturday") { CHECK(text_of(latest_weekday_on_or_before(published, 5)) == "2017-10-14"); }
    SUBCASE("on Monday is the publication day") {
        CHECK(text_of(latest_weekday_on_or_before(published, 0)) == "2017-10-16");
    }
    SUBCASE("on Tuesday") { CHECK(text_of(latest_weekday_on_or_before(published, 1)) == "2017-10-10"); }
    SUBCASE("last week") {
        const Date week = week_before(published);
        CHECK(week.text == "2017-10-09/2017-10-15");
        CHECK(display_date(week) == "week of 9 October 2017");
    }
    SUBCASE("last week from a Sunday") { CHECK(text_of(week_before(parsed("2017-10-15"))) == "2017-10-02/2017-10-08"); }
    SUBCASE("earlier this month") { CHECK(text_of(earlier_this_month(published)) == "2017-10-01/2017-10-16"); }
    SUBCASE("four days ago") { CHECK(text_of(days_before(published, 4)) == "2017-10-12"); }
    SUBCASE("days ago across a month") { CHECK(text_of(days_before(published, 16)) == "2017-09-30"); }
    SUBCASE("up to publication") {
        const Date d = up_to(published);
        CHECK(d.text == "../2017-10-16");
        CHECK(d.open_start());
        CHECK(d.hi == day(2017, 10, 16));
    }
    SUBCASE("Nov. 6 later this year") { CHECK(text_of(next_month_day(published, 11, 6)) == "2017-11-06"); }
    SUBCASE("the publication day itself") { CHECK(text_of(next_month_day(published, 10, 16)) == "2017-10-16"); }
    SUBCASE("a day already past means next year") {
        CHECK(text_of(next_month_day(published, 10, 1)) == "2018-10-01");
    }
    SUBCASE("February 29 waits for a leap year") {
        CHECK(text_of(next_month_day(published, 2, 29)) == "2020-02-29");
    }
}

TEST_CASE("relative dates from an interval publication") {
    const Date published = parsed("2017-10-16/2017-10-20");  // Monday to Friday
    SUBCASE("on Saturday") { CHECK(text_of(latest_weekday_on_or_before(published, 5)) == "2017-10-14"); }
    SUBCASE("on Monday") { CHECK(text_of(latest_weekday_on_or_before(published, 0)) == "2017-10-16"); }
    SUBCASE("on Wednesday is ambiguous: every candidate") {
        CHECK(text_of(latest_weekday_on_or_before(published, 2)) == "2017-10-11/2017-10-18");
    }
    SUBCASE("last week") { CHECK(text_of(week_before(published)) == "2017-10-09/2017-10-15"); }
    SUBCASE("last week over two weeks of publication is the union") {
        CHECK(text_of(week_before(parsed("2017-10-13/2017-10-17"))) == "2017-10-02/2017-10-15");
    }
    SUBCASE("earlier this month") { CHECK(text_of(earlier_this_month(published)) == "2017-10-01/2017-10-20"); }
    SUBCASE("four days ago") { CHECK(text_of(days_before(published, 4)) == "2017-10-12/2017-10-16"); }
    SUBCASE("up to publication") { CHECK(text_of(up_to(published)) == "../2017-10-20"); }
    SUBCASE("Nov. 6") { CHECK(text_of(next_month_day(published, 11, 6)) == "2017-11-06"); }
    SUBCASE("a month publication: on Saturday") {
        CHECK(text_of(latest_weekday_on_or_before(parsed("2017-10"), 5)) == "2017-09-30/2017-10-28");
    }
    SUBCASE("Jan. 2 across the new year") {
        CHECK(text_of(next_month_day(parsed("2017-12-28/2018-01-03"), 1, 2)) == "2018-01-02");
    }
}

#include "importers/date_input.hpp"

TEST_CASE("desk dates: month names everywhere, numeric day-month forms only with an order") {
    auto text = [](const char* given, DayMonthOrder order = DayMonthOrder::unknown) {
        auto date = parse_date_input(given, order);
        return date ? date->text : "error: " + date.error().message;
    };
    CHECK(text("2017-10-14") == "2017-10-14");
    CHECK(text("Oct. 11, 2017") == "2017-10-11");
    CHECK(text("11 October 2017") == "2017-10-11");
    CHECK(text("October 11th 2017") == "2017-10-11");
    CHECK(text("11-Oct-2017") == "2017-10-11");
    CHECK(text("October 2017") == "2017-10");
    CHECK(text("Sept. 2017") == "2017-09");
    CHECK(text("2016") == "2016");
    CHECK(parse_date_input("2016", DayMonthOrder::unknown)->precision == Precision::year);
    CHECK(text("14/10/2017", DayMonthOrder::dmy) == "2017-10-14");
    CHECK(text("14.10.2017", DayMonthOrder::dmy) == "2017-10-14");
    CHECK(text("10/14/2017", DayMonthOrder::mdy) == "2017-10-14");

    std::string refused = text("14/10/2017");
    CHECK(refused.find("needs --date-format DMY or MDY") != std::string::npos);
    CHECK(refused.find("it can only be 2017-10-14 (DMY)") != std::string::npos);
    CHECK(refused.find("Oct. 14, 2017") != std::string::npos);  // names the forms accepted
    CHECK(text("11/10/2017").find("2017-10-11 read as DMY and 2017-11-10 read as MDY") != std::string::npos);
    CHECK(text("10/14/2017", DayMonthOrder::dmy).find("no day of the calendar") != std::string::npos);
    CHECK(text("14/10/17", DayMonthOrder::dmy).find("four digits") != std::string::npos);
    CHECK(text("February 30, 2017").find("has no day 30") != std::string::npos);
    CHECK(text("2017-13-01") == "error: invalid date \"2017-13-01\": month 13 is not 01-12");
    CHECK(text("sometime").find("Accepted: ") != std::string::npos);
    CHECK(parse_day_month_order("dmy").value() == DayMonthOrder::dmy);
    CHECK_FALSE(parse_day_month_order("YMD"));
}
