// Same fact on record (graph/same_fact.hpp): the stored event the importers attach a row's citation
// to is the one the strict rule picks among every event on record, though only some are read.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <random>

#include "graph/same_fact.hpp"
#include "graph/sql/engine.hpp"
#include "graph/store.hpp"

using namespace allegraph;

namespace {

constexpr const char* kRoles[] = {"actor", "subject", "accuser", "participant"};
constexpr const char* kTypes[] = {"suspension", "expulsion"};
constexpr std::int64_t kOpen = std::numeric_limits<std::int64_t>::max();

// A store of random events among a few entities, and random statements about them (fixed seed).
class RandomEvents {
public:
    explicit RandomEvents(std::uint32_t seed) : store(Store::open_in_memory()), random_(seed) {
        auto& db = sql_db(*store);
        for (int i = 1; i <= 6; ++i)
            db.exec("INSERT INTO entities(text_id, kind, name, name_key) VALUES ('p:" + std::to_string(i) + "', 'person', 'P', 'p')");
        sql::Statement event(db, "INSERT INTO events(text_id, type, category, date, date_lo, date_hi, review, negated, status)"
                                 " VALUES (?, ?, 'response', '2017', ?, ?, ?, ?, ?)");
        sql::Statement participant(db, "INSERT INTO participants(event, entity, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
        for (int i = 1; i <= 400; ++i) {
            EventStatement e = statement();
            event.reset();
            event.bind(1, "ev:" + std::to_string(i));
            event.bind(2, e.type);
            event.bind(3, e.date_lo);
            event.bind(4, e.date_hi);
            event.bind(5, std::string(pick(5) == 0 ? "rejected" : pick(4) == 0 ? "unreviewed" : "reviewed"));
            event.bind(6, e.negated ? 1 : 0);
            event.bind(7, e.status);
            event.exec();
            for (const auto& [entity, role] : e.participants) {
                participant.reset();
                participant.bind(1, i);
                participant.bind(2, entity);
                participant.bind(3, role);
                participant.exec();
            }
        }
    }

    // A random statement: a type, a negation, a day, a month, a year or an open end, a status and one to three participants.
    EventStatement statement() {
        EventStatement e;
        e.type = kTypes[pick(2)];
        e.negated = pick(8) == 0;
        const std::int64_t day = 17000 + pick(60);
        switch (pick(4)) {
            case 0: e.date_lo = e.date_hi = day; break;
            case 1: e.date_lo = day - day % 30, e.date_hi = e.date_lo + 29; break;
            case 2: e.date_lo = 16990, e.date_hi = 17080; break;
            default: e.date_lo = day, e.date_hi = kOpen;
        }
        e.status = pick(3) == 0 ? "completed" : "";
        for (int n = 1 + pick(3); n > 0; --n) e.participants.emplace_back(1 + pick(6), kRoles[pick(3) == 0 ? 2 + pick(2) : pick(2)]);
        return e;
    }

    // Every event on record but the rejected (and the unreviewed unless asked for), as the rule reads them.
    std::vector<EventStatement> all(bool with_unreviewed) {
        sql::Statement st(sql_db(*store), "SELECT e.id, e.text_id, e.type, e.status, e.review, e.negated, e.date_lo, e.date_hi,"
                                          " p.entity, p.role FROM events e JOIN participants p ON p.event = e.id ORDER BY e.id");
        std::vector<EventStatement> out;
        while (st.executeStep()) {
            const std::string review = st.getColumn(4).getString();
            if (review == "rejected" || (review == "unreviewed" && !with_unreviewed)) continue;
            if (out.empty() || out.back().key != st.getColumn(0).getInt64()) {
                EventStatement e;
                e.key = st.getColumn(0).getInt64();
                e.id = st.getColumn(1).getString();
                e.type = st.getColumn(2).getString();
                e.status = st.getColumn(3).getString();
                e.review = review;
                e.negated = st.getColumn(5).getInt() != 0;
                e.date_lo = st.getColumn(6).getInt64();
                e.date_hi = st.getColumn(7).getInt64();
                out.push_back(std::move(e));
            }
            out.back().participants.emplace_back(st.getColumn(8).getInt64(), st.getColumn(9).getString());
        }
        return out;
    }

    std::unique_ptr<Store> store;

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }
    std::mt19937 random_;
};

}  // namespace

TEST_CASE("the candidates read for a statement hold every event on record the strict rule accepts") {
    RandomEvents events(20171014);
    int found = 0;
    for (bool with_unreviewed : {false, true}) {
        const auto all = events.all(with_unreviewed);
        for (int round = 0; round < 300; ++round) {
            CAPTURE(round);
            const EventStatement statement = events.statement();
            std::vector<std::int64_t> expected;
            for (const auto& e : all)
                if (states_same_fact(e, statement)) expected.push_back(e.key);
            std::vector<std::int64_t> read;  // the candidates read that the rule accepts: every one it accepts
            for (const auto& e : same_fact_candidates(*events.store, statement, with_unreviewed))
                if (states_same_fact(e, statement)) read.push_back(e.key);
            CHECK(read == expected);
            const auto got = same_fact_on_record(*events.store, statement, with_unreviewed);
            CHECK(got.has_value() == !expected.empty());
            if (got) {
                CHECK(std::find(expected.begin(), expected.end(), got->key) != expected.end());
                ++found;
            }
        }
    }
    CHECK(found > 50);
}
