// The PostgreSQL engine's connection (graph/sql/connection.hpp over libpqxx): statements written in
// SQLite's parameter syntax (`?`, `?N`, `:name`) are translated once to PostgreSQL's `$N`, prepared
// on the server and cached by their text. Write transactions take the store's write lock (an
// advisory lock), so that writers follow one another as on SQLite while readers go on reading
// their snapshot.
//
// Rows given to Cursor::run_later are held and sent as multi-row INSERTs, all of them, each table's
// after those of the tables it refers to, when a statement has kHeldBatch rows and before any statement that could see them (one
// that names the table they go to or the adjacency index's tables their triggers write, anything but
// a SELECT or an INSERT, a raw exec, a savepoint, a commit). A rollback drops them.
//
// A statement of Rows::many run inside a transaction is read through a server-side cursor (DECLARE …
// CURSOR, then FETCH of kFetchRows rows at a time), so that a scan of a large store holds one batch in
// the client, not its whole result.
// Internal to graph/sql/.
#pragma once

#include <pqxx/pqxx>

#include <cstdint>
#include <memory>
#include <optional>
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

// The INSERT of `rows` rows made of the one-row `insert` ("INSERT INTO t(…) VALUES (…) …", every
// parameter in its row), the parameters of row r numbered on from r × insert.parameters; nullopt
// when `insert` is not of that form.
std::optional<std::string> multi_row_insert(const TranslatedSql& insert, std::size_t rows);

// The store's write lock: the key of the transaction-scoped advisory lock every writer takes.
inline constexpr long long kWriteLockKey = 0x616c6c6567726170LL;  // "allegrap"

class PostgresConnection : public Connection {
public:
    // Connects to `address` (a libpq URI); throws sql::Error when it cannot.
    explicit PostgresConnection(const std::string& address);
    ~PostgresConnection() override;

    Dialect dialect() const override { return Dialect::postgresql; }
    std::shared_ptr<Cursor> prepare(const std::string& sql, Rows rows) override;
    void exec(const std::string& sql) override;
    void begin(bool write) override;
    void commit() override;
    void rollback() override;
    bool in_transaction() const override { return depth_ > 0; }

    // A prepared statement's server name and parameters, prepared on first use of its text.
    struct Prepared {
        std::string name;
        TranslatedSql sql;
        std::string table;  // the table an INSERT … VALUES (…) writes, "" for any other statement
        bool select_or_insert = false;
    };
    const Prepared& prepared(const std::string& sql);
    // Runs the prepared statement with `values` (null pointers for NULL), after the held rows it could see.
    pqxx::result run(const Prepared& statement, const std::vector<const char*>& values);
    // Holds one row of the INSERT `statement` (see the file comment); runs it now if it is not an
    // INSERT … VALUES (…) with parameters only in its row.
    void hold(const Prepared& statement, const std::vector<std::optional<std::string>>& values);

    static constexpr std::size_t kHeldBatch = 1024;

    // A server-side cursor, open until its transaction ends or it is closed.
    struct Portal {
        std::string name;
        std::uint64_t transaction = 0;
    };
    // Declares a cursor over `statement` with `values`, after the held rows it could see.
    Portal open_portal(const Prepared& statement, const std::vector<const char*>& values);
    // The next `rows` rows of `portal`.
    pqxx::result fetch(const Portal& portal, std::size_t rows);
    // Closes `portal` when its transaction is still the one in progress (a cursor ends with its transaction).
    void close(const Portal& portal);
    static constexpr std::size_t kFetchRows = 4096;

private:
    struct Held {
        const Prepared* statement;
        std::vector<std::optional<std::string>> values;  // row after row
    };
    // Sends every held row, when `next` could see some of them or is null.
    void send_held(const Prepared* next = nullptr);
    void send(Held& held);
    // The tables `table` refers to by foreign keys (read from the catalogue once).
    const std::vector<std::string>& references(const std::string& table);
    std::optional<std::unordered_map<std::string, std::vector<std::string>>> references_;
    // The prepared INSERT of `rows` rows of the single-row INSERT `statement`.
    const Prepared& batch_of(const Prepared& statement, std::size_t rows);
    pqxx::result run_now(const Prepared& statement, const std::vector<const char*>& values);
    // `run`'s result; its failure as sql::Error, the held rows dropped (the transaction is lost).
    template <class Run>
    pqxx::result on_server(Run run);

    std::vector<Held> held_;
    pqxx::connection connection_;
    std::unique_ptr<pqxx::nontransaction> work_;
    std::unordered_map<std::string, Prepared> prepared_;
    int depth_ = 0;
    std::uint64_t transaction_ = 0;  // counts transactions ended, and rollbacks to a savepoint
    std::uint64_t portals_ = 0;
};

// A libpqxx failure as the engines' error (constraint, busy or other, by its SQLSTATE).
[[noreturn]] void rethrow_postgres_failure();

}  // namespace allegraph::sql
