#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/article_tokens.hpp"

using namespace allegraph;

namespace {

std::vector<std::string> lowered(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(text, 0, text.size())) out.push_back(t.lower);
    return out;
}

}  // namespace

TEST_CASE("possessives are tokens of their own; contractions and inner apostrophes are not") {
    CHECK(lowered("O\u2019Reilly\u2019s settlement") == std::vector<std::string>{"o'reilly", "'s", "settlement"});
    CHECK(lowered("it won\u2019t give") == std::vector<std::string>{"it", "won't", "give"});
    CHECK(lowered("decades\u2019 worth") == std::vector<std::string>{"decades", "'", "worth"});
}

TEST_CASE("initials, abbreviations and numbers keep their dots and commas; a sentence's full stop does not") {
    CHECK(lowered("R. Kelly on Nov. 6 in the U.S.") ==
          std::vector<std::string>{"r.", "kelly", "on", "nov.", "6", "in", "the", "u.s."});
    CHECK(lowered("3,000 voters and 3.5 percent.") ==
          std::vector<std::string>{"3,000", "voters", "and", "3.5", "percent", "."});
}

TEST_CASE("dashes and quotes are normalized; byte offsets point into the text") {
    std::string text = "WASHINGTON\u2014The \u201cTosca\u201d show";
    auto tokens = tokenize(text, 0, text.size());
    REQUIRE(tokens.size() == 7);
    CHECK(tokens[1].lower == "\u2014");
    CHECK(tokens[3].lower == "\"");
    CHECK(text.substr(tokens[4].begin, tokens[4].end - tokens[4].begin) == "Tosca");
    CHECK(tokens[4].capitalized);
    CHECK_FALSE(tokens[6].capitalized);
}

TEST_CASE("compound adjectives are marked, hyphenated names are not") {
    std::string text = "High-profile Jean-Claude Sun-Times";
    auto tokens = tokenize(text, 0, text.size());
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[0].compound);
    CHECK_FALSE(tokens[1].compound);
    CHECK_FALSE(tokens[2].compound);
}
