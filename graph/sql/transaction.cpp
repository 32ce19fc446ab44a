// StoreTransaction (graph/transaction.hpp) on the engine's connection: a write transaction
// (SQLite's BEGIN IMMEDIATE; PostgreSQL's BEGIN and the store's write lock).
#include "graph/transaction.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {

struct StoreTransaction::Engine {
    explicit Engine(Store& store) : store(store), transaction(sql_db(store), true) {}
    // A rollback may take back vocabulary the store's cached copy holds.
    ~Engine() {
        if (!committed) store.engine().vocabulary.reset();
    }
    Store& store;
    sql::Transaction transaction;
    bool committed = false;
};

StoreTransaction::StoreTransaction(Store& store) : engine_(std::make_unique<Engine>(store)) {}

StoreTransaction::~StoreTransaction() = default;

void StoreTransaction::commit() {
    engine_->transaction.commit();
    engine_->committed = true;
}

}  // namespace allegraph
