// Opening a PostgreSQL store (graph/sql/engines.hpp): the schema `allegraph` made by the first
// writer (`allegraph init`, or an import into an empty database), the search path set to what the
// connecting role may read (the tables for an editor, the redacted views for a reporter), and a
// reader's commands answered from one snapshot.
#include <regex>

#include "graph/sql/engines.hpp"
#include "graph/sql/postgres/connection.hpp"
#include "graph/sql/postgres/schema_text.hpp"
#include "graph/sql/sqlite/schema.hpp"

namespace allegraph::engines {
namespace {

// The first PostgreSQL schema is the SQLite store's version 7; each later version adds its step here.
constexpr int kFirstPostgresVersion = 7;

// Version 8 (graph/sql/sqlite/schema.cpp): the triggers that deleted the adjacency index give way to
// those that record the keys a change may have altered (graph_index_dirty.sql). The stored index is
// dropped once: the order of an event's links to one target now includes their type.
constexpr const char* kDropIndexClear = R"SQL(
DROP TRIGGER graph_index_entities ON allegraph.entities;
DROP TRIGGER graph_index_events ON allegraph.events;
DROP TRIGGER graph_index_participants ON allegraph.participants;
DROP TRIGGER graph_index_relations ON allegraph.relations;
DROP TRIGGER graph_index_event_links ON allegraph.event_links;
DROP TRIGGER graph_index_citations ON allegraph.citations;
DROP TRIGGER graph_index_sources ON allegraph.sources;
DROP TRIGGER graph_index_truncate ON allegraph.entities;
DROP TRIGGER graph_index_truncate ON allegraph.events;
DROP TRIGGER graph_index_truncate ON allegraph.participants;
DROP TRIGGER graph_index_truncate ON allegraph.relations;
DROP TRIGGER graph_index_truncate ON allegraph.event_links;
DROP TRIGGER graph_index_truncate ON allegraph.citations;
DROP TRIGGER graph_index_truncate ON allegraph.sources;
DROP FUNCTION allegraph.graph_index_clear();
DELETE FROM allegraph.graph_index;
)SQL";

// Version 9 (graph/sql/sqlite/schema.cpp): the adjacency index's patches and its count of nodes, and
// an index of the rejected events.
constexpr const char* kAddIndexPatches = R"SQL(
CREATE INDEX events_rejected ON allegraph.events(type, review) WHERE review = 'rejected';
ALTER TABLE allegraph.graph_index ADD COLUMN nodes bigint NOT NULL DEFAULT 0;
CREATE TABLE allegraph.graph_index_patches (
    seq bigint PRIMARY KEY,
    keys_so_far bigint NOT NULL,
    data bytea NOT NULL
);
CREATE OR REPLACE VIEW allegraph_redacted.graph_index AS SELECT id, data, nodes FROM allegraph.graph_index;
CREATE VIEW allegraph_redacted.graph_index_patches AS SELECT seq, keys_so_far, data FROM allegraph.graph_index_patches;
)SQL";

// Runs the step from `version` to the next.
void upgrade_step(sql::Connection& db, int version) {
    if (version == 7) {
        db.exec(kDropIndexClear);
        db.exec(postgres_text::graph_index_dirty_sql());
    } else if (version == 8) {
        db.exec(kAddIndexPatches);
    }
    db.exec(postgres_text::roles_sql());  // idempotent; grants what the step added
}

std::string shown(const std::string& address) { return shown_postgres_address(address); }

bool has_schema(sql::Connection& db) {
    return !db.execAndGet("SELECT to_regclass('allegraph.schema_version')").isNull();
}

// Makes the schema and roles when the database has none yet; true when this connection made them.
bool create_schema(sql::Connection& db) {
    sql::Transaction transaction(db);  // the write lock: two first imports at once make it once
    if (has_schema(db)) return false;
    db.exec(postgres_text::schema_sql());
    db.exec(postgres_text::graph_index_dirty_sql());
    db.exec(postgres_text::roles_sql());
    transaction.commit();
    return true;
}

Result<int> schema_version(sql::Connection& db, const std::string& address) {
    const int version = db.execAndGet("SELECT max(version) FROM schema_version").getInt();  // the role's face
    if (version > current_schema_version())
        return Error{"database " + shown(address) + " has schema version " + std::to_string(version) +
                     ", newer than this allegraph (" + std::to_string(current_schema_version()) + "); upgrade allegraph"};
    if (version < kFirstPostgresVersion)
        return Error{"database " + shown(address) + " has schema version " + std::to_string(version) +
                     ", older than any PostgreSQL store allegraph made"};
    return version;
}

// Brings an older schema to the current version under the write lock (once, whoever opens it first);
// only the schema's owner may, as only it may create tables and triggers in it.
Result<void> upgrade_schema(sql::Connection& db, const std::string& address) {
    try {
        sql::Transaction transaction(db);
        int version = db.execAndGet("SELECT max(version) FROM allegraph.schema_version").getInt();
        for (; version < current_schema_version(); ++version) upgrade_step(db, version);
        db.exec("UPDATE allegraph.schema_version SET version = " + std::to_string(version));
        transaction.commit();
        return {};
    } catch (const sql::Error& e) {
        return Error{"database " + shown(address) + " has an older schema, which only the owner of schema allegraph"
                     " (who ran `allegraph init`) may upgrade, by opening it once: " + e.what()};
    }
}

// Sets the search path to the tables when the role may read them, else to the reporter's views
// (which a store opened to write refuses: a reporter only reads).
Result<void> choose_face(sql::Connection& db, const std::string& address, Store::Mode mode) {
    if (db.execAndGet("SELECT has_table_privilege('allegraph.entities', 'SELECT')").getInt()) {
        db.exec("SET search_path = allegraph");
        return {};
    }
    if (!db.execAndGet("SELECT to_regclass('allegraph_redacted.entities')").isNull() &&
        db.execAndGet("SELECT has_table_privilege('allegraph_redacted.entities', 'SELECT')").getInt()) {
        if (mode != Store::Mode::read)
            return Error{"the role connected to " + shown(address) + " is an allegraph_reporter: it may read, not write"};
        db.exec("SET search_path = allegraph_redacted");
        return {};
    }
    return Error{"the role connected to " + shown(address) + " is neither allegraph_editor nor allegraph_reporter"};
}

}  // namespace

std::string shown_postgres_address(const std::string& address) {
    static const std::regex password(R"(^(postgres(?:ql)?://[^:@/]*):[^@/]*@)");
    return std::regex_replace(address, password, "$1:***@");
}

bool is_postgres_address(const std::string& address) {
    return address.rfind("postgresql://", 0) == 0 || address.rfind("postgres://", 0) == 0;
}

Result<Opened> open_postgres(const std::string& address, Store::Mode mode) {
    try {
        auto connection = std::make_unique<sql::PostgresConnection>(address);
        connection->exec("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
        bool created = false;
        if (!has_schema(*connection)) {
            if (mode != Store::Mode::create)
                return Error{"no allegraph store in database " + shown(address) + " (run `allegraph init` or import)",
                             ErrorCode::no_store};
            created = create_schema(*connection);
        }
        if (auto face = choose_face(*connection, address, mode); !face) return face.error();
        auto version = schema_version(*connection, address);
        if (!version) return version.error();
        if (*version < current_schema_version())
            if (auto upgraded = upgrade_schema(*connection, address); !upgraded) return upgraded.error();
        if (mode == Store::Mode::read) connection->begin(false);
        return Opened{std::make_unique<Store::Engine>(std::move(connection)), created};
    } catch (const sql::Error& e) {
        return Error{"cannot open database " + shown(address) + ": " + e.what()};
    }
}

void remove_postgres_schema(Store::Engine& engine) {
    engine.db->exec("DROP SCHEMA IF EXISTS allegraph_redacted CASCADE; DROP SCHEMA allegraph CASCADE");
}

}  // namespace allegraph::engines
