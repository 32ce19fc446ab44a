// merge_entities (graph/corrections.hpp) and merge_entity_into (graph/merge.hpp): two records of
// one entity become one.
#include "graph/merge.hpp"

#include <string>
#include <vector>

#include "graph/correction_run.hpp"
#include "graph/sqlite/engine.hpp"
#include "graph/sqlite/key_statements.hpp"
#include "graph/vocabulary.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

struct EntityRow {
    std::int64_t key;
    std::string id, kind, name;
    bool is_public, needs_review;
};

std::optional<EntityRow> entity_row(SQLite::Database& db, const std::string& id) {
    SQLite::Statement st(db, "SELECT id, text_id, kind, name, public, needs_review FROM entities WHERE text_id = ?1"
                             " OR id = (SELECT entity FROM entity_redirects WHERE text_id = ?1)");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return EntityRow{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                     st.getColumn(3).getString(), st.getColumn(4).getInt() != 0, st.getColumn(5).getInt() != 0};
}

// Why `gone` cannot be merged into `keep`, or empty.
std::string merge_refusal(const EntityRow& keep, const EntityRow& gone) {
    if (keep.key == gone.key) return "an entity cannot be merged with itself";
    if (gone.needs_review) return {};  // an import's guess at kind and privacy yields
    if (keep.kind != gone.kind)
        return "cannot merge " + gone.id + " (" + gone.kind + ") into " + keep.id + " (" + keep.kind + ")";
    if (keep.is_public != gone.is_public)
        return "one of " + keep.id + " and " + gone.id +
               " is private and the other is not: make them agree with `edit --public` first";
    return {};
}

std::string text_id(SQLite::Database& db, std::int64_t entity) {
    SQLite::Statement st(db, "SELECT text_id FROM entities WHERE id = ?");
    st.bind(1, entity);
    st.executeStep();
    return st.getColumn(0).getString();
}

// Points relation `key` at `keep` instead of `gone`. It may become a relation of the entity
// with itself (dropped) or repeat one the kept entity has (its citations move there).
void move_relation(Store& store, ChangeRecorder& recorder, std::int64_t key, std::int64_t keep, std::int64_t gone) {
    SQLite::Database& db = sqlite_db(store);
    SQLite::Statement row(db, "SELECT from_entity, type, to_entity FROM relations WHERE id = ?");
    row.bind(1, key);
    row.executeStep();
    std::int64_t from = row.getColumn(0).getInt64(), to = row.getColumn(2).getInt64();
    const std::string type = row.getColumn(1).getString();
    row.reset();
    from = from == gone ? keep : from;
    to = to == gone ? keep : to;
    if (is_symmetric_relation(type) && text_id(db, to) < text_id(db, from)) std::swap(from, to);
    if (from == to) return remove_fact(store, FactKind::relation, key);
    SQLite::Statement same(db, "SELECT id FROM relations WHERE from_entity = ? AND type = ? AND to_entity = ? AND id <> ?");
    same.bind(1, from);
    same.bind(2, type);
    same.bind(3, to);
    same.bind(4, key);
    if (same.executeStep()) {
        std::int64_t existing = same.getColumn(0).getInt64();
        recorder.before_change(FactKind::relation, existing);
        exec_with_keys(db, R"(INSERT INTO citations(source, relation, quote, start, end)
            SELECT source, ?1, quote, start, end FROM citations c WHERE relation = ?2 AND NOT EXISTS
                (SELECT 1 FROM citations d WHERE d.relation = ?1 AND d.source = c.source AND d.quote = c.quote))",
             existing, key);
        return remove_fact(store, FactKind::relation, key);
    }
    SQLite::Statement update(db, "UPDATE relations SET from_entity = ?, to_entity = ? WHERE id = ?");
    update.bind(1, from);
    update.bind(2, to);
    update.bind(3, key);
    update.exec();
}

}  // namespace

Result<std::string> merge_entity_into(Store& store, ChangeRecorder& recorder, const std::string& keep_id,
                                      const std::string& gone_id) {
    SQLite::Database& db = sqlite_db(store);
    auto keep = entity_row(db, keep_id);
    if (!keep) return Error{"no entity has the id " + in_quotes(keep_id)};
    auto gone = entity_row(db, gone_id);
    if (!gone) return Error{"no entity has the id " + in_quotes(gone_id)};
    if (gone->id != gone_id) return Error{gone_id + " was already merged into " + gone->id};
    if (auto refusal = merge_refusal(*keep, *gone); !refusal.empty()) return Error{refusal};
    recorder.before_change(FactKind::entity, keep->key);
    recorder.before_change(FactKind::entity, gone->key);
    for (auto event : keys_for(db, "SELECT DISTINCT event FROM participants WHERE entity = ?", gone->key))
        recorder.before_change(FactKind::event, event);
    exec_with_keys(db, "UPDATE OR IGNORE participants SET entity = ?1 WHERE entity = ?2", keep->key, gone->key);
    SQLite::Statement leftover(db, "DELETE FROM participants WHERE entity = ?");  // rows the kept entity had too
    leftover.bind(1, gone->key);
    leftover.exec();
    auto relations = keys_for(db, "SELECT id FROM relations WHERE ?1 IN (from_entity, to_entity, context)", gone->key);
    for (auto relation : relations) recorder.before_change(FactKind::relation, relation);
    exec_with_keys(db, "UPDATE relations SET context = ?1 WHERE context = ?2", keep->key, gone->key);
    for (auto relation : keys_for(db, "SELECT id FROM relations WHERE ?1 IN (from_entity, to_entity)", gone->key))
        move_relation(store, recorder, relation, keep->key, gone->key);
    exec_with_keys(db, R"(INSERT INTO citations(source, entity, quote, start, end)
        SELECT source, ?1, quote, start, end FROM citations c WHERE entity = ?2 AND NOT EXISTS
            (SELECT 1 FROM citations d WHERE d.entity = ?1 AND d.source = c.source AND d.quote = c.quote))",
         keep->key, gone->key);
    exec_with_keys(db, R"(INSERT OR IGNORE INTO aliases(entity, alias, alias_key)
        SELECT ?1, alias, alias_key FROM aliases WHERE entity = ?2
        UNION ALL SELECT ?1, name, name_key FROM entities WHERE id = ?2
            AND name <> (SELECT name FROM entities WHERE id = ?1))",
         keep->key, gone->key);
    exec_with_keys(db, "UPDATE entity_redirects SET entity = ?1 WHERE entity = ?2", keep->key, gone->key);
    remove_fact(store, FactKind::entity, gone->key);
    SQLite::Statement redirect(db, "INSERT INTO entity_redirects(text_id, entity) VALUES (?, ?)");
    redirect.bind(1, gone->id);
    redirect.bind(2, keep->key);
    redirect.exec();
    return keep->id;
}

Result<CorrectionReport> merge_entities(Store& store, const std::string& keep_id, const std::string& gone_id,
                                        const std::string& reason, bool include_private) {
    return run_correction(store, "merge", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        SQLite::Database& db = sqlite_db(store);
        for (const auto& id : {keep_id, gone_id}) {
            auto row = entity_row(db, id);
            if (row && !row->is_public && !include_private) return Error{"no entity has the id " + in_quotes(id)};
        }
        return merge_entity_into(store, recorder, keep_id, gone_id);
    });
}

}  // namespace allegraph
