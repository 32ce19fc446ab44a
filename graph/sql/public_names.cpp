#include "graph/public_names.hpp"

#include <algorithm>
#include <cctype>

#include "graph/sql/engine.hpp"

namespace allegraph {

struct PublicNames::Statement {
    sql::Dialect dialect;
    sql::Statement lookup;
    sql::Statement any;
};

namespace {

// The public names and aliases holding the phrase bound to ?1 (as an FTS5 phrase on SQLite).
const char* lookup_sql(sql::Dialect dialect) {
    if (dialect == sql::Dialect::sqlite)
        return R"(SELECT DISTINCT s.body FROM search_names s JOIN entities e ON e.text_id = s.owner
          WHERE search_names MATCH ? AND s.field IN ('name', 'alias') AND e.public = 1)";
    return R"(SELECT DISTINCT s.body FROM search_name_rows s JOIN entities e ON e.text_id = s.owner
          WHERE to_tsvector('simple', allegraph.fold_text(s.body)) @@ phraseto_tsquery('simple', allegraph.fold_text(CAST(? AS TEXT)))
          AND s.field IN ('name', 'alias') AND e.public = 1)";
}

// Any name or alias holding the phrase bound to ?1 (the same index as lookup_sql's).
const char* any_sql(sql::Dialect dialect) {
    if (dialect == sql::Dialect::sqlite) return "SELECT 1 FROM search_names WHERE search_names MATCH ? LIMIT 1";
    return R"(SELECT 1 FROM search_name_rows s
          WHERE to_tsvector('simple', allegraph.fold_text(s.body)) @@ phraseto_tsquery('simple', allegraph.fold_text(CAST(? AS TEXT)))
          LIMIT 1)";
}

// The phrase as an FTS5 string on SQLite; PostgreSQL's phraseto_tsquery reads it as it is.
std::string phrase_query(sql::Dialect dialect, std::string_view phrase) {
    if (dialect != sql::Dialect::sqlite) return std::string(phrase);
    std::string out = "\"";
    for (char c : phrase) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

}  // namespace

PublicNames::PublicNames(Store& store)
    : statement_(std::make_unique<Statement>(
          Statement{dialect_of(store), sql::Statement(sql_db(store), lookup_sql(dialect_of(store))),
                    sql::Statement(sql_db(store), any_sql(dialect_of(store)))})) {}

PublicNames::~PublicNames() = default;

namespace {

// A phrase of separators only is no query; bytes of other scripts may be words.
bool has_word(std::string_view phrase) {
    return std::any_of(phrase.begin(), phrase.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

}  // namespace

bool PublicNames::any_holds(std::string_view phrase) {
    if (!has_word(phrase)) return false;
    sql::Statement& lookup = statement_->any;
    lookup.reset();
    lookup.bind(1, phrase_query(statement_->dialect, phrase));
    return lookup.executeStep();
}

std::vector<std::string> PublicNames::with_phrase(std::string_view phrase) {
    if (!has_word(phrase)) return {};
    const std::string query = phrase_query(statement_->dialect, phrase);
    sql::Statement& lookup = statement_->lookup;
    lookup.reset();
    lookup.bind(1, query);
    std::vector<std::string> names;
    while (lookup.executeStep()) names.push_back(lookup.getColumn(0).getString());
    return names;
}

}  // namespace allegraph
