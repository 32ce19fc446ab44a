// Merge moves (graph/merge_moves.hpp): the rows of the merged records, in every table that refers to them.
#include "graph/merge_moves.hpp"

#include <utility>

#include "graph/sql/engine.hpp"
#include "graph/sql/key_statements.hpp"

namespace allegraph {
namespace {

// The table of ids merged into a fact of `kind` (an entity, event or source), and its key column.
std::pair<const char*, const char*> redirects_of(FactKind kind) {
    if (kind == FactKind::entity) return {"entity_redirects", "entity"};
    if (kind == FactKind::event) return {"event_redirects", "event"};
    return {"source_redirects", "source"};
}

}  // namespace

std::optional<MergedEntity> entity_for_merge(Store& store, const std::string& id) {
    sql::Statement st(sql_db(store), "SELECT id, text_id, kind, name, public, needs_review FROM entities WHERE text_id = ?1"
                                           " OR id = (SELECT entity FROM entity_redirects WHERE text_id = ?1)");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return MergedEntity{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                        st.getColumn(3).getString(), st.getColumn(4).getInt() != 0, st.getColumn(5).getInt() != 0};
}

std::optional<MergedRecord> event_for_merge(Store& store, const std::string& id) {
    sql::Statement st(sql_db(store), "SELECT id, text_id, type, negated FROM events WHERE text_id = ?1"
                                           " OR id = (SELECT event FROM event_redirects WHERE text_id = ?1)");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return MergedRecord{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(), "",
                        st.getColumn(3).getInt() != 0};
}

std::optional<MergedRecord> source_for_merge(Store& store, const std::string& id) {
    sql::Statement st(sql_db(store), "SELECT id, text_id, coalesce(sha256, '') FROM sources WHERE text_id = ?1"
                                           " OR id = (SELECT source FROM source_redirects WHERE text_id = ?1)");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return MergedRecord{st.getColumn(0).getInt64(), st.getColumn(1).getString(), "", st.getColumn(2).getString(), false};
}

void add_redirect(Store& store, FactKind kind, const std::string& id, std::int64_t keep) {
    auto [table, column] = redirects_of(kind);
    sql::Statement st(sql_db(store), std::string("INSERT INTO ") + table + "(text_id, " + column + ") VALUES (?, ?)");
    st.bind(1, id);
    st.bind(2, keep);
    st.exec();
}

void move_redirects(Store& store, FactKind kind, std::int64_t keep, std::int64_t gone) {
    auto [table, column] = redirects_of(kind);
    exec_with_keys(sql_db(store), (std::string("UPDATE ") + table + " SET " + column + " = ?1 WHERE " + column + " = ?2").c_str(),
                   keep, gone);
}

std::vector<std::int64_t> entity_events(Store& store, std::int64_t key) {
    return keys_for(sql_db(store), "SELECT DISTINCT event FROM participants WHERE entity = ?", key);
}

void move_participations(Store& store, std::int64_t keep, std::int64_t gone) {
    sql::Connection& db = sql_db(store);
    exec_with_keys(db, "UPDATE participants SET entity = ?1 WHERE entity = ?2 AND NOT EXISTS (SELECT 1 FROM participants q"
                       " WHERE q.event = participants.event AND q.role = participants.role AND q.entity = ?1)", keep, gone);
    sql::Statement leftover(db, "DELETE FROM participants WHERE entity = ?");  // rows the kept entity had too
    leftover.bind(1, gone);
    leftover.exec();
}

std::vector<std::int64_t> entity_relations(Store& store, std::int64_t key, bool with_context) {
    return keys_for(sql_db(store),
                    with_context ? "SELECT id FROM relations WHERE ?1 IN (from_entity, to_entity, context)"
                                 : "SELECT id FROM relations WHERE ?1 IN (from_entity, to_entity)",
                    key);
}

void move_relation_context(Store& store, std::int64_t keep, std::int64_t gone) {
    exec_with_keys(sql_db(store), "UPDATE relations SET context = ?1 WHERE context = ?2", keep, gone);
}

RelationEnds relation_ends(Store& store, std::int64_t key) {
    sql::Statement row(sql_db(store), "SELECT from_entity, type, to_entity FROM relations WHERE id = ?");
    row.bind(1, key);
    row.executeStep();
    return RelationEnds{row.getColumn(0).getInt64(), row.getColumn(2).getInt64(), row.getColumn(1).getString()};
}

std::string entity_text_id(Store& store, std::int64_t key) {
    sql::Statement st(sql_db(store), "SELECT text_id FROM entities WHERE id = ?");
    st.bind(1, key);
    st.executeStep();
    return st.getColumn(0).getString();
}

std::optional<std::int64_t> other_relation(Store& store, std::int64_t from, const std::string& type, std::int64_t to,
                                           std::int64_t key) {
    sql::Statement same(sql_db(store),
                           "SELECT id FROM relations WHERE from_entity = ? AND type = ? AND to_entity = ? AND id <> ?");
    same.bind(1, from);
    same.bind(2, type);
    same.bind(3, to);
    same.bind(4, key);
    if (!same.executeStep()) return std::nullopt;
    return same.getColumn(0).getInt64();
}

void set_relation_ends(Store& store, std::int64_t key, std::int64_t from, std::int64_t to) {
    sql::Statement update(sql_db(store), "UPDATE relations SET from_entity = ?, to_entity = ? WHERE id = ?");
    update.bind(1, from);
    update.bind(2, to);
    update.bind(3, key);
    update.exec();
}

void move_aliases(Store& store, std::int64_t keep, std::int64_t gone) {
    exec_with_keys(sql_db(store), R"(INSERT INTO aliases(entity, alias, alias_key)
        SELECT CAST(?1 AS BIGINT), alias, alias_key FROM aliases WHERE entity = ?2
        UNION ALL SELECT CAST(?1 AS BIGINT), name, name_key FROM entities WHERE id = ?2
            AND name <> (SELECT name FROM entities WHERE id = ?1) ON CONFLICT DO NOTHING)",
                   keep, gone);
}

std::vector<std::int64_t> events_linking_to(Store& store, std::int64_t key) {
    return keys_for(sql_db(store), "SELECT event FROM event_links WHERE target = ?1", key);
}

void copy_participants(Store& store, std::int64_t keep, std::int64_t gone) {
    exec_with_keys(sql_db(store), "INSERT INTO participants(event, entity, role) SELECT CAST(?1 AS BIGINT), entity, role"
                                     " FROM participants WHERE event = ?2 ON CONFLICT DO NOTHING", keep, gone);
}

void copy_links(Store& store, std::int64_t keep, std::int64_t gone) {
    sql::Connection& db = sql_db(store);
    exec_with_keys(db, "INSERT INTO event_links(event, type, target) SELECT CAST(?1 AS BIGINT), type, target FROM event_links"
                       " WHERE event = ?2 AND target <> ?1 ON CONFLICT DO NOTHING", keep, gone);
    exec_with_keys(db, "INSERT INTO event_links(event, type, target) SELECT event, type, CAST(?1 AS BIGINT) FROM event_links"
                       " WHERE target = ?2 AND event <> ?1 ON CONFLICT DO NOTHING", keep, gone);
}

std::vector<std::int64_t> facts_citing(Store& store, FactKind kind, std::int64_t key) {
    const std::string owner(fact_kind_name(kind));
    const std::string sql = "SELECT DISTINCT " + owner + " FROM citations WHERE source = ?1 AND " + owner + " IS NOT NULL";
    return keys_for(sql_db(store), sql.c_str(), key);
}

std::vector<std::int64_t> sources_syndicating(Store& store, std::int64_t key) {
    return keys_for(sql_db(store), "SELECT id FROM sources WHERE syndicated_from = ?1", key);
}

void move_source_references(Store& store, std::int64_t keep, std::int64_t gone) {
    sql::Connection& db = sql_db(store);
    exec_with_keys(db, "UPDATE citations SET source = ?1 WHERE source = ?2", keep, gone);
    exec_with_keys(db, "UPDATE sources SET syndicated_from = ?1 WHERE syndicated_from = ?2 AND id <> ?1", keep, gone);
    exec_with_keys(db, "UPDATE sources SET syndicated_from = NULL WHERE id = ?1 AND syndicated_from = ?2", keep, gone);
}

}  // namespace allegraph
