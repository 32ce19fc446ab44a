#include "graph/event_reads.hpp"

#include <unordered_map>
#include <unordered_set>

#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

using namespace sql;

const char* owner_column(CitationOwner owner) {
    switch (owner) {
        case CitationOwner::entity: return "entity";
        case CitationOwner::event: return "event";
        case CitationOwner::relation: return "relation";
    }
    return "event";
}

// --as-of D: clears the summaries (of the events and of the events they link to) that cite a
// source published after D or on an unknown day.
void withhold_later_summaries(sql::Connection& db, std::vector<EventRow>& rows, const Date& as_of) {
    std::vector<std::int64_t> keys;
    for (const auto& row : rows) {
        keys.push_back(row.key);
        for (const auto& link : row.links) keys.push_back(link.key);
    }
    sql::Statement later(db, R"(SELECT DISTINCT c.event FROM citations c JOIN sources s ON s.id = c.source
        WHERE c.event IN (SELECT CAST(value AS BIGINT) FROM json_each(?)) AND (s.published_hi IS NULL OR s.published_hi > ?))");
    later.bind(1, key_list(keys));
    later.bind(2, static_cast<std::int64_t>(as_of.hi));
    std::unordered_set<std::int64_t> withheld;
    while (later.executeStep()) withheld.insert(later.getColumn(0).getInt64());
    for (auto& row : rows) {
        if (withheld.count(row.key) && !row.summary.empty()) {
            row.summary.clear();
            row.summary_withheld = true;
        }
        for (auto& link : row.links)
            if (withheld.count(link.key)) link.summary.clear();
    }
}

}  // namespace

std::vector<CitationRow> citations_for(Store& store, CitationOwner owner, std::int64_t key, const QueryScope& scope,
                                       const Redaction& redaction) {
    sql::Statement st(sql_db(store), std::string("SELECT ") + kCitationColumns +
                                               " FROM citations c JOIN sources s ON s.id = c.source WHERE c." +
                                               owner_column(owner) + " = ?" + published_by_condition(scope) +
                                               " ORDER BY s.published_lo, s.text_id, c.start, c.id");
    st.bind(1, key);
    bind_as_of(st, scope);
    std::vector<CitationRow> out;
    while (st.executeStep()) out.push_back(read_citation(st, 0, redaction));
    return out;
}

std::vector<EventRow> load_events(Store& store, const std::vector<std::int64_t>& keys, const QueryScope& scope,
                                  const Redaction& redaction) {
    sql::Connection& db = sql_db(store);
    const Vocabulary& vocabulary = store_vocabulary(store);
    std::vector<EventRow> rows(keys.size());
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < keys.size(); ++i) index[keys[i]] = i;
    const std::string list = key_list(keys);

    sql::Statement events(db, R"(SELECT id, text_id, type, category, date, status, due, negated, nature, summary,
        review, unsupported FROM events WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_each(?)))");
    events.bind(1, list);
    while (events.executeStep()) {
        EventRow& row = rows[index.at(events.getColumn(0).getInt64())];
        row.key = events.getColumn(0).getInt64();
        row.id = events.getColumn(1).getString();
        row.type = events.getColumn(2).getString();
        row.category = events.getColumn(3).getString();
        row.definition = vocabulary.event_type(row.type);
        row.date = stored_date(events.getColumn(4)).value_or(Date{});
        row.status = events.getColumn(5).getString();
        row.due = stored_date(events.getColumn(6));
        row.negated = events.getColumn(7).getInt() != 0;
        row.nature = events.getColumn(8).getString();
        row.summary = redaction.scrub(events.getColumn(9).getString());
        row.unreviewed = events.getColumn(10).getString() == "unreviewed";
        row.unsupported = events.getColumn(11).getInt() != 0;
    }

    sql::Statement participants(db, R"(SELECT p.event, e.id, e.text_id, e.name, e.kind, e.public, p.role
        FROM participants p JOIN entities e ON e.id = p.entity
        WHERE p.event IN (SELECT CAST(value AS BIGINT) FROM json_each(?)))");
    participants.bind(1, list);
    while (participants.executeStep()) {
        auto& row = rows[index.at(participants.getColumn(0).getInt64())];
        row.participants.push_back({read_entity(participants, 1, redaction), participants.getColumn(6).getString()});
    }
    for (auto& row : rows) sort_participants(row.participants, vocabulary);

    sql::Statement citations(db, std::string("SELECT c.event, ") + kCitationColumns +
                                        " FROM citations c JOIN sources s ON s.id = c.source"
                                        " WHERE c.event IN (SELECT CAST(value AS BIGINT) FROM json_each(?))" +
                                        published_by_condition(scope) +
                                        " ORDER BY c.event, s.published_lo, s.text_id, c.start, c.id");
    citations.bind(1, list);
    bind_as_of(citations, scope);
    while (citations.executeStep())
        rows[index.at(citations.getColumn(0).getInt64())].citations.push_back(read_citation(citations, 1, redaction));

    // the other event, in scope and published by --as-of
    const std::string linked = review_condition(scope) + cited_by_as_of(scope, "event", "e.id");
    sql::Statement links(db, R"(SELECT l.event, l.type, e.text_id, 0, e.type, e.summary, e.date, e.id FROM event_links l
            JOIN events e ON e.id = l.target WHERE l.event IN (SELECT CAST(value AS BIGINT) FROM json_each(?1)) AND )" + linked + R"(
        UNION ALL
        SELECT l.target, l.type, e.text_id, 1, e.type, e.summary, e.date, e.id FROM event_links l
            JOIN events e ON e.id = l.event WHERE l.target IN (SELECT CAST(value AS BIGINT) FROM json_each(?1)) AND )" + linked +
                                    " ORDER BY 1, 4, 2, 3");
    links.bind(1, list);
    bind_as_of(links, scope);
    while (links.executeStep())
        rows[index.at(links.getColumn(0).getInt64())].links.push_back(
            {links.getColumn(1).getString(), links.getColumn(2).getString(), links.getColumn(3).getInt() != 0,
             links.getColumn(4).getString(), vocabulary.event_type(links.getColumn(4).getString()),
             redaction.scrub(links.getColumn(5).getString()),
             stored_date(links.getColumn(6)).value_or(Date{}), links.getColumn(7).getInt64(), {}});
    for (auto& row : rows)
        for (auto& link : row.links)
            if (is_answer(link))
                link.citations = citations_for(store, CitationOwner::event, link.key, scope, redaction);
    if (scope.as_of) withhold_later_summaries(db, rows, *scope.as_of);
    return rows;
}

std::vector<std::int64_t> timeline_event_keys(Store& store, const TimelineFilter& filter, const QueryScope& scope) {
    std::string sql = "SELECT e.id FROM events e WHERE " + review_condition(scope);
    if (filter.entity) sql += " AND e.id IN (SELECT event FROM participants WHERE entity = :entity)";
    if (filter.actor)
        sql += " AND e.id IN (SELECT event FROM participants WHERE entity = :actor AND role = 'actor')";
    if (filter.from) sql += " AND e.date_hi >= :from";
    if (filter.to) sql += " AND e.date_lo <= :to";
    if (!filter.types.empty()) sql += " AND e.type IN (SELECT CAST(value AS TEXT) FROM json_each(:types))";
    if (!filter.categories.empty()) sql += " AND e.category IN (SELECT CAST(value AS TEXT) FROM json_each(:categories))";
    sql += cited_by_as_of(scope, "event", "e.id");
    // events with a known start by date; after them, those dated only "up to" a day, by that day
    std::string open = "(e.date_lo = " + std::to_string(kOpenStart) + ")";
    sql += " ORDER BY " + open + ", CASE WHEN " + open + " THEN e.date_hi ELSE e.date_lo END, e.date_hi, e.text_id";

    sql::Statement query(sql_db(store), sql);
    if (filter.entity) query.bind(":entity", static_cast<std::int64_t>(*filter.entity));
    if (filter.actor) query.bind(":actor", static_cast<std::int64_t>(*filter.actor));
    if (filter.from) query.bind(":from", static_cast<std::int64_t>(filter.from->lo));
    if (filter.to) query.bind(":to", static_cast<std::int64_t>(filter.to->hi));
    if (!filter.types.empty()) query.bind(":types", word_list(filter.types));
    if (!filter.categories.empty()) query.bind(":categories", word_list(filter.categories));
    bind_as_of(query, scope);
    std::vector<std::int64_t> keys;
    while (query.executeStep()) keys.push_back(query.getColumn(0).getInt64());
    return keys;
}

std::vector<std::int64_t> open_item_keys(Store& store, std::int64_t today, const QueryScope& scope) {
    std::string sql = R"(SELECT e.id FROM events e
        WHERE )" + review_condition(scope) + R"( AND e.negated = 0 AND e.date_lo <= ?1
          AND (e.status IN ('started', 'pending') OR (e.due IS NOT NULL AND e.status <> 'completed'))
          AND NOT EXISTS (SELECT 1 FROM event_links l JOIN events f ON f.id = l.event
                          WHERE l.target = e.id AND l.type = 'follows_up' AND f.status = 'completed'
                            AND f.date_hi <= ?1))" + cited_by_as_of(scope, "event", "e.id");
    sql::Statement st(sql_db(store), sql + " ORDER BY coalesce(e.due_lo, e.date_hi), e.date_lo, e.text_id");
    st.bind(1, today);
    bind_as_of(st, scope);
    std::vector<std::int64_t> keys;
    while (st.executeStep()) keys.push_back(st.getColumn(0).getInt64());
    return keys;
}

}  // namespace allegraph
