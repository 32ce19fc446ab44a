// Statements over row keys that the merges' moves (graph/sql/merge_moves.cpp) run many of:
// one that moves or deletes rows by two keys, one that lists keys by one.
#pragma once

#include "graph/sql/connection.hpp"

#include <cstdint>
#include <vector>

namespace allegraph {

// Runs `sql` with ?1 = a and ?2 = b.
inline void exec_with_keys(sql::Connection& db, const char* sql, std::int64_t a, std::int64_t b) {
    sql::Statement st(db, sql);
    st.bind(1, a);
    st.bind(2, b);
    st.exec();
}

// The first column of every row `sql` returns with ?1 = key.
inline std::vector<std::int64_t> keys_for(sql::Connection& db, const char* sql, std::int64_t key) {
    sql::Statement st(db, sql);
    st.bind(1, key);
    std::vector<std::int64_t> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
    return out;
}

}  // namespace allegraph
