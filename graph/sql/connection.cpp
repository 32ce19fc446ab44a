#include "graph/sql/connection.hpp"

namespace allegraph::sql {

Statement::Statement(Connection& connection, const std::string& sql, Rows rows) : cursor_(connection.prepare(sql, rows)) {}

int Statement::named(const char* name) const {
    const int index = cursor_->parameter_index(name);
    if (index == 0) throw Error(std::string("no parameter ") + name + " in the statement", Error::Kind::other);
    return index;
}

Column Connection::execAndGet(const std::string& sql) {
    std::shared_ptr<Cursor> cursor = prepare(sql);
    if (!cursor->step()) throw Error("no row for: " + sql, Error::Kind::other);
    return Column(std::move(cursor), 0);
}

Transaction::~Transaction() {
    if (done_) return;
    try {
        connection_.rollback();
    } catch (const std::exception&) {
        // The connection is gone, or the engine rolled back by itself: there is nothing left to roll back.
    }
}

void Transaction::commit() {
    connection_.commit();
    done_ = true;
}

}  // namespace allegraph::sql
