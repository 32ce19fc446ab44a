// GraphWriter's lookups for the article importer: which stored source holds a text,
// which stored names contain a proposed one, and what an editor already rejected.
#include "graph/text.hpp"
#include "graph/writer.hpp"

namespace allegraph {
namespace {

std::string like_pattern(const std::string& key) {
    std::string out = "%";
    for (char c : key) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

// True when `inner` occurs in `outer` as whole words.
bool holds_words(const std::string& outer, const std::string& inner) {
    for (std::size_t at = outer.find(inner); at != std::string::npos; at = outer.find(inner, at + 1)) {
        bool starts = at == 0 || outer[at - 1] == ' ';
        std::size_t end = at + inner.size();
        bool ends = end == outer.size() || outer[end] == ' ';
        if (starts && ends) return true;
    }
    return false;
}

}  // namespace

std::optional<std::string> GraphWriter::source_with_text(std::string_view sha256) {
    SQLite::Statement find(db_, "SELECT text_id FROM sources WHERE sha256 = ? AND body IS NOT NULL ORDER BY id LIMIT 1");
    find.bind(1, std::string(sha256));
    if (!find.executeStep()) return std::nullopt;
    return find.getColumn(0).getString();
}

std::vector<GraphWriter::NamedEntity> GraphWriter::entities_containing(std::string_view name) {
    std::string key = fold_key(name);
    SQLite::Statement find(db_, R"(SELECT text_id, kind, name_key, category, id FROM entities
        WHERE name_key LIKE ?1 ESCAPE '\'
        UNION SELECT e.text_id, e.kind, a.alias_key, e.category, e.id FROM aliases a JOIN entities e ON e.id = a.entity
        WHERE a.alias_key LIKE ?1 ESCAPE '\' ORDER BY 1)");
    find.bind(1, like_pattern(key));
    std::vector<NamedEntity> out;
    while (find.executeStep()) {
        std::string longer = find.getColumn(2).getString();
        if (longer == key || !holds_words(longer, key) || !visible(find.getColumn(4).getInt64())) continue;
        std::string id = find.getColumn(0).getString();
        if (out.empty() || out.back().id != id)
            out.push_back({id, find.getColumn(1).getString(), find.getColumn(3).getString()});
    }
    return out;
}

bool GraphWriter::entity_cites_source(std::string_view entity_id, std::string_view source_id) {
    SQLite::Statement find(db_, R"(SELECT 1 FROM citations c JOIN entities e ON e.id = c.entity
        JOIN sources s ON s.id = c.source WHERE e.text_id = ? AND s.text_id = ? LIMIT 1)");
    find.bind(1, std::string(entity_id));
    find.bind(2, std::string(source_id));
    return find.executeStep();
}

bool GraphWriter::has_events(std::string_view entity_id) {
    SQLite::Statement find(db_, R"(SELECT 1 FROM participants p JOIN entities e ON e.id = p.entity
        WHERE e.text_id = ? LIMIT 1)");
    find.bind(1, std::string(entity_id));
    return find.executeStep();
}

bool GraphWriter::shares_event(std::string_view entity_id, std::string_view other_id) {
    SQLite::Statement find(db_, R"(SELECT 1 FROM participants p JOIN entities e ON e.id = p.entity
        JOIN participants q ON q.event = p.event JOIN entities f ON f.id = q.entity
        WHERE e.text_id = ? AND f.text_id = ? LIMIT 1)");
    find.bind(1, std::string(entity_id));
    find.bind(2, std::string(other_id));
    return find.executeStep();
}

bool GraphWriter::rejected_candidate(std::string_view source_id, std::string_view quote, std::string_view type) {
    SQLite::Statement find(db_, R"(SELECT 1 FROM events ev JOIN citations c ON c.event = ev.id
        JOIN sources s ON s.id = c.source
        WHERE ev.review = 'rejected' AND ev.type = ? AND s.text_id = ? AND c.quote = ? LIMIT 1)");
    find.bind(1, std::string(type));
    find.bind(2, std::string(source_id));
    find.bind(3, std::string(quote));
    return find.executeStep();
}

}  // namespace allegraph
