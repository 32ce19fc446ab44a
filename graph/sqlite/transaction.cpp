// StoreTransaction (graph/transaction.hpp) on SQLite: BEGIN IMMEDIATE.
#include "graph/transaction.hpp"

#include "graph/sqlite/engine.hpp"

namespace allegraph {

struct StoreTransaction::Engine {
    explicit Engine(SQLite::Database& db) : transaction(db, SQLite::TransactionBehavior::IMMEDIATE) {}
    SQLite::Transaction transaction;
};

StoreTransaction::StoreTransaction(Store& store) : engine_(std::make_unique<Engine>(sqlite_db(store))) {}

StoreTransaction::~StoreTransaction() = default;

void StoreTransaction::commit() { engine_->transaction.commit(); }

}  // namespace allegraph
