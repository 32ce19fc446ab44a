#include "graph/private_names.hpp"

#include <unordered_map>

#include "graph/sql/engine.hpp"

namespace allegraph {

namespace {

bool has_carried(sql::Connection& db) {
    return db.execAndGet(db.dialect() == sql::Dialect::sqlite
                             ? "SELECT count(*) FROM temp.sqlite_master WHERE name = 'private_now'"
                             : "SELECT count(*) FROM pg_class WHERE relname = 'private_now' AND relpersistence = 't'"
                               " AND pg_table_is_visible(oid)")
               .getInt() > 0;
}

// The entities carry_private_entities put in `db`'s temporary table.
std::vector<PrivateEntity> carried(sql::Connection& db) {
    std::vector<PrivateEntity> entities;
    if (!has_carried(db)) return entities;
    sql::Statement rows(db, "SELECT key, kind, text, is_id FROM private_now ORDER BY key, is_id, seq");
    while (rows.executeStep()) {
        const std::int64_t key = rows.getColumn(0).getInt64();
        if (entities.empty() || entities.back().key != key) entities.push_back({key, rows.getColumn(1).getString(), {}, {}});
        (rows.getColumn(3).getInt() ? entities.back().ids : entities.back().names).push_back(rows.getColumn(2).getString());
    }
    return entities;
}

}  // namespace

std::vector<PrivateEntity> read_private_entities(Store& store) {
    sql::Connection& db = sql_db(store);
    std::vector<PrivateEntity> entities = carried(db);
    std::unordered_map<std::int64_t, std::size_t> index;
    sql::Statement rows(db, "SELECT id, kind, name, text_id FROM entities WHERE public = 0 ORDER BY id");
    while (rows.executeStep()) {
        index.emplace(rows.getColumn(0).getInt64(), entities.size());
        entities.push_back({rows.getColumn(0).getInt64(), rows.getColumn(1).getString(),
                            {rows.getColumn(2).getString()}, {rows.getColumn(3).getString()}});
    }
    if (entities.empty()) return entities;
    sql::Statement aliases(db, R"(SELECT a.entity, a.alias, 0 FROM entities e JOIN aliases a ON a.entity = e.id
        WHERE e.public = 0 UNION ALL SELECT r.entity, r.text_id, 1 FROM entities e
        JOIN entity_redirects r ON r.entity = e.id WHERE e.public = 0)");
    while (aliases.executeStep()) {
        PrivateEntity& entity = entities[index.at(aliases.getColumn(0).getInt64())];
        (aliases.getColumn(2).getInt() ? entity.ids : entity.names).push_back(aliases.getColumn(1).getString());
    }
    return entities;
}

void carry_private_entities(Store& now, Store& past) {
    sql::Connection& db = sql_db(past);
    db.exec("CREATE TEMP TABLE private_now (seq BIGINT NOT NULL, key BIGINT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,"
            " is_id INTEGER NOT NULL)");
    sql::Statement insert(db, "INSERT INTO private_now(seq, key, kind, text, is_id) VALUES (?, ?, ?, ?, ?)");
    std::int64_t seq = 0;
    sql::Statement hide(db, "UPDATE entities SET public = 0 WHERE id = ? AND public = 1");
    for (const auto& entity : read_private_entities(now)) {
        for (const auto& [texts, is_id] : {std::pair{&entity.names, 0}, std::pair{&entity.ids, 1}})
            for (const auto& text : *texts) {
                insert.reset();
                insert.bind(1, ++seq);
                insert.bind(2, entity.key);
                insert.bind(3, entity.kind);
                insert.bind(4, text);
                insert.bind(5, is_id);
                insert.exec();
            }
        hide.reset();
        hide.bind(1, entity.key);
        hide.exec();
    }
}

}  // namespace allegraph
