// Folding: how names are compared, character by character. Name resolution (fold_key,
// graph/text.hpp) and redaction (queries/redactor.hpp) fold alike, so that a private name is
// hidden in every spelling that would find it: compatibility decomposition (NFKD: full-width
// letters, ligatures, superscripts), combining marks and invisible format characters (soft
// hyphen, zero-width space, joiners, direction marks) removed, Unicode case folding, typographic
// apostrophes as '. ICU does the Unicode work; each code point's fold is worked out once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace allegraph {

// The fold of code point `c`, in UTF-8: "" for a combining mark or an invisible format character,
// " " for white space (any kind), else its decomposition, marks removed, case folded.
const std::string& fold_code_point(std::int32_t c);

// A word of a text: its folded letters and digits, and the bytes [begin, end) of the text it spans.
struct FoldedWord {
    std::string text;
    std::size_t begin = 0, end = 0;
};

// The words of UTF-8 `text`, in order: runs of letters and digits once folded. White space,
// punctuation, hyphens, commas, '#' and '@' separate words; invisible characters and combining
// marks join them ("Ro\u00ADse" is one word, "rose"). Bytes that are not UTF-8 separate words.
std::vector<FoldedWord> folded_words(std::string_view text);

}  // namespace allegraph
