// The change log (graph/history.hpp) in SQL: the ChangeRecorder's tables, and the undo of logged changes.
#include "graph/history.hpp"

#include <array>

#include "graph/sql/engine.hpp"
#include "graph/sql/fact_images.hpp"

namespace allegraph {
namespace {

// Vocabulary entries first: the facts put back may use them.
constexpr std::array<FactKind, 5> kKinds = {FactKind::vocabulary, FactKind::source, FactKind::entity, FactKind::event,
                                            FactKind::relation};

// SQL naming fact `alias` of `kind` as the log does (graph/fact_image.hpp fact_label).
std::string label_sql(FactKind kind, const std::string& alias) {
    if (kind != FactKind::relation) return alias + ".text_id";
    return "(SELECT text_id FROM entities WHERE id = " + alias + ".from_entity) || ' ' || " + alias +
           ".type || ' ' || (SELECT text_id FROM entities WHERE id = " + alias + ".to_entity)";
}

std::string json_files(const std::vector<FileStamp>& files) {
    std::string out = "[";
    for (const auto& file : files) {
        out += out.size() > 1 ? "," : "";
        out += "{\"path\":\"";
        for (unsigned char c : file.path) {
            if (c == '"' || c == '\\') out += '\\';
            if (c < 0x20) {
                static const char* kHex = "0123456789abcdef";
                out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 15];
                continue;
            }
            out += static_cast<char>(c);
        }
        out += "\",\"sha256\":\"" + file.sha256 + "\"}";
    }
    return out + "]";
}

void insert_fact(sql::Statement& insert, std::int64_t change, FactKind kind, const std::string& label,
                 const char* action, std::int64_t key, const std::string& before) {
    insert.reset();
    insert.bind(1, change);
    insert.bind(2, std::string(fact_kind_name(kind)));
    insert.bind(3, label);
    insert.bind(4, action);
    insert.bind(5, key);
    insert.bind(6, before);
    insert.exec();
}

struct LoggedFact {
    FactKind kind;
    std::string action;
    std::int64_t key;
    std::string before;
};

std::vector<LoggedFact> facts_of(sql::Connection& db, std::int64_t change) {
    sql::Statement st(db, "SELECT kind, action, key, before FROM change_facts WHERE change = ?");
    st.bind(1, change);
    std::vector<LoggedFact> facts;
    while (st.executeStep())
        facts.push_back({*fact_kind_named(st.getColumn(0).getString()), st.getColumn(1).getString(),
                         st.getColumn(2).getInt64(), st.getColumn(3).getString()});
    return facts;
}

// Undoes one change: removes what it added, puts back what it changed or removed. The order
// keeps every reference valid: added events and relations go first, then changed facts
// return (sources before the entities, events and relations that cite them), then added
// entities, sources and vocabulary entries, which nothing refers to any more.
void undo(Store& store, std::int64_t change) {
    auto facts = facts_of(sql_db(store), change);
    auto each = [&](FactKind kind, bool added, auto&& action) {
        for (const auto& fact : facts)
            if (fact.kind == kind && (fact.action == "added") == added) action(fact);
    };
    for (FactKind kind : {FactKind::relation, FactKind::event})
        each(kind, true, [&](const LoggedFact& f) { remove_fact(store, kind, f.key); });
    for (FactKind kind : kKinds)
        each(kind, false, [&](const LoggedFact& f) { restore_fact(store, kind, f.before); });
    for (FactKind kind : {FactKind::entity, FactKind::source, FactKind::vocabulary})
        each(kind, true, [&](const LoggedFact& f) { remove_fact(store, kind, f.key); });
}

// Indexes on the columns that refer to facts and that the store leaves unindexed (it never deletes
// those facts in bulk): without them every fact removed scans a whole table for what refers to it,
// and undoing a large import takes the square of its size. Made on the private copy only.
void index_references(sql::Connection& db) {
    db.exec(R"(CREATE INDEX IF NOT EXISTS undo_citations_source ON citations(source);
        CREATE INDEX IF NOT EXISTS undo_relations_context ON relations(context) WHERE context IS NOT NULL;
        CREATE INDEX IF NOT EXISTS undo_sources_syndicated ON sources(syndicated_from) WHERE syndicated_from IS NOT NULL;
        CREATE INDEX IF NOT EXISTS undo_redirects_entity ON entity_redirects(entity);
        CREATE INDEX IF NOT EXISTS undo_change_facts ON change_facts(change);)");
}

}  // namespace

std::string utc_now(Store& store) {
    return sql_db(store).execAndGet(dialect_of(store) == sql::Dialect::sqlite
                                        ? "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                                        : "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .getString();
}

ChangeRecorder::ChangeRecorder(Store& store) : store_(store), images_(store) {
    sql::Connection& db = sql_db(store);
    for (FactKind kind : kKinds)
        largest_key_[kind] = db.execAndGet(std::string("SELECT coalesce(max(id), 0) FROM ") + fact_table(kind)).getInt64();
    db.exec("CREATE TEMP TABLE IF NOT EXISTS change_before (kind TEXT NOT NULL, key BIGINT NOT NULL, image TEXT NOT NULL,"
            " PRIMARY KEY (kind, key)); DELETE FROM change_before;");
}

bool ChangeRecorder::is_added(FactKind kind, std::int64_t key) const { return key > largest_key_.at(kind); }

void ChangeRecorder::before_change(FactKind kind, std::int64_t key) {
    if (is_added(kind, key) || !remembered_.emplace(kind, key).second) return;
    auto image = images_.of(kind, key);
    if (!image) return;
    sql::Statement insert(sql_db(store_), "INSERT INTO change_before(kind, key, image) VALUES (?, ?, ?)");
    insert.bind(1, std::string(fact_kind_name(kind)));
    insert.bind(2, key);
    insert.bind(3, *image);
    insert.exec();
}

std::int64_t ChangeRecorder::commit(std::string_view command, const std::vector<FileStamp>& files,
                                    std::string_view reason) {
    sql::Connection& db = sql_db(store_);
    // Times strictly increase, even within a millisecond or when the clock steps back, so that
    // each change has its own moment for --as-of-db.
    sql::Statement change(db, db.dialect() == sql::Dialect::sqlite ? R"(INSERT INTO changes(at, command, files, reason)
        VALUES (max(?1, coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', (SELECT max(at) FROM changes), '+0.0015 seconds'), '')),
                ?2, ?3, ?4) RETURNING id)"
                                                                   : R"(INSERT INTO changes(at, command, files, reason)
        VALUES (greatest(CAST(?1 AS TEXT), coalesce(to_char(CAST((SELECT max(at) FROM changes) AS timestamp)
                + interval '1.5 milliseconds', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '')), ?2, ?3, ?4) RETURNING id)");
    change.bind(1, utc_now(store_));
    change.bind(2, std::string(command));
    change.bind(3, json_files(files));
    change.bind(4, std::string(reason));
    change.executeStep();
    const std::int64_t id = change.getColumn(0).getInt64();
    for (FactKind kind : kKinds) {
        sql::Statement added(db, "INSERT INTO change_facts(change, kind, fact, action, key, before) SELECT ?, ?, " +
                                         label_sql(kind, "f") + ", 'added', f.id, NULL FROM " + fact_table(kind) +
                                         " f WHERE f.id > ?");
        added.bind(1, id);
        added.bind(2, std::string(fact_kind_name(kind)));
        added.bind(3, largest_key_[kind]);
        added.exec();
    }
    sql::Statement remembered(db, "SELECT kind, key, image FROM change_before ORDER BY kind, key");
    sql::Statement insert(db, "INSERT INTO change_facts(change, kind, fact, action, key, before) VALUES (?, ?, ?, ?, ?, ?)");
    while (remembered.executeStep()) {
        FactKind kind = *fact_kind_named(remembered.getColumn(0).getString());
        std::int64_t key = remembered.getColumn(1).getInt64();
        std::string before = remembered.getColumn(2).getString();
        auto after = images_.of(kind, key);
        if (after == before) continue;
        std::string label = after ? fact_label(store_, kind, key) : std::string();
        if (!after) {
            sql::Statement old(db, kind == FactKind::relation
                                       ? "SELECT " + json_text_at(db, "?1", {"from"}) + " || ' ' || " +
                                             json_text_at(db, "?1", {"row", "type"}) + " || ' ' || " + json_text_at(db, "?1", {"to"})
                                       : "SELECT " + json_text_at(db, "?1", {"row", "text_id"}));
            old.bind(1, before);
            old.executeStep();
            label = old.getColumn(0).getString();
        }
        insert_fact(insert, id, kind, label, after ? "changed" : "removed", key, before);
    }
    db.exec("DELETE FROM change_before");
    remembered_.clear();
    return id;
}

std::vector<std::string> changed_facts(Store& store, std::int64_t change) {
    sql::Statement changed(sql_db(store), "SELECT kind || ' ' || fact FROM change_facts WHERE change = ? ORDER BY kind, fact");
    changed.bind(1, change);
    std::vector<std::string> facts;
    while (changed.executeStep()) facts.push_back(changed.getColumn(0).getString());
    return facts;
}

Result<void> roll_back_to(Store& store, const std::string& moment) {
    sql::Connection& db = sql_db(store);
    sql::Statement first(db, "SELECT at, command FROM changes ORDER BY id LIMIT 1");
    if (first.executeStep() && first.getColumn(1).getString() == "history_begins" && moment < first.getColumn(0).getString())
        return Error{"the history of this database begins at " + first.getColumn(0).getString() +
                     " (it was made before allegraph kept one); it cannot say how the database stood before"};
    sql::Statement later(db, "SELECT id FROM changes WHERE id >= (SELECT min(id) FROM changes WHERE at > ?) ORDER BY id DESC");
    later.bind(1, moment);
    std::vector<std::int64_t> changes;
    while (later.executeStep()) changes.push_back(later.getColumn(0).getInt64());
    if (!changes.empty() && db.dialect() == sql::Dialect::sqlite) index_references(db);
    for (std::int64_t change : changes) undo(store, change);
    if (db.dialect() == sql::Dialect::postgresql) {
        // The store itself, in a transaction never committed: its log is read through views that end
        // there, since no role may delete from the log (graph/sql/postgres/schema.sql).
        const std::string end = std::to_string(changes.empty() ? std::int64_t{1} << 62 : changes.back());
        db.exec("CREATE TEMP VIEW changes AS SELECT * FROM allegraph.changes WHERE id < " + end +
                "; CREATE TEMP VIEW change_facts AS SELECT * FROM allegraph.change_facts WHERE change < " + end);
        return {};
    }
    // This copy is the database as it stood: its log ends there too.
    db.exec("DROP TRIGGER changes_append_only_delete; DROP TRIGGER change_facts_append_only_delete;");
    sql::Statement forget(db, "DELETE FROM change_facts WHERE change >= ?1");
    sql::Statement forget_changes(db, "DELETE FROM changes WHERE id >= ?1");
    if (!changes.empty()) {
        forget.bind(1, changes.back());
        forget.exec();
        forget_changes.bind(1, changes.back());
        forget_changes.exec();
    }
    return {};
}

}  // namespace allegraph
