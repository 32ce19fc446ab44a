#include "queries/search.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "graph/text.hpp"
#include "queries/event_loader.hpp"

namespace allegraph {
namespace {

// The words of `text` (letters, digits, '#', '@' and apostrophes), folded.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string current;
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(fold_key(text));
    for (int32_t i = 0; i < unicode.length();) {
        UChar32 c = unicode.char32At(i);
        i += U16_LENGTH(c);
        if (u_isalnum(c)) {
            icu::UnicodeString(c).toUTF8String(current);
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

// Each word quoted as an FTS5 string, so user text is never read as query syntax.
std::string fts_query(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "\"" : " \"") + word + "\"";
    return out;
}

bool names_private_word(const Privacy& privacy, const std::vector<std::string>& words) {
    for (const auto& name : privacy.private_names())
        for (const auto& private_word : words_of(name))
            for (const auto& word : words)
                if (word == private_word) return true;
    return false;
}

}  // namespace

std::vector<SearchHit> search(SQLite::Database& db, const std::string& text, const QueryScope& scope,
                              const Privacy& privacy, std::size_t limit) {
    std::vector<std::string> words = words_of(text);
    if (words.empty() || (!privacy.include_private() && names_private_word(privacy, words))) return {};
    // Names, summaries and quotes are three FTS5 tables (summaries and quotes index the
    // events and citations tables in place); their hits are ranked together.
    SQLite::Statement st(db, R"(
        WITH hits(owner, field, snippet, rank) AS (
            SELECT owner, field, snippet(search_names, 2, '[', ']', '…', 16), bm25(search_names)
            FROM search_names WHERE search_names MATCH ?1
            UNION ALL
            SELECT v.text_id, 'summary', snippet(search_summaries, 0, '[', ']', '…', 16), bm25(search_summaries)
            FROM search_summaries JOIN events v ON v.id = search_summaries.rowid
            WHERE search_summaries MATCH ?1
            UNION ALL
            SELECT coalesce(ce.text_id, cv.text_id, 'relation:' || c.relation), 'quote',
                   snippet(search_quotes, 0, '[', ']', '…', 16), bm25(search_quotes)
            FROM search_quotes JOIN citations c ON c.id = search_quotes.rowid
            LEFT JOIN entities ce ON ce.id = c.entity LEFT JOIN events cv ON cv.id = c.event
            WHERE search_quotes MATCH ?1)
        SELECT s.owner, s.field, s.snippet, s.rank, n.name, n.kind, n.public, v.summary, v.review
        FROM hits s
        LEFT JOIN entities n ON n.text_id = s.owner
        LEFT JOIN events v ON v.text_id = s.owner
        WHERE (v.id IS NULL OR ()" + review_condition(scope, "v") + R"())
        ORDER BY s.rank, s.owner LIMIT ?2)");
    st.bind(1, fts_query(words));
    st.bind(2, static_cast<std::int64_t>(limit));
    std::vector<SearchHit> hits;
    while (st.executeStep()) {
        SearchHit hit;
        hit.owner = st.getColumn(0).getString();
        hit.field = st.getColumn(1).getString();
        hit.snippet = privacy.scrub(st.getColumn(2).getString());
        hit.rank = st.getColumn(3).getDouble();
        if (!st.getColumn(5).isNull()) {
            bool is_public = st.getColumn(6).getInt() != 0;
            if (!is_public && !privacy.include_private()) continue;
            hit.kind = "entity";
            hit.label = st.getColumn(4).getString();
        } else if (!st.getColumn(7).isNull()) {
            hit.kind = "event";
            hit.label = privacy.scrub(st.getColumn(7).getString());
        } else {
            hit.kind = "relation";
        }
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace allegraph
