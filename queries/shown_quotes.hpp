// ShownQuotes: the citations of a redacted native export as they stand in the redacted text of
// their source. A quote redacted on its own may differ from the same words redacted in context (a
// bare surname after the full name, a private name inside a longer public one, a word cut at the
// quote's edge), and its stored offsets would tell how long the hidden names are. So each source's
// text is redacted once, the places hidden remembered, and each quote is cut from the text as
// shown, with its offsets there: the export imports back, every quote verbatim at its offsets.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/model.hpp"
#include "queries/privacy.hpp"

namespace allegraph {

class ShownQuotes {
public:
    ShownQuotes(Store& store, const Privacy& privacy) : store_(store), privacy_(privacy) {}

    // The text of source `source_id` as shown; remembers where it was redacted, for quote().
    std::string text(const std::string& source_id, const std::string& body);

    // The citation of `quote` from `source_id` (stored at code points [start, end) of its text, when
    // known) as shown: cut from the source's text as shown, with offsets there, when the source has a
    // text; else the quote redacted alone, with its offsets only when nothing in it was hidden.
    Citation citation(const std::string& source_id, const std::string& quote, std::optional<std::size_t> start,
                      std::optional<std::size_t> end);

private:
    using Regions = std::vector<std::pair<std::size_t, std::size_t>>;  // code points of the stored text
    const Regions* regions_of(const std::string& source_id);

    Store& store_;
    const Privacy& privacy_;
    std::unordered_map<std::string, std::optional<Regions>> regions_;  // by source id; nullopt: no text
};

}  // namespace allegraph
