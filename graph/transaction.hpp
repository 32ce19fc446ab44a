// StoreTransaction: one write transaction on a Store, whatever engine holds it. It takes the
// store's write lock when it begins (a store another writer holds is busy), and rolls back
// everything it saw unless commit() is called before it is destroyed.
#pragma once

#include <memory>

#include "graph/store.hpp"

namespace allegraph {

class StoreTransaction {
public:
    // Begins a transaction on `store` that holds the write lock from the start; throws the
    // engine's error (see graph/store_error.hpp) when the store is busy.
    explicit StoreTransaction(Store& store);
    // Rolls back, unless commit() was called.
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;

    // Makes every change of the transaction durable.
    void commit();

private:
    struct Engine;
    std::unique_ptr<Engine> engine_;
};

}  // namespace allegraph
