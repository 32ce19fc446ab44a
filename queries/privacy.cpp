#include "queries/privacy.hpp"

#include <algorithm>
#include <cctype>

#include "graph/public_names.hpp"

namespace allegraph {
namespace {

std::string ascii_lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::vector<std::string> read_private_names(SQLite::Database& db, bool include_private) {
    std::vector<std::string> names;
    if (include_private) return names;
    SQLite::Statement st(db, R"(SELECT name FROM entities WHERE public = 0
        UNION SELECT a.alias FROM entities e CROSS JOIN aliases a ON a.entity = e.id WHERE e.public = 0)");
    while (st.executeStep()) names.push_back(ascii_lower(st.getColumn(0).getString()));
    return names;
}

}  // namespace

Privacy::Privacy(SQLite::Database& db, bool include_private)
    : db_(db),
      include_private_(include_private),
      names_(read_private_names(db, include_private)),
      private_names_(names_) {}

EntityRef Privacy::entity(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                          bool is_public) const {
    if (is_public || include_private_) return {key, id, name, kind, false};
    return {key, "private:" + std::to_string(key), "[redacted " + kind + "]", kind, true};
}

const NameMatcher& Privacy::longer_public_names() const {
    if (!longer_public_names_) {
        std::vector<std::string> longer;
        for_each_public_name(db_, [&](std::string_view name) {
            std::string lowered = ascii_lower(std::string(name));
            auto inside = private_names_.find_all(lowered);
            bool holds_one = std::any_of(inside.begin(), inside.end(),
                                         [&](const auto& span) { return span.second - span.first < lowered.size(); });
            if (holds_one) longer.push_back(std::move(lowered));
        });
        longer_public_names_.emplace(longer);
    }
    return *longer_public_names_;
}

std::string Privacy::scrub(const std::string& text) const {
    if (private_names_.empty()) return text;
    const std::string lowered = ascii_lower(text);
    auto spans = private_names_.find_every(lowered);
    if (spans.empty()) return text;
    auto shown = longer_public_names().find_every(lowered);
    auto part_of_public_name = [&](std::size_t start, std::size_t end) {
        return std::any_of(shown.begin(), shown.end(), [&](const auto& s) {
            return s.first <= start && end <= s.second && s.second - s.first > end - start;
        });
    };
    std::string out;
    std::size_t from = 0;                    // text before `from` is written
    std::optional<std::pair<std::size_t, std::size_t>> region;  // the redaction being widened
    auto flush = [&] {
        out.append(text, from, region->first - from);
        out += "[redacted]";
        from = region->second;
    };
    for (auto [start, end] : spans) {
        if (part_of_public_name(start, end)) continue;
        if (region && start < region->second) {
            region->second = std::max(region->second, end);
            continue;
        }
        if (region) flush();
        region = {start, end};
    }
    if (!region) return text;
    flush();
    out.append(text, from, std::string::npos);
    return out;
}

}  // namespace allegraph
