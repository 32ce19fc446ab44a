#include <doctest/doctest.h>

#include "exporters/escape.hpp"

using namespace allegraph;

TEST_CASE("xml_escape leaves nothing XML 1.0 cannot carry") {
    CHECK(xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
    CHECK(xml_escape("tab\tline\n") == "tab&#9;line&#10;");
    CHECK(xml_escape("bell\a") == "bell\uFFFD");
    CHECK(xml_escape("x\uFFFEy\uFFFFz") == "x\uFFFDy\uFFFDz");
    CHECK(xml_escape("\uFFFD \uFEFF \u00EF") == "\uFFFD \uFEFF \u00EF");  // other EF.. sequences are kept
}
