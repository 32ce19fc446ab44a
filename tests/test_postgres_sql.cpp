// The PostgreSQL connection's translation of SQLite's parameters (graph/sql/postgres/connection.hpp).
#include <doctest/doctest.h>

#include "graph/sql/postgres/connection.hpp"

using allegraph::sql::translate_parameters;

TEST_CASE("SQLite's parameters become PostgreSQL's, numbered as SQLite numbers them") {
    auto plain = translate_parameters("SELECT a FROM t WHERE b = ? AND c = ?");
    CHECK(plain.text == "SELECT a FROM t WHERE b = $1 AND c = $2");
    CHECK(plain.parameters == 2);
    auto numbered = translate_parameters("SELECT ?2, ?1, ?2");
    CHECK(numbered.text == "SELECT $2, $1, $2");
    CHECK(numbered.parameters == 2);
    auto after_numbered = translate_parameters("SELECT ?3, ?");  // a bare ? follows the largest number
    CHECK(after_numbered.text == "SELECT $3, $4");
    auto named = translate_parameters("WHERE x <= :as_of AND y IN (:types) AND z <= :as_of");
    CHECK(named.text == "WHERE x <= $1 AND y IN ($2) AND z <= $1");
    REQUIRE(named.names.size() == 2);
    CHECK(named.names[0] == std::pair<std::string, int>{":as_of", 1});
    CHECK(named.names[1] == std::pair<std::string, int>{":types", 2});
}

TEST_CASE("quoted text, comments and casts keep their question marks and colons") {
    auto quoted = translate_parameters("SELECT 'why? :no', \"a?b\" FROM t WHERE c = ? -- what?\nAND d = ?");
    CHECK(quoted.text == "SELECT 'why? :no', \"a?b\" FROM t WHERE c = $1 -- what?\nAND d = $2");
    auto escaped = translate_parameters("SELECT 'it''s ?', ?");
    CHECK(escaped.text == "SELECT 'it''s ?', $1");
    auto cast = translate_parameters("SELECT x::text, ?");
    CHECK(cast.text == "SELECT x::text, $1");
}

TEST_CASE("json_each over a bound array reads PostgreSQL's array elements") {
    auto keys = translate_parameters("WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))");
    CHECK(keys.text == "WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST($1 AS json)))");
    auto words = translate_parameters("WHERE type IN (SELECT CAST(value AS TEXT) FROM json_each(:types))");
    CHECK(words.text == "WHERE type IN (SELECT CAST(value AS TEXT) FROM json_array_elements_text(CAST($1 AS json)))");
}

TEST_CASE("a one-row INSERT becomes the INSERT of many rows that held rows are sent by") {
    using allegraph::sql::multi_row_insert;
    auto insert = translate_parameters("INSERT INTO p(event, role) VALUES (?, lower(?)) ON CONFLICT DO NOTHING");
    CHECK(multi_row_insert(insert, 1) == insert.text);
    CHECK(multi_row_insert(insert, 3) ==
          "INSERT INTO p(event, role) VALUES ($1, lower($2)), ($3, lower($4)), ($5, lower($6)) ON CONFLICT DO NOTHING");
    auto repeated = translate_parameters("INSERT INTO t(a, b, c) VALUES (?2, ?1, ?2)");
    CHECK(multi_row_insert(repeated, 2) == "INSERT INTO t(a, b, c) VALUES ($2, $1, $2), ($4, $3, $4)");
    auto quoted = translate_parameters("INSERT INTO t(a, b) VALUES (?, 'a ) b')");
    CHECK(multi_row_insert(quoted, 2) == "INSERT INTO t(a, b) VALUES ($1, 'a ) b'), ($2, 'a ) b')");
    // Not one row of parameters: sent as they come.
    CHECK(!multi_row_insert(translate_parameters("INSERT INTO t(a) SELECT ? WHERE NOT EXISTS (SELECT 1)"), 2));
    CHECK(!multi_row_insert(translate_parameters("INSERT INTO t(a) VALUES (?) ON CONFLICT(a) DO UPDATE SET b = ?"), 2));
    CHECK(!multi_row_insert(translate_parameters("SELECT ? FROM t"), 2));
    CHECK(!multi_row_insert(insert, 0));
}
