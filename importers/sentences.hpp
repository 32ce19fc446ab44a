// Sentences of an article: byte spans of the text, split at sentence ends and
// line breaks, but not after abbreviations ("U.S.", "Nov.", "Mr.") or initials.
// In hard-wrapped text (a line break every 70 characters or so) a break inside a
// paragraph is a space, so a sentence that runs over several lines stays whole;
// so is a break before a line that starts in lower case.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace allegraph {

struct Span {
    std::size_t begin = 0, end = 0;  // byte offsets, end exclusive, trimmed of white space
    int paragraph = 0;               // paragraphs are separated by line breaks that are not soft
};

// The sentences of `text`, in order.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace allegraph
