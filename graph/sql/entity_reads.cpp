#include "graph/entity_reads.hpp"

#include "graph/event_reads.hpp"
#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"

namespace allegraph {

using namespace sql;

namespace {

std::vector<EntityName> entity_names(sql::Statement& st) {
    std::vector<EntityName> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                       st.getColumn(3).getString(), st.getColumn(4).getInt() != 0});
    return out;
}

}  // namespace

std::vector<EntityName> entities_by_id(Store& store, const std::string& id) {
    // An id merged into another entity (graph/merge.cpp) names the kept one.
    sql::Statement by_id(sql_db(store), R"(SELECT id, text_id, name, kind, public FROM entities WHERE text_id = ?1
        UNION ALL SELECT e.id, e.text_id, e.name, e.kind, e.public FROM entity_redirects r
            JOIN entities e ON e.id = r.entity WHERE r.text_id = ?1)");
    by_id.bind(1, id);
    return entity_names(by_id);
}

std::vector<EntityName> entities_by_name_key(Store& store, const std::string& name_key) {
    sql::Statement by_name(sql_db(store), R"(SELECT id, text_id, name, kind, public FROM entities
        WHERE name_key = ?1
        UNION SELECT e.id, e.text_id, e.name, e.kind, e.public
              FROM aliases a JOIN entities e ON e.id = a.entity WHERE a.alias_key = ?1
        ORDER BY 2)");
    by_name.bind(1, name_key);
    return entity_names(by_name);
}

std::optional<EntityDetails> entity_details(Store& store, std::int64_t key, const Redaction& redaction) {
    sql::Statement st(sql_db(store),
                         "SELECT category, description, size, needs_review, unsupported FROM entities WHERE id = ?");
    st.bind(1, key);
    if (!st.executeStep()) return std::nullopt;
    EntityDetails details;
    details.category = st.getColumn(0).getString();
    details.description = redaction.scrub(st.getColumn(1).getString());
    details.size = st.getColumn(2).getString();
    details.needs_review = st.getColumn(3).getInt() != 0;
    details.unsupported = st.getColumn(4).getInt() != 0;
    return details;
}

std::vector<std::string> entity_aliases(Store& store, std::int64_t key) {
    sql::Statement aliases(sql_db(store), "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias");
    aliases.bind(1, key);
    std::vector<std::string> out;
    while (aliases.executeStep()) out.push_back(aliases.getColumn(0).getString());
    return out;
}

std::optional<std::string> group_size(Store& store, std::int64_t key) {
    sql::Statement st(sql_db(store), "SELECT size FROM entities WHERE id = ? AND size <> ''");
    st.bind(1, key);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getString();
}

std::vector<std::string> entity_text_ids(Store& store) {
    std::vector<std::string> ids;
    sql::Statement st(sql_db(store), "SELECT text_id FROM entities ORDER BY id");
    while (st.executeStep()) ids.push_back(st.getColumn(0).getString());
    return ids;
}

EntityRef entity_by_key(Store& store, std::int64_t key, const Redaction& redaction) {
    sql::Statement st(sql_db(store), "SELECT text_id, name, kind, public FROM entities WHERE id = ?");
    st.bind(1, key);
    st.executeStep();
    return redaction.entity(key, st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                            st.getColumn(3).getInt() != 0);
}

std::optional<EntityRef> relation_context(Store& store, std::int64_t relation, const Redaction& redaction) {
    sql::Statement st(sql_db(store), "SELECT x.id, x.text_id, x.name, x.kind, x.public FROM relations r"
                                           " JOIN entities x ON x.id = r.context WHERE r.id = ?");
    st.bind(1, relation);
    if (!st.executeStep()) return std::nullopt;
    return read_entity(st, 0, redaction);
}

std::vector<RelationRow> relation_rows(Store& store, std::int64_t key, const QueryScope& scope,
                                       const Redaction& redaction) {
    sql::Statement st(sql_db(store), std::string(R"(SELECT r.id, r.type, o.id, o.text_id, o.name, o.kind, o.public,
            r.from_entity = ?1, r.date, x.id, x.text_id, x.name, x.kind, x.public
        FROM relations r
        JOIN entities o ON o.id = CASE WHEN r.from_entity = ?1 THEN r.to_entity ELSE r.from_entity END
        LEFT JOIN entities x ON x.id = r.context
        WHERE (r.from_entity = ?1 OR r.to_entity = ?1) AND )") + relation_condition(scope) + R"(
        ORDER BY r.type, o.name)");
    st.bind(1, key);
    std::vector<RelationRow> out;
    while (st.executeStep()) {
        RelationRow row;
        row.type = st.getColumn(1).getString();
        row.other = read_entity(st, 2, redaction);
        row.outgoing = st.getColumn(7).getInt() != 0;
        if (!st.getColumn(8).isNull())
            if (auto date = parse_date(st.getColumn(8).getString())) row.date = date.value();
        if (!st.getColumn(9).isNull()) row.context = read_entity(st, 9, redaction);
        row.citations = citations_for(store, CitationOwner::relation, st.getColumn(0).getInt64(), scope, redaction);
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace allegraph
