#include "queries/privacy.hpp"

#include <algorithm>
#include <cctype>

namespace allegraph {
namespace {

std::string ascii_lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

Privacy::Privacy(SQLite::Database& db, bool include_private) : include_private_(include_private) {
    if (include_private_) return;
    SQLite::Statement names(db, R"(SELECT name FROM entities WHERE public = 0
        UNION SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity WHERE e.public = 0)");
    while (names.executeStep()) {
        std::string name = names.getColumn(0).getString();
        if (!name.empty()) lowered_names_.push_back(ascii_lower(name));
    }
    std::sort(lowered_names_.begin(), lowered_names_.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

EntityRef Privacy::entity(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                          bool is_public) const {
    if (is_public || include_private_) return {key, id, name, kind, false};
    return {key, "private:" + std::to_string(key), "[redacted " + kind + "]", kind, true};
}

std::string Privacy::scrub(const std::string& text) const {
    if (lowered_names_.empty()) return text;
    std::string out = text;
    for (const auto& name : lowered_names_) {
        std::string lowered = ascii_lower(out);
        std::string rebuilt;
        std::size_t from = 0;
        for (std::size_t at = lowered.find(name); at != std::string::npos; at = lowered.find(name, at + name.size())) {
            rebuilt.append(out, from, at - from);
            rebuilt += "[redacted]";
            from = at + name.size();
        }
        rebuilt.append(out, from, std::string::npos);
        out = std::move(rebuilt);
    }
    return out;
}

}  // namespace allegraph
