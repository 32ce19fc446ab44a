#include <doctest/doctest.h>

#include "graph/sql/engine.hpp"
#include "graph/store.hpp"
#include "graph/write_session.hpp"

using namespace allegraph;

namespace {

Source source(const std::string& id) {
    Source s;
    s.id = id;
    s.title = id;
    return s;
}

int count(sql::Connection& db, const char* table) {
    return db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt();
}

}  // namespace

TEST_CASE("a session that must say why refuses a blank or malformed reason before it opens") {
    auto store = Store::open_in_memory();
    using S = WriteSession;
    CHECK_FALSE(S::begin(*store, "edit", " \n", S::Reason::required, S::Unchanged::roll_back));
    CHECK_FALSE(S::begin(*store, "edit", "bad \x01 byte", S::Reason::required, S::Unchanged::roll_back));
    CHECK_FALSE(S::begin(*store, "review", "\xff", S::Reason::optional, S::Unchanged::log));
    CHECK(S::begin(*store, "review", "", S::Reason::optional, S::Unchanged::log));
}

TEST_CASE("a session left without commit writes nothing; a commit writes, refreshes the index and logs once") {
    auto store = Store::open_in_memory();
    auto& db = sql_db(*store);
    using S = WriteSession;
    {
        auto session = S::begin(*store, "import", "", S::Reason::optional, S::Unchanged::log);
        REQUIRE(session);
        REQUIRE(session.value()->writer().put_source(source("src:a")));
    }
    CHECK(count(db, "sources") == 0);
    CHECK(count(db, "changes") == 0);
    auto session = S::begin(*store, "import", "", S::Reason::optional, S::Unchanged::log);
    REQUIRE(session);
    REQUIRE(session.value()->writer().put_source(source("src:a")));
    session.value()->add_file({"/data/a.json", std::string(64, 'a')});
    auto change = session.value()->commit();
    REQUIRE(change);
    CHECK(change.value() > 0);
    CHECK(count(db, "sources") == 1);
    CHECK(count(db, "changes") == 1);
    CHECK(count(db, "graph_index") == 1);
    CHECK(session.value()->changed() == std::vector<std::string>{"source src:a"});
}

TEST_CASE("what a change that touched nothing leaves depends on the command") {
    auto store = Store::open_in_memory();
    auto& db = sql_db(*store);
    using S = WriteSession;
    auto correction = S::begin(*store, "edit", "no-op", S::Reason::required, S::Unchanged::roll_back);
    REQUIRE(correction);
    auto none = correction.value()->commit();
    REQUIRE(none);
    CHECK(none.value() == 0);
    correction.value().reset();
    CHECK(count(db, "changes") == 0);
    auto decision = S::begin(*store, "review", "", S::Reason::optional, S::Unchanged::log);
    REQUIRE(decision);
    auto logged = decision.value()->commit();
    REQUIRE(logged);
    CHECK(logged.value() > 0);
    CHECK(count(db, "changes") == 1);
}
