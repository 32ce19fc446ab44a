#include <doctest/doctest.h>

#include <cctype>
#include <set>
#include <string>

#include "exporters/escape.hpp"

using namespace allegraph;

namespace {

std::string token(std::string_view id) {
    std::string out;
    append_xml_token(out, id);
    return out;
}

bool renamed(std::string_view id) {
    std::string out;
    return append_xml_token(out, id);
}

}  // namespace

TEST_CASE("GraphML ids are XML name tokens, readable ones unchanged, never two ids one token") {
    CHECK(token("person:harvey-weinstein") == "person:harvey-weinstein");
    CHECK_FALSE(renamed("person:harvey-weinstein"));
    CHECK(token("role:person:x>event:y>accused") == "role:person:x_3Eevent:y_3Eaccused");
    CHECK(token("person:o'neil/&co") == "person:o_27neil_2F_26co");
    CHECK(token("a_b") == "a__b");
    CHECK(renamed("a_b"));
    CHECK(token("") == "_");
    CHECK(token("J\xC3\xA9r\xC3\xB4me") == "J_C3_A9r_C3_B4me");
    // every token is made of NMTOKEN characters only
    for (char c : token("<>&\"' \t\n/\\#%?=;,!~*()[]{}|^`@$+"))
        CHECK((std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' || c == ':'));
    // ids that differ give tokens that differ, also where an escape could look like another id
    std::set<std::string> seen;
    for (const char* id : {"a_3E", "a>", "a__", "a_", "a_5F", "a__3E", "a_>"}) CHECK(seen.insert(token(id)).second);
}

TEST_CASE("XML and DOT escaping keep names as text") {
    CHECK(xml_escape("Ernst & Young <EY> \"x\" 'y'") == "Ernst &amp; Young &lt;EY&gt; &quot;x&quot; &apos;y&apos;");
    CHECK(xml_escape("a\x01z") == "a\xEF\xBF\xBDz");
    CHECK(dot_escape("say \"hi\"\\\nnext") == "say \\\"hi\\\"\\\\\\nnext");
}

TEST_CASE("xml_escape leaves nothing XML 1.0 cannot carry") {
    CHECK(xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
    CHECK(xml_escape("tab\tline\n") == "tab&#9;line&#10;");
    CHECK(xml_escape("bell\a") == "bell\uFFFD");
    CHECK(xml_escape("x\uFFFEy\uFFFFz") == "x\uFFFDy\uFFFDz");
    CHECK(xml_escape("\uFFFD \uFEFF \u00EF") == "\uFFFD \uFEFF \u00EF");  // other EF.. sequences are kept
}
