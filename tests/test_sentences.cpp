#include <doctest/doctest.h>

#include <string>

#include "importers/sentences.hpp"

using namespace allegraph;

namespace {

std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    for (auto span : split_sentences(text)) out.push_back(text.substr(span.begin, span.end - span.begin));
    return out;
}

}  // namespace

TEST_CASE("sentences end at . ! ? and line breaks") {
    CHECK(sentences("One. Two! Three? Four") == std::vector<std::string>{"One.", "Two!", "Three?", "Four"});
    CHECK(sentences("Title\n\nBody one. Body two.") == std::vector<std::string>{"Title", "Body one.", "Body two."});
}

TEST_CASE("abbreviations and initials do not end a sentence") {
    CHECK(sentences("The U.S. Academy acted. Then Mr. Smith spoke.") ==
          std::vector<std::string>{"The U.S. Academy acted.", "Then Mr. Smith spoke."});
    CHECK(sentences("A decision is due on Nov. 6. It was.") ==
          std::vector<std::string>{"A decision is due on Nov. 6.", "It was."});
    CHECK(sentences("J. K. Rowling wrote. Yes.") == std::vector<std::string>{"J. K. Rowling wrote.", "Yes."});
}

TEST_CASE("closing quotes stay with their sentence") {
    CHECK(sentences("He said \"no.\" She left.") == std::vector<std::string>{"He said \"no.\"", "She left."});
    CHECK(sentences("It was \u201cdisturbing.\u201d Then more.") ==
          std::vector<std::string>{"It was \u201cdisturbing.\u201d", "Then more."});
    CHECK(sentences("3.5 percent rose.") == std::vector<std::string>{"3.5 percent rose."});
}

TEST_CASE("hard-wrapped paragraphs keep their sentences whole") {
    std::string text =
        "The Academy of Motion Picture Arts and Sciences said on Saturday that it\n"
        "had expelled the producer, who has denied every allegation made against\n"
        "him by the women who came forward this month.\n"
        "\n"
        "A spokesman for the producer did not respond to a request for comment on\n"
        "the decision on Sunday.";
    auto found = sentences(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].find("had expelled the producer") != std::string::npos);
    CHECK(found[0].back() == '.');
    auto spans = split_sentences(text);
    CHECK(spans[0].paragraph != spans[1].paragraph);
}

TEST_CASE("a line that is not wrapped ends its sentence; a lower-case next line continues it") {
    CHECK(sentences("Headline here\nBody starts.") == std::vector<std::string>{"Headline here", "Body starts."});
    CHECK(sentences("the report was published by the\nnewspaper on Monday.") ==
          std::vector<std::string>{"the report was published by the\nnewspaper on Monday."});
}
