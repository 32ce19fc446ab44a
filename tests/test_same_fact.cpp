// Same fact on record (graph/same_fact.hpp): the stored event the importers attach a row's citation
// to is the one the strict rule picks among every event on record, though only some are read.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <map>
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

    // Every event on record but the rejected (and the unreviewed unless asked for), as the rule reads them:
    // the events, then their participants, each table read whole.
    std::vector<EventStatement> all(bool with_unreviewed) {
        auto& db = sql_db(*store);
        std::map<std::int64_t, EventStatement> by_key;
        sql::Statement events(db, "SELECT id, text_id, type, status, review, negated, date_lo, date_hi FROM events");
        while (events.executeStep()) {
            EventStatement e{events.getColumn(0).getInt64(), events.getColumn(1).getString(), events.getColumn(2).getString(),
                             events.getColumn(3).getString(), events.getColumn(4).getString(), events.getColumn(5).getInt() != 0,
                             events.getColumn(6).getInt64(), events.getColumn(7).getInt64(), {}};
            if (e.review == "reviewed" || (e.review == "unreviewed" && with_unreviewed)) by_key.emplace(e.key, std::move(e));
        }
        sql::Statement participants(db, "SELECT event, entity, role FROM participants");
        while (participants.executeStep()) {
            auto event = by_key.find(participants.getColumn(0).getInt64());
            if (event != by_key.end())
                event->second.participants.emplace_back(participants.getColumn(1).getInt64(), participants.getColumn(2).getString());
        }
        std::vector<EventStatement> out;
        for (auto& [key, e] : by_key) out.push_back(std::move(e));
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
