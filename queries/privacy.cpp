#include "queries/privacy.hpp"

#include <algorithm>
#include <cctype>

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
    : include_private_(include_private),
      names_(read_private_names(db, include_private)),
      private_names_(names_) {}

EntityRef Privacy::entity(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                          bool is_public) const {
    if (is_public || include_private_) return {key, id, name, kind, false};
    return {key, "private:" + std::to_string(key), "[redacted " + kind + "]", kind, true};
}

std::string Privacy::scrub(const std::string& text) const {
    if (private_names_.empty()) return text;
    auto spans = private_names_.find_all(ascii_lower(text));
    if (spans.empty()) return text;
    std::string out;
    std::size_t from = 0;
    for (auto [start, end] : spans) {
        out.append(text, from, start - from);
        out += "[redacted]";
        from = end;
    }
    out.append(text, from, std::string::npos);
    return out;
}

}  // namespace allegraph
