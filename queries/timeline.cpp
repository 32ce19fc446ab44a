#include "queries/timeline.hpp"

#include "queries/event_loader.hpp"

namespace allegraph {

std::vector<std::int64_t> timeline_keys(SQLite::Database& db, const TimelineFilter& filter, const QueryScope& scope) {
    std::string sql = "SELECT e.id FROM events e WHERE " + review_condition(scope);
    if (filter.entity) sql += " AND e.id IN (SELECT event FROM participants WHERE entity = :entity)";
    if (filter.actor)
        sql += " AND e.id IN (SELECT event FROM participants WHERE entity = :actor AND role = 'actor')";
    if (filter.from) sql += " AND e.date_hi >= :from";
    if (filter.to) sql += " AND e.date_lo <= :to";
    if (!filter.types.empty()) sql += " AND e.type IN (SELECT value FROM json_each(:types))";
    if (!filter.categories.empty()) sql += " AND e.category IN (SELECT value FROM json_each(:categories))";
    if (scope.as_of)
        sql += " AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c.event = e.id" +
               published_by_condition(scope) + ")";
    // events with a known start by date; after them, those dated only "up to" a day, by that day
    std::string open = "(e.date_lo = " + std::to_string(kOpenStart) + ")";
    sql += " ORDER BY " + open + ", CASE WHEN " + open + " THEN e.date_hi ELSE e.date_lo END, e.date_hi, e.text_id";

    SQLite::Statement query(db, sql);
    if (filter.entity) query.bind(":entity", static_cast<std::int64_t>(*filter.entity));
    if (filter.actor) query.bind(":actor", static_cast<std::int64_t>(*filter.actor));
    if (filter.from) query.bind(":from", static_cast<std::int64_t>(filter.from->lo));
    if (filter.to) query.bind(":to", static_cast<std::int64_t>(filter.to->hi));
    if (!filter.types.empty()) query.bind(":types", word_list(filter.types));
    if (!filter.categories.empty()) query.bind(":categories", word_list(filter.categories));
    std::vector<std::int64_t> keys;
    while (query.executeStep()) keys.push_back(query.getColumn(0).getInt64());
    return keys;
}

std::vector<EventRow> timeline(SQLite::Database& db, const TimelineFilter& filter, const QueryScope& scope,
                               const Privacy& privacy) {
    return load_events(db, timeline_keys(db, filter, scope), scope, privacy);
}

}  // namespace allegraph
