#include "graph/sql/sqlite/connection.hpp"

#include <sqlite3.h>

#include <string>
#include <deque>

namespace allegraph::sql {
namespace {

class SqliteCursor : public Cursor {
public:
    SqliteCursor(SQLite::Database& db, const std::string& sql) : st_(db, sql) {}

    void bind_null(int index) override { st_.bind(index); }
    void bind_integer(int index, std::int64_t value) override { st_.bind(index, value); }
    void bind_real(int index, double value) override { st_.bind(index, value); }
    void bind_text(int index, std::string_view value) override {
        // Held here, so SQLite need not copy it: one copy into a buffer that keeps its capacity.
        if (texts_.size() < static_cast<std::size_t>(index)) texts_.resize(static_cast<std::size_t>(index));
        std::string& text = texts_[static_cast<std::size_t>(index) - 1];
        text.assign(value);
        st_.bindNoCopy(index, text);
    }
    void bind_blob(int index, std::string_view bytes) override {
        st_.bind(index, bytes.data(), static_cast<int>(bytes.size()));
    }
    int parameter_index(const char* name) const override { return st_.getIndex(name); }
    bool step() override { return st_.executeStep(); }
    int run() override { return st_.exec(); }
    void reset() override { st_.reset(); }
    void clear_bindings() override { st_.clearBindings(); }

    int column_count() const override { return st_.getColumnCount(); }
    bool is_null(int column) const override { return st_.getColumn(column).isNull(); }
    bool is_integer(int column) const override { return st_.getColumn(column).isInteger(); }
    std::int64_t integer(int column) const override { return st_.getColumn(column).getInt64(); }
    double real(int column) const override { return st_.getColumn(column).getDouble(); }
    std::string text(int column) const override { return st_.getColumn(column).getString(); }
    std::string_view blob(int column) const override {
        const SQLite::Column c = st_.getColumn(column);
        return {static_cast<const char*>(c.getBlob()), static_cast<std::size_t>(c.getBytes())};
    }

private:
    mutable SQLite::Statement st_;
    std::deque<std::string> texts_;  // the bound texts, by parameter number - 1 (growing moves none)
};

}  // namespace

std::shared_ptr<Cursor> SqliteConnection::prepare(const std::string& sql, Rows) {
    return std::make_shared<SqliteCursor>(db_, sql);
}

void SqliteConnection::begin(bool write) {
    if (depth_ == 0) db_.exec(write ? "BEGIN IMMEDIATE" : "BEGIN");
    else db_.exec("SAVEPOINT s" + std::to_string(depth_));
    ++depth_;
}

void SqliteConnection::commit() {
    --depth_;
    if (depth_ == 0) db_.exec("COMMIT");
    else db_.exec("RELEASE s" + std::to_string(depth_));
}

void SqliteConnection::rollback() {
    --depth_;
    // SQLite rolls back by itself after some failures (a full disk): then there is nothing to undo.
    if (sqlite3_get_autocommit(db_.getHandle())) {
        depth_ = 0;
        return;
    }
    if (depth_ == 0) db_.exec("ROLLBACK");
    else db_.exec("ROLLBACK TO s" + std::to_string(depth_) + "; RELEASE s" + std::to_string(depth_));
}

bool SqliteConnection::in_transaction() const { return depth_ > 0; }

}  // namespace allegraph::sql
