// The PostgreSQL engine's connection (graph/sql/connection.hpp over libpqxx): statements written in
// SQLite's parameter syntax (`?`, `?N`, `:name`) are translated once to PostgreSQL's `$N`, prepared
// on the server and cached by their text. Write transactions take the store's write lock (an
// advisory lock), so that writers follow one another as on SQLite while readers go on reading
// their snapshot. Internal to graph/sql/.
#pragma once

#include <pqxx/pqxx>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/sql/connection.hpp"

namespace allegraph::sql {

// A statement's text for PostgreSQL and the numbers its named parameters got.
struct TranslatedSql {
    std::string text;
    std::vector<std::pair<std::string, int>> names;
    int parameters = 0;
};

// `sql` with SQLite's parameters (`?`, `?N`, `:name`, numbered as SQLite numbers them) written as `$N`,
// and json_each over a bound array as PostgreSQL's json_array_elements_text.
TranslatedSql translate_parameters(const std::string& sql);

// The store's write lock: the key of the transaction-scoped advisory lock every writer takes.
inline constexpr long long kWriteLockKey = 0x616c6c6567726170LL;  // "allegrap"

class PostgresConnection : public Connection {
public:
    // Connects to `address` (a libpq URI); throws sql::Error when it cannot.
    explicit PostgresConnection(const std::string& address);
    ~PostgresConnection() override;

    Dialect dialect() const override { return Dialect::postgresql; }
    std::shared_ptr<Cursor> prepare(const std::string& sql) override;
    void exec(const std::string& sql) override;
    void begin(bool write) override;
    void commit() override;
    void rollback() override;
    bool in_transaction() const override { return depth_ > 0; }

    // A prepared statement's server name and parameters, prepared on first use of its text.
    struct Prepared {
        std::string name;
        TranslatedSql sql;
    };
    const Prepared& prepared(const std::string& sql);
    // Runs the prepared statement with `values` (null pointers for NULL).
    pqxx::result run(const Prepared& statement, const std::vector<const char*>& values);

private:
    pqxx::connection connection_;
    std::unique_ptr<pqxx::nontransaction> work_;
    std::unordered_map<std::string, Prepared> prepared_;
    int depth_ = 0;
};

// A libpqxx failure as the engines' error (constraint, busy or other, by its SQLSTATE).
[[noreturn]] void rethrow_postgres_failure();

}  // namespace allegraph::sql
