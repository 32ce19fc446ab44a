#include "queries/shown_quotes.hpp"

#include <cstdint>

#include "graph/native_reads.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

constexpr std::size_t kPlaceholderLength = 10;  // "[redacted]", in code points

// The byte offset of code point `n` of UTF-8 `text`.
std::size_t byte_of(const std::string& text, std::size_t n) {
    std::size_t at = 0;
    for (; n > 0 && at < text.size(); --n) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

// Where code point `at` of the stored text stands in the text as shown: the names hidden before it
// each shown as the placeholder instead.
std::size_t shown_offset(const std::vector<std::pair<std::size_t, std::size_t>>& regions, std::size_t at) {
    auto offset = static_cast<std::int64_t>(at);
    for (auto [begin, end] : regions)
        if (end <= at) offset += static_cast<std::int64_t>(kPlaceholderLength) - static_cast<std::int64_t>(end - begin);
    return static_cast<std::size_t>(offset);
}

}  // namespace

std::string ShownQuotes::text(const std::string& source_id, const std::string& body) {
    if (privacy_.hides_nothing()) return body;
    auto hidden = privacy_.hidden_ranges(body);
    Regions regions;
    for (auto [begin, end] : hidden) regions.emplace_back(code_point_offset(body, begin), code_point_offset(body, end));
    regions_[source_id] = std::move(regions);
    return privacy_.scrub(body);
}

const ShownQuotes::Regions* ShownQuotes::regions_of(const std::string& source_id) {
    auto found = regions_.find(source_id);
    if (found == regions_.end()) {
        if (auto body = source_body(store_, source_id)) text(source_id, *body);
        found = regions_.try_emplace(source_id, std::nullopt).first;  // a source without a text: none
    }
    return found->second ? &*found->second : nullptr;
}

Citation ShownQuotes::citation(const std::string& source_id, const std::string& quote,
                               std::optional<std::size_t> start, std::optional<std::size_t> end) {
    if (privacy_.hides_nothing()) return {source_id, quote, start, end};
    const Regions* regions = start && end ? regions_of(source_id) : nullptr;
    if (!regions) {
        std::string shown = privacy_.scrub(quote);
        if (shown != quote) start = end = std::nullopt;
        return {source_id, shown, start, end};
    }
    std::size_t from = *start, shown_from = *start;
    for (auto [begin, stop] : *regions)
        if (begin < from && from < stop) shown_from = begin;  // the quote starts inside a hidden name: shown whole
    std::string shown;
    std::size_t cursor = from;  // code points of the stored text up to here are written
    auto copy_to = [&](std::size_t to) {
        const std::size_t first = byte_of(quote, cursor - from);
        shown.append(quote, first, byte_of(quote, to - from) - first);
    };
    for (auto [begin, stop] : *regions) {
        if (stop <= from || begin >= *end) continue;
        if (begin > cursor) copy_to(begin);
        shown += "[redacted]";
        cursor = std::max(cursor, stop);
    }
    if (cursor < *end) copy_to(*end);
    const std::size_t offset = shown_offset(*regions, shown_from);
    return {source_id, shown, offset, offset + code_point_offset(shown, shown.size())};
}

}  // namespace allegraph
