#include <doctest/doctest.h>

#include "graph/text.hpp"

using namespace allegraph;

TEST_CASE("fold_key ignores case, accents, apostrophe style and extra space") {
    CHECK(fold_key("Légion d’Honneur") == "legion d'honneur");
    CHECK(fold_key("  AMPAS ") == "ampas");
    CHECK(fold_key("the   Academy") == "the academy");
    CHECK(fold_key("Judith Godrèche") == fold_key("judith godreche"));
    CHECK(fold_key("Léa Seydoux") == "lea seydoux");
    CHECK(fold_key("STRASSE") == fold_key("straße"));
    CHECK(fold_key("Weinstein") != fold_key("Weinsten"));
}

TEST_CASE("fold_key keeps non-Latin scripts") {
    CHECK(fold_key("Москва") == "москва");
    CHECK(fold_key("東京") == "東京");
}

TEST_CASE("is_valid_utf8 accepts well-formed text and rejects malformed bytes") {
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("Godrèche — “quoted”"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xff"));
    CHECK_FALSE(is_valid_utf8("abc\xc3"));          // truncated sequence
    CHECK_FALSE(is_valid_utf8("\xc0\xaf"));         // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));     // surrogate half
    CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // beyond U+10FFFF
}

TEST_CASE("code_point_offset counts characters, not bytes") {
    std::string text = "Léa said";
    CHECK(code_point_offset(text, 0) == 0);
    CHECK(code_point_offset(text, text.find("said")) == 4);
    CHECK(code_point_offset("—x", 3) == 1);
}

TEST_CASE("in_quotes keeps a message on one line whatever the value holds") {
    CHECK(in_quotes("plain") == "\"plain\"");
    CHECK(in_quotes("a \"b\" \\ c") == R"("a \"b\" \\ c")");
    CHECK(in_quotes("x\nallegraph: error: y") == R"("x\nallegraph: error: y")");
    CHECK(in_quotes("\r\t\x1b[2J\x7f") == R"("\r\t\u001b[2J\u007f")");
    CHECK(in_quotes("\u0085 \u2028") == R"("\u0085 \u2028")");
    CHECK(in_quotes("caf\xc3\xa9 \xff") == "\"caf\xc3\xa9 \\xff\"");
}

TEST_CASE("as_valid_utf8 keeps UTF-8 and replaces every other byte sequence") {
    CHECK(as_valid_utf8("Jérôme Élan") == "Jérôme Élan");
    CHECK(as_valid_utf8("x\xa0y") == "x\uFFFDy");
    CHECK(as_valid_utf8("caf\xc3") == "caf\uFFFD");
    CHECK(as_valid_utf8("\xed\xa0\x80z") != "\xed\xa0\x80z");  // a surrogate is not UTF-8
    CHECK(is_valid_utf8(as_valid_utf8("\xff\xfe\xc0\xaf ok")));
}

TEST_CASE("character_problem refuses control characters and noncharacters") {
    CHECK(character_problem("Jérôme Élan", false).empty());
    CHECK(character_problem("two\nlines\tand a tab", true).empty());
    CHECK_FALSE(character_problem("two\nlines", false).empty());
    CHECK_FALSE(character_problem("next\u0085line", true).empty());
    CHECK_FALSE(character_problem("csi\u009b", false).empty());
    CHECK(character_problem("a\uffffb", false).find("noncharacters") != std::string_view::npos);
    CHECK(character_problem("a\ufffeb", true).find("noncharacters") != std::string_view::npos);
    CHECK(character_problem("a\ufdd0b", true).find("noncharacters") != std::string_view::npos);
    CHECK(character_problem("a\U0010FFFFb", true).find("noncharacters") != std::string_view::npos);
    CHECK(character_problem("a\ufffdb", true).empty());
}

TEST_CASE("fold_key drops invisible characters and folds compatibility forms") {
    CHECK(fold_key("Ro\u00ADse\u200B Smith") == "rose smith");          // soft hyphen, zero-width space
    CHECK(fold_key("\uFF32\uFF4F\uFF53\uFF45 Smith") == "rose smith");  // full-width letters
    CHECK(fold_key("Rose\u00A0\u202FSmith") == "rose smith");           // no-break spaces are white space
    CHECK(fold_key("J\u00C9R\u00D4ME \u00C9LAN") == "jerome elan");
    CHECK(fold_key("Je\u0301ro\u0302me") == "jerome");                  // decomposed accents
    CHECK(fold_key("STRASSE") == fold_key("Stra\u00DFe"));
}
