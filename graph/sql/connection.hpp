// The SQL engines' common connection: one interface for a prepared statement, its columns and a
// transaction, implemented over SQLite (graph/sql/sqlite/) and over PostgreSQL through libpqxx
// (graph/sql/postgres/). The engine's reads and writes (graph/sql/*.cpp) are written once against
// it, in the SQL both engines accept; where the two dialects differ, they ask dialect() (a handful
// of places: full-text search, JSON, temporary tables, time). The names follow SQLiteCpp's, which
// the engine was first written on. Internal to graph/sql/.
#pragma once

#include <concepts>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace allegraph::sql {

enum class Dialect { sqlite, postgresql };

// A failure of the engine: a constraint broken, a store busy or locked, or anything else.
class Error : public std::runtime_error {
public:
    enum class Kind { constraint, busy, other };
    Error(const std::string& message, Kind kind) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

// An engine's prepared statement, with its bindings and current row. Parameters are numbered from
// 1, columns from 0, as in SQLite.
class Cursor {
public:
    virtual ~Cursor() = default;
    virtual void bind_null(int index) = 0;
    virtual void bind_integer(int index, std::int64_t value) = 0;
    virtual void bind_real(int index, double value) = 0;
    virtual void bind_text(int index, std::string_view value) = 0;
    virtual void bind_blob(int index, std::string_view bytes) = 0;
    // The number of the named parameter `name` (":as_of"), or 0 when the statement has none.
    virtual int parameter_index(const char* name) const = 0;
    // Runs the statement the first time, then moves to the next row; false when there is none.
    virtual bool step() = 0;
    // Runs a statement that returns no rows; the number of rows it changed.
    virtual int run() = 0;
    // Runs an INSERT whose row count nobody needs, now or with later rows of the same statement:
    // PostgreSQL holds the rows and sends them as one multi-row INSERT (see PostgresConnection), so a
    // large import pays one round trip per batch, not per row. A failure may surface at a later call.
    virtual void run_later() { run(); }
    // Back to before the first step, bindings kept.
    virtual void reset() = 0;
    virtual void clear_bindings() = 0;

    virtual int column_count() const = 0;
    virtual bool is_null(int column) const = 0;
    virtual bool is_integer(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual std::string text(int column) const = 0;
    // The bytes of a blob column, valid until the next step.
    virtual std::string_view blob(int column) const = 0;
};

// One column of a statement's current row: valid while its statement is, or, made by
// Connection::execAndGet, holding the statement itself.
class Column {
public:
    Column(const Cursor& cursor, int index) : cursor_(&cursor), index_(index) {}
    Column(std::shared_ptr<Cursor> owner, int index) : owner_(std::move(owner)), cursor_(owner_.get()), index_(index) {}
    bool isNull() const { return cursor_->is_null(index_); }
    bool isInteger() const { return cursor_->is_integer(index_); }
    std::int64_t getInt64() const { return cursor_->integer(index_); }
    int getInt() const { return static_cast<int>(cursor_->integer(index_)); }
    double getDouble() const { return cursor_->real(index_); }
    std::string getString() const { return cursor_->text(index_); }
    std::string_view getBlob() const { return cursor_->blob(index_); }

private:
    std::shared_ptr<Cursor> owner_;
    const Cursor* cursor_;
    int index_;
};

class Connection;

// How many rows a statement may return. `many` is a scan read row by row (an export's): an engine
// may fetch its rows in batches instead of holding its whole result (PostgreSQL reads it through a
// server-side cursor inside a transaction), at the cost of a round trip or two more per statement.
enum class Rows { few, many };

// A prepared statement on a connection.
class Statement {
public:
    Statement(Connection& connection, const std::string& sql, Rows rows = Rows::few);

    template <std::integral T>
    void bind(int index, T value) { cursor_->bind_integer(index, static_cast<std::int64_t>(value)); }
    void bind(int index, double value) { cursor_->bind_real(index, value); }
    void bind(int index, const std::string& value) { cursor_->bind_text(index, value); }
    void bind(int index, std::string_view value) { cursor_->bind_text(index, value); }
    void bind(int index, const char* value) { cursor_->bind_text(index, value); }
    void bind(int index) { cursor_->bind_null(index); }
    void bindBlob(int index, std::string_view bytes) { cursor_->bind_blob(index, bytes); }
    template <class T>
    void bind(const char* name, T&& value) { bind(named(name), std::forward<T>(value)); }

    // The number of the named parameter `name`, or 0 when the statement has none.
    int getIndex(const char* name) const { return cursor_->parameter_index(name); }

    bool executeStep() { return cursor_->step(); }
    int exec() { return cursor_->run(); }
    void execLater() { cursor_->run_later(); }
    void reset() { cursor_->reset(); }
    void clearBindings() { cursor_->clear_bindings(); }
    Column getColumn(int index) const { return Column(*cursor_, index); }
    int getColumnCount() const { return cursor_->column_count(); }

private:
    int named(const char* name) const;
    std::shared_ptr<Cursor> cursor_;
};

// A connection to a store's database.
class Connection {
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    // Prepares `sql` (the SQL of this connection's dialect; PostgreSQL takes SQLite's `?`, `?N` and `:name`).
    virtual std::shared_ptr<Cursor> prepare(const std::string& sql, Rows rows = Rows::few) = 0;
    // Runs one or more statements without parameters.
    virtual void exec(const std::string& sql) = 0;
    // The first column of the first row `sql` returns; throws when there is no row.
    Column execAndGet(const std::string& sql);

    // Transactions, nested as savepoints. A write transaction takes the store's write lock at once.
    virtual void begin(bool write) = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
    virtual bool in_transaction() const = 0;
};

// A transaction on a connection, rolled back unless committed before it is destroyed.
class Transaction {
public:
    explicit Transaction(Connection& connection, bool write = true) : connection_(connection) { connection_.begin(write); }
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

}  // namespace allegraph::sql
