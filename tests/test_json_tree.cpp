#include <doctest/doctest.h>

#include "importers/json_tree.hpp"

using namespace allegraph;

namespace {

JsonNode parse_ok(std::string_view text) {
    JsonNode node;
    JsonSyntaxError error;
    REQUIRE(parse_json(text, node, error));
    return node;
}

JsonSyntaxError parse_bad(std::string_view text) {
    JsonNode node;
    JsonSyntaxError error;
    REQUIRE_FALSE(parse_json(text, node, error));
    return error;
}

}  // namespace

TEST_CASE("values remember where they start") {
    std::string text = "{\"a\": 1,\n  \"b\": [true, \"x\"],\n  \"c\": {\"d\": null}}";
    JsonNode root = parse_ok(text);
    CHECK(root.offset == 0);
    CHECK(root.find("a")->offset == text.find('1'));
    CHECK(root.find("b")->offset == text.find('['));
    CHECK(root.find("b")->items[1].offset == text.find("\"x\""));
    CHECK(root.find("c")->find("d")->offset == text.find("null"));
    auto pos = position_of(text, root.find("b")->items[0].offset);
    CHECK(pos.line == 2);
    CHECK(pos.column == 9);
}

TEST_CASE("types are kept") {
    JsonNode root = parse_ok(R"({"i": -3, "r": 1.5, "s": "é", "t": false, "big": 18446744073709551615})");
    CHECK(root.find("i")->type == JsonNode::Type::integer);
    CHECK(root.find("i")->integer == -3);
    CHECK(root.find("r")->type == JsonNode::Type::real);
    CHECK(root.find("s")->string == "é");
    CHECK(root.find("t")->type == JsonNode::Type::boolean);
    CHECK(root.find("big")->type == JsonNode::Type::real);
    CHECK(json_type_name(*root.find("s")) == "string");
    CHECK(root.find("missing") == nullptr);
}

TEST_CASE("syntax errors are located") {
    CHECK(parse_bad("{\"a\": }").offset == 6);
    CHECK(parse_bad("[1, 2").message.size() > 0);
    CHECK(parse_bad("{} {}").offset == 3);
}

TEST_CASE("duplicate keys, NUL bytes, bad keys and deep nesting are refused") {
    CHECK(parse_bad(R"({"a": 1, "a": 2})").message == "duplicate key \"a\"");
    CHECK(parse_bad(std::string_view("{\"a\":\0 1}", 9)).message == "NUL byte in input");
    CHECK(parse_bad("{\"\xff\": 1}").message == "invalid UTF-8 in a key");
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK(parse_bad(deep).message.find("nesting deeper than") == 0);
    std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    JsonNode node;
    JsonSyntaxError error;
    CHECK(parse_json(ok, node, error));
}

TEST_CASE("position_of counts columns in code points") {
    std::string text = "ab\n\xc3\xa9x";  // "ab\néx"
    CHECK(position_of(text, 0).line == 1);
    CHECK(position_of(text, text.find('x')).line == 2);
    CHECK(position_of(text, text.find('x')).column == 2);
}

TEST_CASE("position_of does not count a leading byte-order mark") {
    std::string text = "\xEF\xBB\xBF{\"a\": 1}\n{";
    CHECK(position_of(text, text.find('a')).column == 3);
    CHECK(position_of(text, text.rfind('{')).column == 1);
    CHECK(position_of("x\xEF\xBB\xBFy", 4).column == 3);  // a BOM elsewhere is a character
}

TEST_CASE("a raw control character in a string is named as such, not as a bad escape") {
    CHECK(parse_bad("{\"a\": \"x\ty\"}").message.find("control character in string") == 0);
    CHECK(parse_bad("{\"a\": \"x\\qy\"}").message.find("Invalid escape") == 0);
}
