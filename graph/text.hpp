// Text helpers shared by every layer: the folded lookup key that makes name
// resolution case- and accent-insensitive, UTF-8 validation, and code point
// offsets for citations. Unicode work is delegated to ICU.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace allegraph {

// The lookup key of a name: each character folded as graph/folding.hpp says (NFKD, combining marks
// and invisible format characters removed, case-folded, typographic apostrophes as '), runs of
// white space as one space, trimmed. "Légion d’Honneur" → "legion d'honneur".
std::string fold_key(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or stray bytes).
bool is_valid_utf8(std::string_view text);

// `text` with every byte sequence that is not well-formed UTF-8 replaced by U+FFFD: for what is
// recorded as given but must be shown as text (a file name in the history).
std::string as_valid_utf8(std::string_view text);

// Why valid UTF-8 `text` may not be stored as text, or "" when it may: control characters (C0,
// DEL, C1 such as U+0085; line breaks and tabs are allowed in free text, `allow_breaks`) and
// noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two of every plane), which XML
// cannot carry: a name holding one would make every GraphML and GEXF export unreadable.
std::string_view character_problem(std::string_view text, bool allow_breaks);

// `value` in double quotes for an error message, with quotes, backslashes, control characters and
// line separators escaped as in JSON (\n, \u001b), so that a message stays one line whatever a
// file or an argument holds; bytes that are not UTF-8 as \xNN.
std::string in_quotes(std::string_view value);

// The number of code points in the first `byte_offset` bytes of valid UTF-8 `text`.
std::size_t code_point_offset(std::string_view text, std::size_t byte_offset);

}  // namespace allegraph
