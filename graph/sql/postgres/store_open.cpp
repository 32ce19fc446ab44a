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

std::string shown(const std::string& address) { return shown_postgres_address(address); }

bool has_schema(sql::Connection& db) {
    return !db.execAndGet("SELECT to_regclass('allegraph.schema_version')").isNull();
}

// Makes the schema and roles when the database has none yet; true when this connection made them.
bool create_schema(sql::Connection& db) {
    sql::Transaction transaction(db);  // the write lock: two first imports at once make it once
    if (has_schema(db)) return false;
    db.exec(postgres_text::schema_sql());
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
        if (auto version = schema_version(*connection, address); !version) return version.error();
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
