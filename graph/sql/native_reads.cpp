#include "graph/native_reads.hpp"

#include "graph/sql/engine.hpp"
#include "graph/sql/sql.hpp"

namespace allegraph {
namespace {

using sql::stored_date;

class CitationReader {
public:
    CitationReader(sql::Connection& db, const char* owner)
        : statement_(db, std::string("SELECT s.text_id, c.quote, c.start, c.\"end\" FROM citations c"
                                     " JOIN sources s ON s.id = c.source WHERE c.") +
                             owner + " = ? ORDER BY s.text_id, c.start, c.quote") {}

    std::vector<Citation> of(std::int64_t key) {
        statement_.reset();
        statement_.bind(1, key);
        std::vector<Citation> out;
        while (statement_.executeStep()) {
            std::optional<std::size_t> start, end;
            if (!statement_.getColumn(2).isNull()) start = statement_.getColumn(2).getInt64();
            if (!statement_.getColumn(3).isNull()) end = statement_.getColumn(3).getInt64();
            out.push_back({statement_.getColumn(0).getString(), statement_.getColumn(1).getString(), start, end});
        }
        return out;
    }

private:
    sql::Statement statement_;
};

// The entity from the columns key, text id, kind and public beginning at `first`.
StoredEntityRef read_ref(sql::Statement& st, int first) {
    return {st.getColumn(first).getInt64(), st.getColumn(first + 1).getString(), st.getColumn(first + 2).getString(),
            st.getColumn(first + 3).getInt() != 0};
}

}  // namespace

void for_each_stored_source(Store& store, const std::function<void(const StoredSource&)>& visit) {
    // Originals before the sources that republish them, so that the file imports in order.
    sql::Statement st(sql_db(store), R"(WITH RECURSIVE depth(id, d) AS (
            SELECT id, 0 FROM sources WHERE syndicated_from IS NULL
            UNION ALL SELECT s.id, depth.d + 1 FROM sources s JOIN depth ON s.syndicated_from = depth.id)
        SELECT s.text_id, s.title, s.publisher, s.author, s.url, s.published, s.note, s.body,
               o.text_id, s.retracted, s.retraction_reason
        FROM sources s JOIN depth ON depth.id = s.id LEFT JOIN sources o ON o.id = s.syndicated_from
        ORDER BY depth.d, s.text_id)");
    while (st.executeStep()) {
        StoredSource s;
        s.id = st.getColumn(0).getString();
        s.title = st.getColumn(1).getString();
        s.publisher = st.getColumn(2).getString();
        s.author = st.getColumn(3).getString();
        s.url = st.getColumn(4).getString();
        s.published = stored_date(st.getColumn(5));
        s.note = st.getColumn(6).getString();
        if (!st.getColumn(7).isNull()) s.body = st.getColumn(7).getString();
        if (!st.getColumn(8).isNull()) s.syndicated_from = st.getColumn(8).getString();
        if (!st.getColumn(9).isNull()) s.retracted = st.getColumn(9).getString();
        s.retraction_reason = st.getColumn(10).getString();
        visit(s);
    }
}

void for_each_stored_entity(Store& store, const std::function<void(const StoredEntity&)>& visit) {
    sql::Connection& db = sql_db(store);
    sql::Statement st(db, R"(SELECT n.id, n.text_id, n.kind, n.public, n.category, n.name, n.description, n.size,
            n.needs_review FROM entities n JOIN export_entities x ON x.id = n.id ORDER BY n.text_id)");
    sql::Statement aliases(db, "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias");
    CitationReader citations(db, "entity");
    while (st.executeStep()) {
        StoredEntity e;
        e.ref = read_ref(st, 0);
        e.category = st.getColumn(4).getString();
        e.name = st.getColumn(5).getString();
        e.description = st.getColumn(6).getString();
        e.size = st.getColumn(7).getString();
        e.needs_review = st.getColumn(8).getInt() != 0;
        aliases.reset();
        aliases.bind(1, e.ref.key);
        while (aliases.executeStep()) e.aliases.push_back(aliases.getColumn(0).getString());
        e.citations = citations.of(e.ref.key);
        visit(e);
    }
}

void for_each_stored_event(Store& store, const std::function<void(const StoredEvent&)>& visit) {
    sql::Connection& db = sql_db(store);
    sql::Statement st(db, R"(SELECT e.id, e.text_id, e.type, e.date, e.status, e.due, e.negated, e.nature,
            e.summary, e.review
        FROM events e JOIN export_events x ON x.id = e.id ORDER BY e.text_id)");
    sql::Statement participants(db, R"(SELECT n.id, n.text_id, n.kind, n.public, p.role FROM participants p
        JOIN entities n ON n.id = p.entity WHERE p.event = ? ORDER BY n.text_id, p.role)");
    sql::Statement links(db, R"(SELECT l.type, t.text_id FROM event_links l JOIN events t ON t.id = l.target
        JOIN export_events x ON x.id = l.target WHERE l.event = ? ORDER BY l.type, t.text_id)");
    CitationReader citations(db, "event");
    while (st.executeStep()) {
        std::int64_t key = st.getColumn(0).getInt64();
        StoredEvent e;
        e.id = st.getColumn(1).getString();
        e.type = st.getColumn(2).getString();
        e.date = stored_date(st.getColumn(3)).value_or(Date{});
        e.status = st.getColumn(4).getString();
        e.due = stored_date(st.getColumn(5));
        e.negated = st.getColumn(6).getInt() != 0;
        e.nature = st.getColumn(7).getString();
        e.summary = st.getColumn(8).getString();
        e.unreviewed = st.getColumn(9).getString() == "unreviewed";
        participants.reset();
        participants.bind(1, key);
        while (participants.executeStep())
            e.participants.emplace_back(read_ref(participants, 0), participants.getColumn(4).getString());
        links.reset();
        links.bind(1, key);
        while (links.executeStep()) e.links.push_back({links.getColumn(0).getString(), links.getColumn(1).getString()});
        e.citations = citations.of(key);
        visit(e);
    }
}

void for_each_stored_relation(Store& store, const std::function<void(const StoredRelation&)>& visit) {
    sql::Connection& db = sql_db(store);
    sql::Statement st(db, R"(SELECT r.id, f.id, f.text_id, f.kind, f.public, t.id, t.text_id, t.kind, t.public,
            r.type, r.date, c.id, c.text_id, c.kind, c.public
        FROM relations r
        JOIN export_entities a ON a.id = r.from_entity JOIN export_entities b ON b.id = r.to_entity
        JOIN entities f ON f.id = r.from_entity JOIN entities t ON t.id = r.to_entity
        LEFT JOIN entities c ON c.id = r.context AND c.id IN (SELECT id FROM export_entities)
        WHERE r.unsupported = 0 OR (SELECT include_unsupported FROM export_scope) = 1
        ORDER BY f.text_id, r.type, t.text_id)");
    CitationReader citations(db, "relation");
    while (st.executeStep()) {
        StoredRelation r;
        r.from = read_ref(st, 1);
        r.to = read_ref(st, 5);
        r.type = st.getColumn(9).getString();
        r.date = stored_date(st.getColumn(10));
        if (!st.getColumn(11).isNull()) r.context = read_ref(st, 11);
        r.citations = citations.of(st.getColumn(0).getInt64());
        visit(r);
    }
}

std::optional<std::string> source_body(Store& store, const std::string& source_id) {
    sql::Statement body(sql_db(store), "SELECT body FROM sources WHERE text_id = ? AND body IS NOT NULL");
    body.bind(1, source_id);
    if (!body.executeStep()) return std::nullopt;
    return body.getColumn(0).getString();
}

}  // namespace allegraph
