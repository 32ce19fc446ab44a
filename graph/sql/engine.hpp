// The SQL engines' side of a Store: the connection every statement of the engine runs on, SQLite's
// or PostgreSQL's (graph/sql/connection.hpp). Only files in graph/sql/ include this header; the
// rest of the program sees a Store.
#pragma once

#include <memory>
#include <string>

#include "graph/sql/connection.hpp"
#include "graph/store.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {

struct Store::Engine {
    explicit Engine(std::unique_ptr<sql::Connection> connection) : db(std::move(connection)) {}
    std::unique_ptr<sql::Connection> db;
    // The store's vocabulary as last read (graph/vocabulary_store.hpp); null until read, and again
    // after the store's vocabulary changed or a transaction that may have changed it rolled back.
    std::shared_ptr<const Vocabulary> vocabulary;
};

// The connection behind `store`.
inline sql::Connection& sql_db(Store& store) { return *store.engine().db; }

// The store's dialect.
inline sql::Dialect dialect_of(Store& store) { return store.engine().db->dialect(); }

}  // namespace allegraph
