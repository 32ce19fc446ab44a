// Text helpers shared by every layer: the folded lookup key that makes name
// resolution case- and accent-insensitive, UTF-8 validation, and code point
// offsets for citations. Unicode work is delegated to ICU.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace allegraph {

// The lookup key of a name: NFKD, combining marks removed, case-folded, typographic
// apostrophes as ', runs of white space as one space, trimmed. "Légion d’Honneur" → "legion d'honneur".
std::string fold_key(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or stray bytes).
bool is_valid_utf8(std::string_view text);

// The number of code points in the first `byte_offset` bytes of valid UTF-8 `text`.
std::size_t code_point_offset(std::string_view text, std::size_t byte_offset);

}  // namespace allegraph
