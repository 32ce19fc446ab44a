#include <doctest/doctest.h>

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
