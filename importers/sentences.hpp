// Sentences of an article: byte spans of the text, split at sentence ends and
// line breaks, but not after abbreviations ("U.S.", "Nov.", "Mr.") or initials.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace allegraph {

struct Span {
    std::size_t begin = 0, end = 0;  // byte offsets, end exclusive, trimmed of white space
};

// The sentences of `text`, in order.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace allegraph
