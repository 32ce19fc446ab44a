#include "queries/privacy.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <optional>


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

// Where the word around byte `at` of UTF-8 `text` starts (going back over letters and digits) and ends.
std::size_t word_start(const std::string& text, std::size_t at) {
    while (at > 0) {
        auto i = static_cast<int32_t>(at);
        UChar32 c;
        U8_PREV(text.data(), 0, i, c);
        if (c < 0 || !u_isalnum(c)) break;
        at = static_cast<std::size_t>(i);
    }
    return at;
}

std::size_t word_end(const std::string& text, std::size_t at) {
    while (at < text.size()) {
        auto i = static_cast<int32_t>(at);
        UChar32 c;
        U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
        if (c < 0 || !u_isalnum(c)) break;
        at = static_cast<std::size_t>(i);
    }
    return at;
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

const std::vector<std::string>& Privacy::public_names_holding(const std::string& phrase) const {
    auto found = public_names_by_phrase_.find(phrase);
    if (found != public_names_by_phrase_.end()) return found->second;
    if (!public_names_) public_names_ = std::make_unique<PublicNames>(db_);
    std::vector<std::string> names;
    for (auto& name : public_names_->with_phrase(phrase)) names.push_back(ascii_lower(std::move(name)));
    return public_names_by_phrase_.emplace(phrase, std::move(names)).first->second;
}

bool Privacy::inside_public_name(const std::string& lowered, std::size_t start, std::size_t end) const {
    // The whole words the occurrence touches: a public name that holds it holds them too.
    const std::size_t from = word_start(lowered, start), to = word_end(lowered, end);
    for (const auto& name : public_names_holding(lowered.substr(from, to - from))) {
        if (name.size() <= end - start) continue;
        // An occurrence of `name` starting at or before `start` and ending at or after `end`.
        for (auto at = lowered.find(name, end > name.size() ? end - name.size() : 0);
             at != std::string::npos && at <= start; at = lowered.find(name, at + 1))
            if (at + name.size() >= end) return true;
    }
    return false;
}

std::string Privacy::scrub(const std::string& text) const {
    if (private_names_.empty()) return text;
    const std::string lowered = ascii_lower(text);
    auto spans = private_names_.find_every(lowered);
    if (spans.empty()) return text;
    std::string out;
    std::size_t from = 0;                    // text before `from` is written
    std::optional<std::pair<std::size_t, std::size_t>> region;  // the redaction being widened
    auto flush = [&] {
        out.append(text, from, region->first - from);
        out += "[redacted]";
        from = region->second;
    };
    for (auto [start, end] : spans) {
        if (inside_public_name(lowered, start, end)) continue;
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
