// libFuzzer target: the EDTF date parser, and the date phrases of article sentences.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/date.hpp"
#include "importers/date_phrases.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto date = allegraph::parse_date(text)) {
        if (date->lo > date->hi) __builtin_trap();  // a parsed interval never ends before it starts
        (void)allegraph::display_date(*date);
    }
    static const allegraph::Date published = *allegraph::parse_date("2017-10-20");
    (void)allegraph::find_date_phrase(text, published);
    return 0;
}
