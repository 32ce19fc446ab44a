#include "graph/sql/sql.hpp"

namespace allegraph::sql {

std::optional<Date> stored_date(const sql::Column& column) {
    if (column.isNull()) return std::nullopt;
    auto parsed = parse_date(column.getString());
    if (!parsed) return std::nullopt;
    return parsed.value();
}

std::string word_list(const std::vector<std::string>& words) {
    std::string out = "[";
    for (std::size_t i = 0; i < words.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (char c : words[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "]";
}

std::string key_list(const std::vector<std::int64_t>& keys) {
    std::string out = "[";
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(keys[i]);
    }
    return out + "]";
}

std::string published_by_condition(const QueryScope& scope) {
    std::string out = scope.include_unsupported ? "" : " AND s.retracted IS NULL";
    if (scope.as_of) out += " AND s.published_hi <= :as_of";
    return out;
}

void bind_as_of(sql::Statement& statement, const QueryScope& scope) {
    if (!scope.as_of) return;
    if (int at = statement.getIndex(":as_of")) statement.bind(at, static_cast<std::int64_t>(scope.as_of->hi));
}

std::string cited_by_as_of(const QueryScope& scope, const std::string& owner_column, const std::string& owner) {
    if (!scope.as_of) return "";
    return " AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c." + owner_column +
           " = " + owner + published_by_condition(scope) + ")";
}

std::string review_condition(const QueryScope& scope, const std::string& alias) {
    std::string out = alias + (scope.include_unreviewed ? ".review IN ('reviewed', 'unreviewed')" : ".review = 'reviewed'");
    return scope.include_unsupported ? out : out + " AND " + alias + ".unsupported = 0";
}

std::string relation_condition(const QueryScope& scope, const std::string& alias) {
    return scope.include_unsupported ? "1 = 1" : alias + ".unsupported = 0";
}

CitationRow read_citation(sql::Statement& st, int first, const Redaction& redaction) {
    CitationRow row;
    row.source = st.getColumn(first).getString();
    row.title = redaction.scrub(st.getColumn(first + 1).getString());
    row.publisher = redaction.scrub(st.getColumn(first + 2).getString());
    row.url = redaction.scrub(st.getColumn(first + 3).getString());
    row.published = stored_date(st.getColumn(first + 4));
    const std::string quote = st.getColumn(first + 5).getString();
    row.quote = redaction.scrub(quote);
    // The offsets of a redacted quote would tell the length of what was hidden: only a quote shown whole has them.
    if (row.quote == quote && !st.getColumn(first + 6).isNull()) row.start = st.getColumn(first + 6).getInt64();
    if (row.quote == quote && !st.getColumn(first + 7).isNull()) row.end = st.getColumn(first + 7).getInt64();
    row.retracted = st.getColumn(first + 8).getInt() != 0;
    if (!st.getColumn(first + 9).isNull()) row.syndicated_from = st.getColumn(first + 9).getString();
    return row;
}

EntityRef read_entity(sql::Statement& st, int first, const Redaction& redaction) {
    return redaction.entity(st.getColumn(first).getInt64(), st.getColumn(first + 1).getString(),
                            st.getColumn(first + 2).getString(), st.getColumn(first + 3).getString(),
                            st.getColumn(first + 4).getInt() != 0);
}

}  // namespace allegraph::sql
