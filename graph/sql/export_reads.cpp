#include "graph/export_reads.hpp"

#include <algorithm>

#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

using namespace sql;

// The citation count and first source (earliest published, then by id) of each owner —
// entity, event or relation — read in one pass over the citations in owner order, in
// step with a scan of the owners in key order. A correlated subquery per row cost a
// second and a half per million role edges (bench/RESULTS.md).
class CitationCursor {
public:
    CitationCursor(sql::Connection& db, const char* owner_column, const QueryScope& scope)
        : rows_(db, std::string("SELECT c.") + owner_column + ", s.published_lo, s.text_id FROM citations c"
                    " JOIN sources s ON s.id = c.source WHERE c." + owner_column + " IS NOT NULL" +
                    published_by_condition(scope) + " ORDER BY c." + owner_column, sql::Rows::many) {
        bind_as_of(rows_, scope);
        more_ = rows_.executeStep();
    }

    struct Summary {
        std::int64_t count = 0;
        std::string first_source;
    };

    // The summary of `key`; keys must be asked for in ascending order.
    Summary at(std::int64_t key) {
        while (more_ && rows_.getColumn(0).getInt64() < key) more_ = rows_.executeStep();
        Summary summary;
        std::optional<std::int64_t> first_published;
        while (more_ && rows_.getColumn(0).getInt64() == key) {
            sql::Column published = rows_.getColumn(1);
            std::string source = rows_.getColumn(2).getString();
            std::optional<std::int64_t> day;
            if (!published.isNull()) day = published.getInt64();
            // SQL's order: NULL first, then by day, then by source id.
            if (summary.count == 0 || day < first_published || (day == first_published && source < summary.first_source)) {
                first_published = day;
                summary.first_source = std::move(source);
            }
            ++summary.count;
            more_ = rows_.executeStep();
        }
        return summary;
    }

private:
    sql::Statement rows_;
    bool more_ = false;
};

// True when the selection is every entity and every event in scope: rows then stream
// with the scope's own conditions instead of a lookup in the temporary tables each.
bool whole_scope(sql::Connection& db) {
    return db.execAndGet("SELECT coalesce((SELECT whole FROM export_scope), 0)").getInt() != 0;
}

// The condition that event `alias` is in the selection.
std::string event_selected(bool whole, const std::string& alias, const QueryScope& scope) {
    if (!whole) return alias + ".id IN (SELECT id FROM export_events)";
    return review_condition(scope, alias) + cited_by_as_of(scope, "event", alias + ".id");
}

// The condition that entity `alias` is in the selection.
std::string entity_selected(bool whole, const std::string& alias) {
    return whole ? "1 = 1" : alias + ".id IN (SELECT id FROM export_entities)";
}

}  // namespace

void select_export(Store& store, const ExportWindow& window, const std::optional<std::vector<std::int64_t>>& around,
                   const QueryScope& scope) {
    sql::Connection& db = sql_db(store);
    db.exec(R"(CREATE TEMP TABLE IF NOT EXISTS export_entities (id INTEGER PRIMARY KEY);
               CREATE TEMP TABLE IF NOT EXISTS export_events (id INTEGER PRIMARY KEY);
               CREATE TEMP TABLE IF NOT EXISTS export_scope (whole INTEGER NOT NULL, include_unsupported INTEGER NOT NULL);
               DELETE FROM export_entities;
               DELETE FROM export_events;
               DELETE FROM export_scope;)");
    sql::Statement flags(db, "INSERT INTO export_scope(whole, include_unsupported) VALUES (?, ?)");
    flags.bind(1, !around && window.empty() ? 1 : 0);
    flags.bind(2, scope.include_unsupported ? 1 : 0);
    flags.exec();
    std::string sql = "INSERT INTO export_events(id) SELECT e.id FROM events e WHERE " + review_condition(scope) +
                      cited_by_as_of(scope, "event", "e.id");
    if (window.from) sql += " AND e.date_hi >= :from";
    if (window.to) sql += " AND e.date_lo <= :to";
    if (!window.categories.empty()) sql += " AND e.category IN (SELECT CAST(value AS TEXT) FROM json_each(:categories))";
    sql::Statement events(db, sql);
    if (window.from) events.bind(":from", static_cast<std::int64_t>(window.from->lo));
    if (window.to) events.bind(":to", static_cast<std::int64_t>(window.to->hi));
    if (!window.categories.empty()) events.bind(":categories", word_list(window.categories));
    bind_as_of(events, scope);
    events.exec();

    if (around) {
        sql::Statement insert(db, "INSERT INTO export_entities(id) VALUES (?) ON CONFLICT DO NOTHING");
        for (std::int64_t key : *around) {
            insert.reset();
            insert.bind(1, key);
            insert.exec();
        }
        db.exec(R"(DELETE FROM export_events WHERE EXISTS (SELECT 1 FROM participants p
                       WHERE p.event = export_events.id AND p.entity NOT IN (SELECT id FROM export_entities)))");
    } else if (!window.empty()) {
        db.exec(R"(INSERT INTO export_entities(id) SELECT DISTINCT p.entity FROM participants p
                   JOIN export_events x ON x.id = p.event)");
    } else {
        db.exec("INSERT INTO export_entities(id) SELECT id FROM entities");
    }
}

ExportCounts count_selection(Store& store) {
    sql::Connection& db = sql_db(store);
    auto count = [&](const char* sql) { return static_cast<std::size_t>(db.execAndGet(sql).getInt64()); };
    return {count("SELECT (SELECT count(*) FROM export_entities) + (SELECT count(*) FROM export_events)"),
            count(R"(SELECT (SELECT count(*) FROM participants p JOIN export_events a ON a.id = p.event
                                JOIN export_entities b ON b.id = p.entity)
                          + (SELECT count(*) FROM relations r JOIN export_entities a ON a.id = r.from_entity
                                JOIN export_entities b ON b.id = r.to_entity)
                          + (SELECT 2 * count(*) FROM relations r JOIN export_entities a ON a.id = r.from_entity
                                JOIN export_entities b ON b.id = r.to_entity
                                JOIN export_entities c ON c.id = r.context)
                          + (SELECT count(*) FROM event_links l JOIN export_events a ON a.id = l.event
                                JOIN export_events b ON b.id = l.target))")};
}

namespace {

// The participants of each event, read in one pass in event order, in step with a scan of
// the events in key order, as CitationCursor reads citations.
class ParticipantCursor {
public:
    ParticipantCursor(sql::Connection& db, const Redaction& redaction, const Vocabulary& vocabulary)
        : redaction_(redaction),
          vocabulary_(vocabulary),
          rows_(db, R"(SELECT p.event, n.id, n.text_id, n.name, n.kind, n.public, p.role
                FROM participants p JOIN entities n ON n.id = p.entity ORDER BY p.event)", sql::Rows::many) {
        more_ = rows_.executeStep();
    }

    // The participants of `event`; events must be asked for in ascending order.
    std::vector<ParticipantRow> at(std::int64_t event) {
        while (more_ && rows_.getColumn(0).getInt64() < event) more_ = rows_.executeStep();
        std::vector<ParticipantRow> out;
        while (more_ && rows_.getColumn(0).getInt64() == event) {
            out.push_back({read_entity(rows_, 1, redaction_), rows_.getColumn(6).getString()});
            more_ = rows_.executeStep();
        }
        // sorted here, per event, because an SQL sort of every participation was a temporary B-tree
        sort_participants(out, vocabulary_);
        return out;
    }

private:
    const Redaction& redaction_;
    const Vocabulary& vocabulary_;
    sql::Statement rows_;
    bool more_ = false;
};

// The day each entity of the selection first appears: the earliest start of its selected events
// (kOpenStart when one is dated only "up to" a day), in a temporary table filled in one pass;
// a correlated subquery per relation end made GEXF exports four times slower.
void fill_first_seen(sql::Connection& db) {
    db.exec(R"(CREATE TEMP TABLE IF NOT EXISTS export_first_seen (entity INTEGER PRIMARY KEY, day BIGINT NOT NULL);
               DELETE FROM export_first_seen;
               INSERT INTO export_first_seen(entity, day)
                   SELECT p.entity, min(e.date_lo) FROM participants p JOIN export_events x ON x.id = p.event
                   JOIN events e ON e.id = p.event GROUP BY p.entity;)");
}

// SQL for the day entity `alias` first appears, NULL when it takes part in no selected event.
std::string entity_first_seen(const std::string& alias) {
    return "(SELECT day FROM export_first_seen WHERE entity = " + alias + ".id)";
}

std::optional<std::int64_t> optional_day(const sql::Column& column) {
    if (column.isNull()) return std::nullopt;
    return column.getInt64();
}

// The later of two appearance days; a missing one is there from the start.
std::optional<std::int64_t> later(std::optional<std::int64_t> a, std::optional<std::int64_t> b) {
    if (!a) return b;
    if (!b) return a;
    return std::max(*a, *b);
}

}  // namespace

void for_each_node(Store& store, const QueryScope& scope, const Redaction& redaction, const NodeOptions& options,
                   const std::function<void(NodeRow&)>& visit) {
    sql::Connection& db = sql_db(store);
    if (options.first_seen) fill_first_seen(db);
    std::string first_seen = options.first_seen ? entity_first_seen("n") : std::string("NULL");
    bool whole = whole_scope(db);
    sql::Statement entities(db, "SELECT n.id, n.text_id, n.name, n.kind, n.category, n.public, " + first_seen +
                                       ", n.unsupported FROM entities n WHERE " + entity_selected(whole, "n") +
                                       " ORDER BY n.id", sql::Rows::many);
    CitationCursor entity_citations(db, "entity", scope);
    while (entities.executeStep()) {
        NodeRow row;
        EntityRef ref = redaction.entity(entities.getColumn(0).getInt64(), entities.getColumn(1).getString(),
                                         entities.getColumn(2).getString(), entities.getColumn(3).getString(),
                                         entities.getColumn(5).getInt() != 0);
        row.id = ref.id;
        row.label = ref.name;
        row.kind = ref.kind;
        row.redacted = ref.redacted;
        row.category = ref.redacted ? "" : entities.getColumn(4).getString();
        auto cited = entity_citations.at(entities.getColumn(0).getInt64());
        row.citations = cited.count;
        row.first_source = std::move(cited.first_source);
        row.first_seen = optional_day(entities.getColumn(6));
        row.unsupported = entities.getColumn(7).getInt() != 0;
        visit(row);
    }
    sql::Statement events(db, "SELECT e.id, e.text_id, e.type, e.category, e.date, e.status, e.due, e.negated,"
                                 " e.summary, e.review, e.nature, e.unsupported, e.date_lo FROM events e WHERE " +
                                 event_selected(whole, "e", scope) + " ORDER BY e.id", sql::Rows::many);
    bind_as_of(events, scope);
    CitationCursor event_citations(db, "event", scope);
    const Vocabulary& vocabulary = store_vocabulary(store);
    ParticipantCursor participants(db, redaction, vocabulary);
    while (events.executeStep()) {
        NodeRow row;
        row.is_event = true;
        row.id = events.getColumn(1).getString();
        row.kind = "event";
        row.type = events.getColumn(2).getString();
        row.category = events.getColumn(3).getString();
        row.definition = vocabulary.event_type(row.type);
        row.date = stored_date(events.getColumn(4));
        row.status = events.getColumn(5).getString();
        row.due = stored_date(events.getColumn(6));
        row.negated = events.getColumn(7).getInt() != 0;
        row.summary = redaction.scrub(events.getColumn(8).getString());
        row.unreviewed = events.getColumn(9).getString() == "unreviewed";
        row.nature = events.getColumn(10).getString();
        row.unsupported = events.getColumn(11).getInt() != 0;
        if (options.first_seen) row.first_seen = events.getColumn(12).getInt64();
        auto cited = event_citations.at(events.getColumn(0).getInt64());
        row.citations = cited.count;
        row.first_source = std::move(cited.first_source);
        row.participants = participants.at(events.getColumn(0).getInt64());
        row.label = (row.negated ? "no " : "") + row.type + (row.date ? ", " + display_date(*row.date) : "");
        visit(row);
    }
}

void for_each_edge(Store& store, const QueryScope& scope, const Redaction& redaction, const NodeOptions& options,
                   const std::function<void(const EdgeRow&)>& visit) {
    sql::Connection& db = sql_db(store);
    auto entity_id = [&](sql::Statement& st, int first) {
        return redaction
            .entity(st.getColumn(first).getInt64(), st.getColumn(first + 1).getString(), "", st.getColumn(first + 2).getString(),
                    st.getColumn(first + 3).getInt() != 0)
            .id;
    };
    bool whole = whole_scope(db);
    if (options.first_seen) fill_first_seen(db);
    sql::Statement roles(db, R"(SELECT n.id, n.text_id, n.kind, n.public, e.text_id, p.role, e.date, p.event,
        e.status, e.negated, e.review, e.unsupported, e.date_lo
        FROM participants p JOIN events e ON e.id = p.event JOIN entities n ON n.id = p.entity
        WHERE )" + event_selected(whole, "e", scope) + " AND " + entity_selected(whole, "n") +
                                    " ORDER BY p.event, p.entity, p.role", sql::Rows::many);
    bind_as_of(roles, scope);
    CitationCursor event_citations(db, "event", scope);
    std::int64_t summarized_event = 0;
    CitationCursor::Summary event_summary;
    while (roles.executeStep()) {
        if (std::int64_t event = roles.getColumn(7).getInt64(); event != summarized_event) {
            event_summary = event_citations.at(event);
            summarized_event = event;
        }
        EdgeRow row;
        row.source = entity_id(roles, 0);
        row.target = roles.getColumn(4).getString();
        row.kind = "role";
        row.type = roles.getColumn(5).getString();
        row.id = "role:" + row.source + ">" + row.target + ">" + row.type;
        row.date = stored_date(roles.getColumn(6));
        row.status = roles.getColumn(8).getString();
        row.negated = roles.getColumn(9).getInt() != 0;
        row.unreviewed = roles.getColumn(10).getString() == "unreviewed";
        row.unsupported = roles.getColumn(11).getInt() != 0;
        if (options.first_seen) row.first_seen = roles.getColumn(12).getInt64();  // the entity is there by then
        row.citations = event_summary.count;
        row.first_source = event_summary.first_source;
        visit(row);
    }
    std::string cited = cited_by_as_of(scope, "relation", "r.id");
    std::string seen = options.first_seen ? entity_first_seen("f") + ", " + entity_first_seen("t") : "NULL, NULL";
    sql::Statement relations(db, R"(SELECT f.id, f.text_id, f.kind, f.public, t.id, t.text_id, t.kind, t.public, r.type,
        r.date, r.id, r.unsupported, r.date_lo, )" + seen + R"(
        FROM relations r JOIN entities f ON f.id = r.from_entity JOIN entities t ON t.id = r.to_entity
        WHERE )" + entity_selected(whole, "f") + " AND " + entity_selected(whole, "t") + " AND " +
                                        relation_condition(scope) + cited + " ORDER BY r.id", sql::Rows::many);
    bind_as_of(relations, scope);
    CitationCursor relation_citations(db, "relation", scope);
    while (relations.executeStep()) {
        EdgeRow row;
        row.source = entity_id(relations, 0);
        row.target = entity_id(relations, 4);
        row.kind = "relation";
        row.type = relations.getColumn(8).getString();
        row.id = "relation:" + row.source + ">" + row.type + ">" + row.target;
        row.date = stored_date(relations.getColumn(9));
        row.unsupported = relations.getColumn(11).getInt() != 0;
        if (options.first_seen)
            row.first_seen = later(later(optional_day(relations.getColumn(13)), optional_day(relations.getColumn(14))),
                                   optional_day(relations.getColumn(12)));
        auto summary = relation_citations.at(relations.getColumn(10).getInt64());
        row.citations = summary.count;
        row.first_source = std::move(summary.first_source);
        visit(row);
    }
    std::string context_seen =
        options.first_seen ? entity_first_seen("f") + ", " + entity_first_seen("t") + ", " + entity_first_seen("c")
                           : "NULL, NULL, NULL";
    sql::Statement contexts(db, R"(SELECT f.id, f.text_id, f.kind, f.public, t.id, t.text_id, t.kind, t.public,
        c.id, c.text_id, c.kind, c.public, r.type, r.unsupported, r.date_lo, )" + context_seen + R"(
        FROM relations r JOIN entities f ON f.id = r.from_entity JOIN entities t ON t.id = r.to_entity
        JOIN entities c ON c.id = r.context
        WHERE )" + entity_selected(whole, "f") + " AND " + entity_selected(whole, "t") + " AND " +
                                       entity_selected(whole, "c") + " AND " + relation_condition(scope) + cited +
                                       " ORDER BY r.id", sql::Rows::many);
    bind_as_of(contexts, scope);
    while (contexts.executeStep()) {
        std::string from = entity_id(contexts, 0), to = entity_id(contexts, 4), context = entity_id(contexts, 8);
        std::string type = contexts.getColumn(12).getString();
        std::optional<std::int64_t> relation_day = optional_day(contexts.getColumn(14));
        for (int end = 0; end < 2; ++end) {
            EdgeRow row;
            row.source = end == 0 ? from : to;
            row.target = context;
            row.kind = "context";
            row.type = type;
            row.id = "context:" + from + ">" + type + ">" + to + (end == 0 ? ">from" : ">to");
            row.unsupported = contexts.getColumn(13).getInt() != 0;
            if (options.first_seen)
                row.first_seen = later(later(optional_day(contexts.getColumn(15 + end)), optional_day(contexts.getColumn(17))),
                                       relation_day);
            visit(row);
        }
    }
    sql::Statement links(db, R"(SELECT f.text_id, l.type, t.text_id, f.date_lo, t.date_lo FROM event_links l
        JOIN events f ON f.id = l.event JOIN events t ON t.id = l.target
        WHERE )" + event_selected(whole, "f", scope) + " AND " + event_selected(whole, "t", scope) +
                                    " ORDER BY l.event, l.type, l.target", sql::Rows::many);
    bind_as_of(links, scope);
    while (links.executeStep()) {
        EdgeRow row;
        row.source = links.getColumn(0).getString();
        row.type = links.getColumn(1).getString();
        row.target = links.getColumn(2).getString();
        row.kind = "link";
        row.id = "link:" + row.source + ">" + row.type + ">" + row.target;
        if (options.first_seen) row.first_seen = std::max(links.getColumn(3).getInt64(), links.getColumn(4).getInt64());
        visit(row);
    }
}

}  // namespace allegraph
