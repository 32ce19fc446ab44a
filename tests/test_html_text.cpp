#include <doctest/doctest.h>

#include "importers/html_text.hpp"

using namespace allegraph;

TEST_CASE("a TimelineJS cell's HTML reads as the words TimelineJS shows") {
    CHECK(html_text("<p>The Academy expelled <b>Harvey Weinstein</b>.</p>") == "The Academy expelled Harvey Weinstein.");
    CHECK(html_text("<p>One.</p><p>Two.</p>") == "One.\n\nTwo.");
    CHECK(html_text("One.<br>Two.<BR/>Three.") == "One.\n\nTwo.\n\nThree.");
    CHECK(html_text("  spaced \t\n  out  ") == "spaced out");
    CHECK(html_text("Ernst &amp; Young &lt;EY&gt; &quot;q&quot; &apos;a&#39;") == "Ernst & Young <EY> \"q\" 'a'");
    CHECK(html_text("&#8220;quoted&#x201D;") == "\u201cquoted\u201d");
    CHECK(html_text("a&nbsp;b") == "a b");
}

TEST_CASE("what is not a reference or a tag stays as written") {
    CHECK(html_text("AT&T and &bogus; and &#xD800; and &#0; and &#1114112;") ==
          "AT&T and &bogus; and &#xD800; and &#0; and &#1114112;");
    CHECK(html_text("3 < 4") == "3 < 4");
    CHECK(html_text("a <i>b") == "a b");
    CHECK(html_text("") == "");
}
