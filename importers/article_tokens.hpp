// Tokens of a news sentence: words and punctuation with their byte offsets in the
// article, a lower-cased form for matching (typographic apostrophes as '), and
// whether the word is capitalized. The article rules (names, dates, triggers) all
// read sentences through these tokens, so "O’Reilly’s" is the word O’Reilly and the
// possessive 's, "won’t" is one word, "R." and "Nov." keep their dots, and "—" is a dash.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace allegraph {

struct Token {
    std::size_t begin = 0, end = 0;  // byte offsets in the article
    std::string lower;               // ASCII-lower-cased, ’ and ‘ as ', “ ” as ", – — as —
    bool word = false;               // letters or digits, not punctuation
    bool capitalized = false;        // its first letter is upper case (any script)
    bool compound = false;           // a hyphenated word whose last part is lower case: "High-profile"
    bool camel = false;              // lower case first, a capital inside: the name particle "deGrasse"
};

// The tokens of text[begin, end).
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);

// True when `token` is one of the '|'-separated words of `words` ("said|says|told").
bool is_any(const Token& token, std::string_view words);

}  // namespace allegraph
