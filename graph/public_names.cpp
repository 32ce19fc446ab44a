#include "graph/public_names.hpp"

#include <algorithm>
#include <cctype>

namespace allegraph {

PublicNames::PublicNames(SQLite::Database& db)
    : statement_(db, R"(SELECT DISTINCT s.body FROM search_names s JOIN entities e ON e.text_id = s.owner
          WHERE search_names MATCH ? AND s.field IN ('name', 'alias') AND e.public = 1)") {}

std::vector<std::string> PublicNames::with_phrase(std::string_view phrase) {
    // A phrase of separators only is no query; bytes of other scripts may be words.
    auto word_byte = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    if (std::none_of(phrase.begin(), phrase.end(), word_byte)) return {};
    std::string query = "\"";
    for (char c : phrase) query += c == '"' ? std::string("\"\"") : std::string(1, c);
    query += '"';
    statement_.reset();
    statement_.bind(1, query);
    std::vector<std::string> names;
    while (statement_.executeStep()) names.push_back(statement_.getColumn(0).getString());
    return names;
}

}  // namespace allegraph
