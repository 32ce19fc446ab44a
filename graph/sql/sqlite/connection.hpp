// The SQLite engine's connection (graph/sql/connection.hpp over SQLiteCpp): a database file, or
// memory. Internal to graph/sql/.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>

#include "graph/sql/connection.hpp"

namespace allegraph::sql {

class SqliteConnection : public Connection {
public:
    // Opens `name` with SQLite `flags` (SQLite::OPEN_*).
    SqliteConnection(const std::string& name, int flags) : db_(name, flags) {}

    Dialect dialect() const override { return Dialect::sqlite; }
    std::shared_ptr<Cursor> prepare(const std::string& sql, Rows rows) override;
    void exec(const std::string& sql) override { db_.exec(sql); }
    void begin(bool write) override;
    void commit() override;
    void rollback() override;
    bool in_transaction() const override;

    // The SQLiteCpp database, for what only SQLite has (pragmas, backups, SQL functions).
    SQLite::Database& database() { return db_; }

private:
    SQLite::Database db_;
    int depth_ = 0;  // open transactions, the outer one and its savepoints
};

}  // namespace allegraph::sql
