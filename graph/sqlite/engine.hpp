// The SQLite engine's side of a Store: the connection every statement of the engine runs on.
// Only files in graph/sqlite/ include this header; the rest of the program sees a Store.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>

#include "graph/store.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {

struct Store::Engine {
    // Opens `name` with SQLite `flags`.
    Engine(const std::string& name, int flags) : db(name, flags) {}
    SQLite::Database db;
    // The store's vocabulary as last read (graph/vocabulary_store.hpp); null until read, and again
    // after the store's vocabulary changed or a transaction that may have changed it rolled back.
    std::shared_ptr<const Vocabulary> vocabulary;
};

// The SQLite connection behind `store`.
inline SQLite::Database& sqlite_db(Store& store) { return store.engine().db; }

}  // namespace allegraph
