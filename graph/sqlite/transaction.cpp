// StoreTransaction (graph/transaction.hpp) on SQLite: BEGIN IMMEDIATE.
#include "graph/transaction.hpp"

#include "graph/sqlite/engine.hpp"

namespace allegraph {

struct StoreTransaction::Engine {
    explicit Engine(Store& store)
        : store(store), transaction(sqlite_db(store), SQLite::TransactionBehavior::IMMEDIATE) {}
    // A rollback may take back vocabulary the store's cached copy holds.
    ~Engine() {
        if (!committed) store.engine().vocabulary.reset();
    }
    Store& store;
    SQLite::Transaction transaction;
    bool committed = false;
};

StoreTransaction::StoreTransaction(Store& store) : engine_(std::make_unique<Engine>(store)) {}

StoreTransaction::~StoreTransaction() = default;

void StoreTransaction::commit() {
    engine_->transaction.commit();
    engine_->committed = true;
}

}  // namespace allegraph
