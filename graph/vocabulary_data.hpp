// The vocabulary document, data/vocabulary.json, compiled in: cmake/vocabulary_data.cmake checks it
// at build time (a bad document fails the build) and embeds its text. graph/vocabulary.hpp is the
// interface the rest of the code uses; only graph/vocabulary.cpp reads the text.
#pragma once

#include <string_view>

namespace allegraph::vocabulary_data {

// The text of data/vocabulary.json as it was at build time.
extern const std::string_view document;

}  // namespace allegraph::vocabulary_data
