// The PostgreSQL connection against a server (the ctest fixture `pg`, whose address is in the file
// named by ALLEGRAPH_TEST_PG_URL_FILE): scans of Rows::many read through server-side cursors.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "graph/sql/postgres/connection.hpp"

using namespace allegraph::sql;

namespace {

std::string server_address() {
    const char* file = std::getenv("ALLEGRAPH_TEST_PG_URL_FILE");
    REQUIRE_MESSAGE(file != nullptr, "ALLEGRAPH_TEST_PG_URL_FILE names the test cluster's address file");
    std::ifstream in(file);
    std::string address;
    std::getline(in, address);
    REQUIRE(!address.empty());
    return address;
}

// A connection with a temporary table `n` of the numbers 1..count.
std::unique_ptr<PostgresConnection> numbers(std::size_t count) {
    auto db = std::make_unique<PostgresConnection>(server_address());
    db->exec("CREATE TEMP TABLE n(i BIGINT PRIMARY KEY); INSERT INTO n SELECT generate_series(1, " + std::to_string(count) + ")");
    return db;
}

std::int64_t open_cursors(Connection& db) { return db.execAndGet("SELECT count(*) FROM pg_cursors WHERE name <> ''").getInt64(); }  // '': the asking statement's

constexpr std::size_t kRows = 2 * PostgresConnection::kFetchRows + 7;  // three batches, the last one short

}  // namespace

TEST_CASE("a scan of many rows in a transaction is read in batches, every row once and in order") {
    auto connection = numbers(kRows);
    PostgresConnection& db = *connection;
    Transaction read(db, false);
    Statement scan(db, "SELECT i FROM n WHERE i >= ? ORDER BY i", Rows::many);
    scan.bind(1, 1);
    Statement other(db, "SELECT count(*) FROM n WHERE i <= ?");
    std::int64_t expected = 0;
    while (scan.executeStep()) {
        REQUIRE(scan.getColumn(0).getInt64() == ++expected);
        if (expected % 1000 == 0) {  // another statement between two rows, as an export's readers do
            other.bind(1, expected);
            REQUIRE(other.executeStep());
            CHECK(other.getColumn(0).getInt64() == expected);
            other.reset();
        }
        if (expected == 1) CHECK(open_cursors(db) == 1);  // a server-side cursor, not one whole result
    }
    CHECK(expected == static_cast<std::int64_t>(kRows));
    CHECK(open_cursors(db) == 0);  // closed once read to its end
    scan.reset();
    REQUIRE(scan.executeStep());
    CHECK(scan.getColumn(0).getInt64() == 1);
    read.commit();
}

TEST_CASE("two scans of many rows read side by side, and a reset closes a scan read halfway") {
    auto connection = numbers(kRows);
    PostgresConnection& db = *connection;
    Transaction read(db, false);
    Statement up(db, "SELECT i FROM n ORDER BY i", Rows::many), down(db, "SELECT i FROM n ORDER BY i DESC", Rows::many);
    for (std::int64_t i = 1; i <= static_cast<std::int64_t>(kRows); ++i) {
        REQUIRE(up.executeStep());
        REQUIRE(down.executeStep());
        REQUIRE(up.getColumn(0).getInt64() == i);
        REQUIRE(down.getColumn(0).getInt64() == static_cast<std::int64_t>(kRows) + 1 - i);
        if (i == PostgresConnection::kFetchRows + 1) CHECK(open_cursors(db) == 2);
    }
    CHECK_FALSE(up.executeStep());
    up.reset();
    REQUIRE(up.executeStep());
    CHECK(open_cursors(db) == 1);
    up.reset();
    CHECK(open_cursors(db) == 0);
    read.commit();
}

TEST_CASE("a scan left open when its transaction ends does not disturb the next transaction") {
    auto connection = numbers(kRows);
    PostgresConnection& db = *connection;
    {
        Transaction first(db, false);
        auto scan = std::make_unique<Statement>(db, "SELECT i FROM n ORDER BY i", Rows::many);
        REQUIRE(scan->executeStep());
        first.commit();
        Transaction second(db, false);
        scan.reset();  // its cursor ended with the first transaction: closing it again would fail the second
        CHECK(db.execAndGet("SELECT count(*) FROM n").getInt64() == static_cast<std::int64_t>(kRows));
        second.commit();
    }
    Transaction third(db, false);
    Statement scan(db, "SELECT i FROM n ORDER BY i", Rows::many);
    REQUIRE(scan.executeStep());
    CHECK(scan.getColumn(0).getInt64() == 1);
}

TEST_CASE("outside a transaction a scan of many rows is one result") {
    auto connection = numbers(kRows);
    PostgresConnection& db = *connection;
    Statement scan(db, "SELECT i FROM n ORDER BY i", Rows::many);
    std::int64_t rows = 0;
    while (scan.executeStep()) ++rows;
    CHECK(rows == static_cast<std::int64_t>(kRows));
}
