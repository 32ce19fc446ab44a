#include "graph/search_fts.hpp"

#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"

namespace allegraph {
namespace {

// Each word quoted as an FTS5 string, so user text is never read as query syntax.
std::string fts_query(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "\"" : " \"") + word + "\"";
    return out;
}

// The words as one text, for PostgreSQL's plainto_tsquery (which reads no syntax in it).
std::string plain_query(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : " ") + word;
    return out;
}

// The names, summaries and quotes holding every word of the query bound to ?1.
std::string hits(sql::Dialect dialect) {
    // SQLite: three FTS5 tables (summaries and quotes index the events and citations tables in place).
    if (dialect == sql::Dialect::sqlite)
        return R"(
            SELECT owner, field, body FROM search_names WHERE search_names MATCH ?1
            UNION ALL
            SELECT v.text_id, 'summary', v.summary
            FROM search_summaries JOIN events v ON v.id = search_summaries.rowid WHERE search_summaries MATCH ?1
            UNION ALL
            SELECT coalesce(ce.text_id, cv.text_id, 'relation:' || c.relation), 'quote', c.quote
            FROM search_quotes JOIN citations c ON c.id = search_quotes.rowid
            LEFT JOIN entities ce ON ce.id = c.entity LEFT JOIN events cv ON cv.id = c.event
            WHERE search_quotes MATCH ?1)";
    // PostgreSQL: the GIN indexes of graph/sql/postgres/schema.sql, on the same expressions.
    const std::string query = "plainto_tsquery('simple', allegraph.fold_text(CAST(?1 AS TEXT)))";
    return R"(
            SELECT owner, field, body FROM search_name_rows
            WHERE to_tsvector('simple', allegraph.fold_text(body)) @@ )" + query + R"(
            UNION ALL
            SELECT v.text_id, 'summary', v.summary FROM events v
            WHERE to_tsvector('simple', allegraph.fold_text(v.summary)) @@ )" + query + R"(
            UNION ALL
            SELECT coalesce(ce.text_id, cv.text_id, 'relation:' || c.relation), 'quote', c.quote
            FROM citations c LEFT JOIN entities ce ON ce.id = c.entity LEFT JOIN events cv ON cv.id = c.event
            WHERE to_tsvector('simple', allegraph.fold_text(c.quote)) @@ )" + query;
}

}  // namespace

std::vector<TextMatch> texts_with_words(Store& store, const std::vector<std::string>& words, const QueryScope& scope) {
    const sql::Dialect dialect = dialect_of(store);
    sql::Statement st(sql_db(store), "WITH hits(owner, field, body) AS (" + hits(dialect) + R"()
        SELECT s.owner, s.field, s.body, n.name, n.kind, n.public, v.summary
        FROM hits s
        LEFT JOIN entities n ON n.text_id = s.owner
        LEFT JOIN events v ON v.text_id = s.owner
        WHERE (v.id IS NULL OR ()" + sql::review_condition(scope, "v") + "))");
    st.bind(1, dialect == sql::Dialect::sqlite ? fts_query(words) : plain_query(words));
    std::vector<TextMatch> out;
    while (st.executeStep()) {
        TextMatch match;
        match.owner = st.getColumn(0).getString();
        match.field = st.getColumn(1).getString();
        match.body = st.getColumn(2).getString();
        if (!st.getColumn(4).isNull()) {
            match.entity_name = st.getColumn(3).getString();
            match.entity_public = st.getColumn(5).getInt() != 0;
        }
        if (!st.getColumn(6).isNull()) match.event_summary = st.getColumn(6).getString();
        out.push_back(std::move(match));
    }
    return out;
}

}  // namespace allegraph
