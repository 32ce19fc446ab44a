#include "queries/export_selection.hpp"

#include "queries/event_loader.hpp"

namespace allegraph {
namespace {

// Correlated subqueries for the citation count and first source of the row `owner`.`key`.
std::string citation_columns(const char* owner_column, const char* key, const QueryScope& scope) {
    std::string from = std::string(" FROM citations c JOIN sources s ON s.id = c.source WHERE c.") + owner_column +
                       " = " + key + published_by_condition(scope);
    return "(SELECT count(*)" + from + "), (SELECT s.text_id" + from + " ORDER BY s.published_lo, s.text_id LIMIT 1)";
}

void insert_around(SQLite::Database& db, const ExportFilter& filter, const QueryScope& scope) {
    GraphLoadOptions options;
    options.include_unreviewed = scope.include_unreviewed;
    if (scope.as_of) options.published_by = scope.as_of->hi;
    GraphView view = GraphView::load(db, options);
    SQLite::Statement insert(db, "INSERT OR IGNORE INTO temp.export_entities(id) VALUES (?)");
    for (Vertex v : within_steps(view, *view.entity_vertex(*filter.around), filter.depth, filter.hubs)) {
        insert.reset();
        insert.bind(1, view.graph()[v].key);
        insert.exec();
    }
    db.exec(R"(DELETE FROM temp.export_events WHERE EXISTS (SELECT 1 FROM participants p
                   WHERE p.event = export_events.id AND p.entity NOT IN (SELECT id FROM temp.export_entities)))");
}

}  // namespace

ExportCounts select_for_export(SQLite::Database& db, const ExportFilter& filter, const QueryScope& scope) {
    db.exec(R"(CREATE TEMP TABLE IF NOT EXISTS export_entities (id INTEGER PRIMARY KEY);
               CREATE TEMP TABLE IF NOT EXISTS export_events (id INTEGER PRIMARY KEY);
               DELETE FROM temp.export_entities;
               DELETE FROM temp.export_events;)");
    std::string sql = "INSERT INTO temp.export_events(id) SELECT e.id FROM events e WHERE " + review_condition(scope);
    if (scope.as_of)
        sql += " AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c.event = e.id" +
               published_by_condition(scope) + ")";
    if (filter.from) sql += " AND e.date_hi >= " + std::to_string(filter.from->lo);
    if (filter.to) sql += " AND e.date_lo <= " + std::to_string(filter.to->hi);
    if (!filter.categories.empty()) sql += " AND e.category IN (SELECT value FROM json_each(?))";
    SQLite::Statement events(db, sql);
    if (!filter.categories.empty()) events.bind(1, word_list(filter.categories));
    events.exec();

    if (filter.around) {
        insert_around(db, filter, scope);
    } else if (filter.from || filter.to || !filter.categories.empty()) {
        db.exec(R"(INSERT INTO temp.export_entities(id) SELECT DISTINCT p.entity FROM participants p
                   JOIN temp.export_events x ON x.id = p.event)");
    } else {
        db.exec("INSERT INTO temp.export_entities(id) SELECT id FROM entities");
    }
    auto count = [&](const char* sql) { return static_cast<std::size_t>(db.execAndGet(sql).getInt64()); };
    return {count("SELECT (SELECT count(*) FROM temp.export_entities) + (SELECT count(*) FROM temp.export_events)"),
            count(R"(SELECT (SELECT count(*) FROM participants p JOIN temp.export_events a ON a.id = p.event
                                JOIN temp.export_entities b ON b.id = p.entity)
                          + (SELECT count(*) FROM relations r JOIN temp.export_entities a ON a.id = r.from_entity
                                JOIN temp.export_entities b ON b.id = r.to_entity)
                          + (SELECT count(*) FROM event_links l JOIN temp.export_events a ON a.id = l.event
                                JOIN temp.export_events b ON b.id = l.target))")};
}

void for_each_node(SQLite::Database& db, const QueryScope& scope, const Privacy& privacy,
                   const std::function<void(const NodeRow&)>& visit) {
    SQLite::Statement entities(db, "SELECT n.id, n.text_id, n.name, n.kind, n.category, n.public, " +
                                       citation_columns("entity", "n.id", scope) + R"(,
            (SELECT min(e.date_lo) FROM participants p JOIN temp.export_events x ON x.id = p.event
                 JOIN events e ON e.id = p.event WHERE p.entity = n.id AND e.date_lo > )" +
                                       std::to_string(kOpenStart) + R"()
        FROM entities n JOIN temp.export_entities x ON x.id = n.id ORDER BY n.text_id)");
    while (entities.executeStep()) {
        NodeRow row;
        EntityRef ref = privacy.entity(entities.getColumn(0).getInt64(), entities.getColumn(1).getString(),
                                       entities.getColumn(2).getString(), entities.getColumn(3).getString(),
                                       entities.getColumn(5).getInt() != 0);
        row.id = ref.id;
        row.label = ref.name;
        row.kind = ref.kind;
        row.redacted = ref.redacted;
        row.category = ref.redacted ? "" : entities.getColumn(4).getString();
        row.citations = entities.getColumn(6).getInt64();
        row.first_source = entities.getColumn(7).getString();
        if (!entities.getColumn(8).isNull()) row.first_seen = entities.getColumn(8).getInt64();
        visit(row);
    }
    SQLite::Statement events(db, "SELECT e.text_id, e.type, e.category, e.date, e.status, e.due, e.negated, e.summary,"
                                 " e.review, " + citation_columns("event", "e.id", scope) +
                                     " FROM events e JOIN temp.export_events x ON x.id = e.id ORDER BY e.text_id");
    while (events.executeStep()) {
        NodeRow row;
        row.is_event = true;
        row.id = events.getColumn(0).getString();
        row.kind = "event";
        row.type = events.getColumn(1).getString();
        row.category = events.getColumn(2).getString();
        row.date = stored_date(events.getColumn(3));
        row.status = events.getColumn(4).getString();
        row.due = stored_date(events.getColumn(5));
        row.negated = events.getColumn(6).getInt() != 0;
        row.summary = privacy.scrub(events.getColumn(7).getString());
        row.unreviewed = events.getColumn(8).getString() == "unreviewed";
        row.citations = events.getColumn(9).getInt64();
        row.first_source = events.getColumn(10).getString();
        row.label = (row.negated ? "no " : "") + row.type + (row.date ? ", " + display_date(*row.date) : "");
        visit(row);
    }
}

void for_each_edge(SQLite::Database& db, const QueryScope& scope, const Privacy& privacy,
                   const std::function<void(const EdgeRow&)>& visit) {
    auto entity_id = [&](SQLite::Statement& st, int first) {
        return privacy
            .entity(st.getColumn(first).getInt64(), st.getColumn(first + 1).getString(), "", st.getColumn(first + 2).getString(),
                    st.getColumn(first + 3).getInt() != 0)
            .id;
    };
    SQLite::Statement roles(db, "SELECT n.id, n.text_id, n.kind, n.public, e.text_id, p.role, e.date, " +
                                    citation_columns("event", "e.id", scope) + R"( FROM participants p
        JOIN temp.export_events xe ON xe.id = p.event JOIN temp.export_entities xn ON xn.id = p.entity
        JOIN entities n ON n.id = p.entity JOIN events e ON e.id = p.event ORDER BY p.event, p.entity, p.role)");
    while (roles.executeStep()) {
        EdgeRow row;
        row.source = entity_id(roles, 0);
        row.target = roles.getColumn(4).getString();
        row.kind = "role";
        row.type = roles.getColumn(5).getString();
        row.id = "role:" + row.source + ">" + row.target + ">" + row.type;
        row.date = stored_date(roles.getColumn(6));
        row.citations = roles.getColumn(7).getInt64();
        row.first_source = roles.getColumn(8).getString();
        visit(row);
    }
    std::string cited = scope.as_of ? " AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source"
                                      " WHERE c.relation = r.id" + published_by_condition(scope) + ")"
                                    : "";
    SQLite::Statement relations(db, "SELECT f.id, f.text_id, f.kind, f.public, t.id, t.text_id, t.kind, t.public, r.type,"
                                    " r.date, " + citation_columns("relation", "r.id", scope) + R"( FROM relations r
        JOIN temp.export_entities a ON a.id = r.from_entity JOIN temp.export_entities b ON b.id = r.to_entity
        JOIN entities f ON f.id = r.from_entity JOIN entities t ON t.id = r.to_entity WHERE 1)" + cited + " ORDER BY r.id");
    while (relations.executeStep()) {
        EdgeRow row;
        row.source = entity_id(relations, 0);
        row.target = entity_id(relations, 4);
        row.kind = "relation";
        row.type = relations.getColumn(8).getString();
        row.id = "relation:" + row.source + ">" + row.type + ">" + row.target;
        row.date = stored_date(relations.getColumn(9));
        row.citations = relations.getColumn(10).getInt64();
        row.first_source = relations.getColumn(11).getString();
        visit(row);
    }
    SQLite::Statement links(db, R"(SELECT f.text_id, l.type, t.text_id FROM event_links l
        JOIN temp.export_events a ON a.id = l.event JOIN temp.export_events b ON b.id = l.target
        JOIN events f ON f.id = l.event JOIN events t ON t.id = l.target ORDER BY l.event, l.type, l.target)");
    while (links.executeStep()) {
        EdgeRow row;
        row.source = links.getColumn(0).getString();
        row.type = links.getColumn(1).getString();
        row.target = links.getColumn(2).getString();
        row.kind = "link";
        row.id = "link:" + row.source + ">" + row.type + ">" + row.target;
        visit(row);
    }
}

}  // namespace allegraph
