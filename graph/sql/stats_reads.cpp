#include "graph/stats_reads.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {
namespace {

std::int64_t count(sql::Connection& db, const char* sql) { return db.execAndGet(sql).getInt64(); }

Tally tally(sql::Connection& db, const char* sql) {
    sql::Statement st(db, sql);
    Tally out;
    while (st.executeStep()) out.emplace_back(st.getColumn(0).getString(), st.getColumn(1).getInt64());
    return out;
}

}  // namespace

Stats stats(Store& store) {
    sql::Connection& db = sql_db(store);
    Stats s;
    s.sources = count(db, "SELECT count(*) FROM sources");
    s.sources_with_text = count(db, "SELECT count(*) FROM sources WHERE body IS NOT NULL");
    s.entities = count(db, "SELECT count(*) FROM entities");
    s.private_entities = count(db, "SELECT count(*) FROM entities WHERE public = 0");
    s.events = count(db, "SELECT count(*) FROM events WHERE review <> 'rejected'");
    s.unreviewed_events = count(db, "SELECT count(*) FROM events WHERE review = 'unreviewed'");
    s.unsupported_events = count(db, "SELECT count(*) FROM events WHERE unsupported = 1 AND review <> 'rejected'");
    s.retracted_sources = count(db, "SELECT count(*) FROM sources WHERE retracted IS NOT NULL");
    s.relations = count(db, "SELECT count(*) FROM relations");
    s.citations = count(db, "SELECT count(*) FROM citations");
    s.event_links = count(db, "SELECT count(*) FROM event_links");
    s.entities_by_kind = tally(db, "SELECT kind, count(*) FROM entities GROUP BY kind ORDER BY 2 DESC, 1");
    s.events_by_category =
        tally(db, "SELECT category, count(*) FROM events WHERE review <> 'rejected' GROUP BY category ORDER BY 2 DESC, 1");
    s.events_by_type =
        tally(db, "SELECT type, count(*) FROM events WHERE review <> 'rejected' GROUP BY type ORDER BY 2 DESC, 1");
    s.relations_by_type = tally(db, "SELECT type, count(*) FROM relations GROUP BY type ORDER BY 2 DESC, 1");
    return s;
}

}  // namespace allegraph
