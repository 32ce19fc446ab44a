#include "graph/fact_lookup.hpp"

#include <sstream>
#include <vector>

#include "graph/sql/engine.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {
namespace {

std::optional<std::int64_t> key_of(sql::Connection& db, const char* sql, const std::string& id) {
    sql::Statement st(db, sql);
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getInt64();
}

std::optional<std::int64_t> entity_key(sql::Connection& db, const std::string& id) {
    if (auto key = key_of(db, "SELECT id FROM entities WHERE text_id = ?", id)) return key;
    return key_of(db, "SELECT entity FROM entity_redirects WHERE text_id = ?", id);
}

// "FROM TYPE TO" or "relation:FROM>TYPE>TO" as its three parts.
std::optional<std::vector<std::string>> relation_parts(const std::string& id) {
    std::vector<std::string> parts;
    if (id.starts_with("relation:")) {
        std::stringstream in(id.substr(9));
        for (std::string part; std::getline(in, part, '>');) parts.push_back(part);
    } else {
        std::stringstream in(id);
        for (std::string part; in >> part;) parts.push_back(part);
    }
    if (parts.size() != 3) return std::nullopt;
    return parts;
}

std::optional<std::int64_t> relation_key(sql::Connection& db, const std::string& id) {
    auto parts = relation_parts(id);
    if (!parts) return std::nullopt;
    auto from = entity_key(db, (*parts)[0]);
    auto to = entity_key(db, (*parts)[2]);
    if (!from || !to) return std::nullopt;
    sql::Statement st(db, "SELECT id FROM relations WHERE type = ?1 AND ((from_entity = ?2 AND to_entity = ?3)"
                             " OR (?4 AND from_entity = ?3 AND to_entity = ?2))");
    st.bind(1, (*parts)[1]);
    st.bind(2, *from);
    st.bind(3, *to);
    st.bind(4, is_symmetric_relation((*parts)[1]) ? 1 : 0);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getInt64();
}

}  // namespace

std::optional<FactRef> find_fact(Store& store, const std::string& id) {
    sql::Connection& db = sql_db(store);
    if (auto key = key_of(db, "SELECT id FROM events WHERE text_id = ?", id)) return FactRef{FactKind::event, *key};
    if (auto key = key_of(db, "SELECT event FROM event_redirects WHERE text_id = ?", id))
        return FactRef{FactKind::event, *key};
    if (auto key = entity_key(db, id)) return FactRef{FactKind::entity, *key};
    if (auto key = key_of(db, "SELECT id FROM sources WHERE text_id = ?", id)) return FactRef{FactKind::source, *key};
    if (auto key = key_of(db, "SELECT source FROM source_redirects WHERE text_id = ?", id))
        return FactRef{FactKind::source, *key};
    if (auto key = relation_key(db, id)) return FactRef{FactKind::relation, *key};
    return std::nullopt;
}

bool is_private_fact(Store& store, const FactRef& fact) {
    const char* sql = fact.kind == FactKind::entity ? "SELECT public = 0 FROM entities WHERE id = ?"
                      : fact.kind == FactKind::relation
                          ? "SELECT EXISTS (SELECT 1 FROM relations r JOIN entities e ON e.id IN (r.from_entity, r.to_entity,"
                            " r.context) WHERE r.id = ?1 AND e.public = 0)"
                          : nullptr;
    if (!sql) return false;
    sql::Statement st(sql_db(store), sql);
    st.bind(1, fact.key);
    return st.executeStep() && st.getColumn(0).getInt() != 0;
}

std::optional<FactRef> find_visible_fact(Store& store, const std::string& id, bool include_private) {
    auto fact = find_fact(store, id);
    if (fact && !include_private && is_private_fact(store, *fact)) return std::nullopt;
    return fact;
}

}  // namespace allegraph
