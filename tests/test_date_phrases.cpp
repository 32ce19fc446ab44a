#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/date_phrases.hpp"

using namespace allegraph;

namespace {

std::string resolved(const char* sentence, const char* published = "2017-10-16") {
    auto phrase = find_date_phrase(sentence, parse_date(published).value());
    return phrase ? phrase->date.text : "";
}

}  // namespace

TEST_CASE("weekdays are the latest such day on or before publication") {
    CHECK(resolved("The Academy announced on Saturday he would be expelled.") == "2017-10-14");
    CHECK(resolved("On Monday, the guild voted.") == "2017-10-16");
    CHECK(resolved("Milano suggested on Sunday that women post.", "2017-10-16/2017-10-20") == "2017-10-15");
    CHECK(resolved("On Monday, the guild voted.", "2017-10-16/2017-10-20") == "2017-10-16");
}

TEST_CASE("weeks, months and days ago keep their precision") {
    CHECK(resolved("He was suspended last week.") == "2017-10-09/2017-10-15");
    CHECK(resolved("The report came out earlier this month.") == "2017-10-01/2017-10-16");
    CHECK(resolved("She posted four days ago.") == "2017-10-12");
    CHECK(resolved("She posted 3 days ago.") == "2017-10-13");
    CHECK(resolved("The board met yesterday.") == "2017-10-15");
    CHECK(resolved("The board meets today.") == "2017-10-16");
}

TEST_CASE("month and day resolve to the next such day, flagged as future") {
    auto phrase = find_date_phrase("a final decision is made on Nov. 6.", parse_date("2017-10-16").value());
    REQUIRE(phrase);
    CHECK(phrase->date.text == "2017-11-06");
    CHECK(phrase->future);
    CHECK(resolved("It happened on October 3.") == "2017-10-03");
    CHECK(resolved("It is due on Jan. 9.") == "2018-01-09");
    CHECK(resolved("It happened on October 3, 2016.") == "2016-10-03");
    CHECK(resolved("No date here.") == "");
}

namespace {

std::vector<std::string> all(const std::string& sentence, const char* published) {
    std::vector<std::string> out;
    for (const auto& p : find_date_phrases(tokenize(sentence, 0, sentence.size()), parse_date(published).value()))
        out.push_back(p.date.text + (p.background ? " (act)" : "") + (p.future ? " (due)" : ""));
    return out;
}

}  // namespace

TEST_CASE("bare weekdays, weekends, this week and months without a year") {
    // a Wednesday: 15 November 2017
    CHECK(resolved("The RNC canceled its agreement Tuesday.", "2017-11-15") == "2017-11-14");
    CHECK(resolved("A spokesman did not comment on Sunday night.", "2017-12-03") == "2017-12-03");
    CHECK(resolved("Over the weekend, he came forward.", "2017-10-30") == "2017-10-28/2017-10-29");
    CHECK(resolved("It happened this week.", "2017-11-15") == "2017-11-13/2017-11-15");
    CHECK(resolved("He settled in January.", "2017-10-21") == "2017-01");
    CHECK(resolved("A lower court in October had convicted him.", "2018-12-03") == "2018-10");
    CHECK(resolved("He resigned in July.", "2019-02-16") == "2018-07");
    CHECK(resolved("It ran in November last year.", "2018-12-03") == "2017-11");
    CHECK(resolved("He was acquitted in 2008.", "2019-01-19") == "2008");
    CHECK(resolved("He left last month.", "2019-01-19") == "2018-12");
}

TEST_CASE("what alleged acts date is marked, and future days are due dates") {
    CHECK(all("advances toward him back in 1986", "2017-10-30") == std::vector<std::string>{"1986 (act)"});
    CHECK(all("sexually abusing them decades ago", "2017-12-03") == std::vector<std::string>{"../2017-12-03 (act)"});
    CHECK(all("He has until Monday to pay.", "2019-01-19") == std::vector<std::string>{"2019-01-21 (due)"});
    CHECK(resolved("the Dec. 12 election", "2017-11-15") == "2017-12-12");
}

TEST_CASE("a weekday before a full date is that date, and a comma may come before the year") {
    CHECK(resolved("He was charged on Wednesday, 26 June following authorisation.", "2024-07-29") == "2024-06-26");
    CHECK(resolved("Monday, August 28, 2023 - FIFA suspended him.", "2023-08-28") == "2023-08-28");
    CHECK(resolved("Edwards was arrested on 8 November, 2023.", "2024-07-29") == "2023-11-08");
}
