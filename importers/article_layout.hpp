// The layout of a news article as archived: an archive's " date YYYY-MM-DD " prefix
// (page furniture, not text), the sentences (importers/sentences.hpp) with their
// paragraphs, datelines at the start of a story ("WASHINGTON—", "LOS ANGELES (AP) —",
// "(CNN)"), which are not part of the first sentence, and headlines set in title case.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/mentions.hpp"

namespace allegraph {

// The date of an archive's " date YYYY-MM-DD " prefix, if the text starts with one.
std::optional<std::string> archive_date(std::string_view text);

// The sentences of the article, tokenized, without the archive prefix and datelines.
std::vector<SentenceTokens> article_sentences(std::string_view text);

}  // namespace allegraph
