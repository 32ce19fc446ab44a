// Citation records (graph/citation_records.hpp): table `citations`.
#include "graph/citation_records.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {

void add_citation(Store& store, FactKind kind, std::int64_t key, std::int64_t source, const std::string& quote,
                  const std::optional<std::pair<std::int64_t, std::int64_t>>& span) {
    const std::string owner(fact_kind_name(kind));
    sql::Statement insert(sql_db(store),
                             "INSERT INTO citations(source, " + owner + ", quote, start, \"end\") SELECT ?1, ?2, ?3, ?4, ?5"
                             " WHERE NOT EXISTS (SELECT 1 FROM citations WHERE " + owner + " = ?2 AND source = ?1 AND quote = ?3)");
    insert.bind(1, source);
    insert.bind(2, key);
    insert.bind(3, quote);
    if (span) {
        insert.bind(4, span->first);
        insert.bind(5, span->second);
    }
    insert.exec();
}

void copy_citations(Store& store, FactKind kind, std::int64_t from, std::int64_t to) {
    const std::string owner(fact_kind_name(kind));
    sql::Statement copy(sql_db(store), "INSERT INTO citations(source, " + owner + ", quote, start, \"end\")"
                                             " SELECT source, CAST(?1 AS BIGINT), quote, start, \"end\" FROM citations c WHERE " + owner +
                                             " = ?2 AND NOT EXISTS (SELECT 1 FROM citations d WHERE d." + owner +
                                             " = ?1 AND d.source = c.source AND d.quote = c.quote)");
    copy.bind(1, to);
    copy.bind(2, from);
    copy.exec();
}

}  // namespace allegraph
