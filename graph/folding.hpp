// Folding: how names are compared, character by character. Name resolution (fold_key,
// graph/text.hpp) and redaction (queries/redactor.hpp) fold alike, so that a private name is
// hidden in every spelling that would find it: compatibility decomposition (NFKD: full-width
// letters, ligatures, superscripts), combining marks and invisible format characters (soft
// hyphen, zero-width space, joiners, direction marks) removed, Unicode case folding, typographic
// apostrophes as '. ICU does the Unicode work; each code point's fold is worked out once.
#pragma once

#include <cstdint>
#include <string>

namespace allegraph {

// The fold of code point `c`, in UTF-8: "" for a combining mark or an invisible format character,
// " " for white space (any kind), else its decomposition, marks removed, case folded.
const std::string& fold_code_point(std::int32_t c);

}  // namespace allegraph
