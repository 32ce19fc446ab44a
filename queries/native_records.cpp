#include "queries/native_records.hpp"

#include "queries/event_loader.hpp"

namespace allegraph {
namespace {

class CitationReader {
public:
    CitationReader(SQLite::Database& db, const char* owner, ShownQuotes& quotes)
        : statement_(db, std::string("SELECT s.text_id, c.quote, c.start, c.end FROM citations c"
                                     " JOIN sources s ON s.id = c.source WHERE c.") +
                             owner + " = ? ORDER BY s.text_id, c.start, c.quote"),
          quotes_(quotes) {}

    std::vector<Citation> of(std::int64_t key) {
        statement_.reset();
        statement_.bind(1, key);
        std::vector<Citation> out;
        while (statement_.executeStep()) {
            std::optional<std::size_t> start, end;
            if (!statement_.getColumn(2).isNull()) start = statement_.getColumn(2).getInt64();
            if (!statement_.getColumn(3).isNull()) end = statement_.getColumn(3).getInt64();
            out.push_back(quotes_.citation(statement_.getColumn(0).getString(), statement_.getColumn(1).getString(),
                                           start, end));
        }
        return out;
    }

private:
    SQLite::Statement statement_;
    ShownQuotes& quotes_;
};

std::string shown_id(const Privacy& privacy, SQLite::Statement& st, int first) {
    return privacy
        .entity(st.getColumn(first).getInt64(), st.getColumn(first + 1).getString(), "",
                st.getColumn(first + 2).getString(), st.getColumn(first + 3).getInt() != 0)
        .id;
}

}  // namespace

void for_each_source(SQLite::Database& db, const Privacy& privacy, ShownQuotes& quotes,
                     const std::function<void(const Source&)>& visit) {
    // Originals before the sources that republish them, so that the file imports in order.
    SQLite::Statement st(db, R"(WITH RECURSIVE depth(id, d) AS (
            SELECT id, 0 FROM sources WHERE syndicated_from IS NULL
            UNION ALL SELECT s.id, depth.d + 1 FROM sources s JOIN depth ON s.syndicated_from = depth.id)
        SELECT s.text_id, s.title, s.publisher, s.author, s.url, s.published, s.note, s.body,
               o.text_id, s.retracted, s.retraction_reason
        FROM sources s JOIN depth ON depth.id = s.id LEFT JOIN sources o ON o.id = s.syndicated_from
        ORDER BY depth.d, s.text_id)");
    while (st.executeStep()) {
        Source s;
        s.id = st.getColumn(0).getString();
        s.title = privacy.scrub(st.getColumn(1).getString());
        s.publisher = privacy.scrub(st.getColumn(2).getString());
        s.author = privacy.scrub(st.getColumn(3).getString());
        s.url = privacy.scrub(st.getColumn(4).getString());
        s.published = stored_date(st.getColumn(5));
        s.note = privacy.scrub(st.getColumn(6).getString());
        if (!st.getColumn(7).isNull()) s.text = quotes.text(s.id, st.getColumn(7).getString());
        if (!st.getColumn(8).isNull()) s.syndicated_from = st.getColumn(8).getString();
        if (!st.getColumn(9).isNull()) s.retracted = st.getColumn(9).getString();
        s.retraction_reason = privacy.scrub(st.getColumn(10).getString());
        visit(s);
    }
}

void for_each_entity(SQLite::Database& db, const Privacy& privacy, ShownQuotes& quotes,
                     const std::function<void(const Entity&)>& visit) {
    SQLite::Statement st(db, R"(SELECT n.id, n.text_id, n.kind, n.public, n.category, n.name, n.description, n.size,
            n.needs_review FROM entities n JOIN temp.export_entities x ON x.id = n.id ORDER BY n.text_id)");
    SQLite::Statement aliases(db, "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias");
    CitationReader citations(db, "entity", quotes);
    while (st.executeStep()) {
        std::int64_t key = st.getColumn(0).getInt64();
        EntityRef ref = privacy.entity(key, st.getColumn(1).getString(), st.getColumn(5).getString(),
                                       st.getColumn(2).getString(), st.getColumn(3).getInt() != 0);
        Entity e;
        e.id = ref.id;
        e.kind = ref.kind;
        e.name = ref.name;
        e.is_public = st.getColumn(3).getInt() != 0;
        e.category = st.getColumn(4).getString();
        e.description = privacy.scrub(st.getColumn(6).getString());
        e.size = st.getColumn(7).getString();
        e.needs_review = st.getColumn(8).getInt() != 0;
        if (!ref.redacted) {
            aliases.reset();
            aliases.bind(1, key);
            while (aliases.executeStep()) e.aliases.push_back(privacy.shown_name(aliases.getColumn(0).getString()));
        }
        e.citations = citations.of(key);
        visit(e);
    }
}

void for_each_event(SQLite::Database& db, const Privacy& privacy, ShownQuotes& quotes,
                    const std::function<void(const Event&)>& visit) {
    SQLite::Statement st(db, R"(SELECT e.id, e.text_id, e.type, e.date, e.status, e.due, e.negated, e.nature,
            e.summary, e.review
        FROM events e JOIN temp.export_events x ON x.id = e.id ORDER BY e.text_id)");
    SQLite::Statement participants(db, R"(SELECT n.id, n.text_id, n.kind, n.public, p.role FROM participants p
        JOIN entities n ON n.id = p.entity WHERE p.event = ? ORDER BY n.text_id, p.role)");
    SQLite::Statement links(db, R"(SELECT l.type, t.text_id FROM event_links l JOIN events t ON t.id = l.target
        JOIN temp.export_events x ON x.id = l.target WHERE l.event = ? ORDER BY l.type, t.text_id)");
    CitationReader citations(db, "event", quotes);
    while (st.executeStep()) {
        std::int64_t key = st.getColumn(0).getInt64();
        Event e;
        e.id = st.getColumn(1).getString();
        e.type = st.getColumn(2).getString();
        e.date = stored_date(st.getColumn(3)).value_or(Date{});
        e.status = st.getColumn(4).getString();
        e.due = stored_date(st.getColumn(5));
        e.negated = st.getColumn(6).getInt() != 0;
        e.nature = st.getColumn(7).getString();
        e.summary = privacy.scrub(st.getColumn(8).getString());
        e.unreviewed = st.getColumn(9).getString() == "unreviewed";
        participants.reset();
        participants.bind(1, key);
        while (participants.executeStep())
            e.participants.push_back({shown_id(privacy, participants, 0), participants.getColumn(4).getString()});
        links.reset();
        links.bind(1, key);
        while (links.executeStep()) e.links.push_back({links.getColumn(0).getString(), links.getColumn(1).getString()});
        e.citations = citations.of(key);
        visit(e);
    }
}

void for_each_relation(SQLite::Database& db, const Privacy& privacy, ShownQuotes& quotes,
                       const std::function<void(const Relation&)>& visit) {
    SQLite::Statement st(db, R"(SELECT r.id, f.id, f.text_id, f.kind, f.public, t.id, t.text_id, t.kind, t.public,
            r.type, r.date, c.id, c.text_id, c.kind, c.public
        FROM relations r
        JOIN temp.export_entities a ON a.id = r.from_entity JOIN temp.export_entities b ON b.id = r.to_entity
        JOIN entities f ON f.id = r.from_entity JOIN entities t ON t.id = r.to_entity
        LEFT JOIN entities c ON c.id = r.context AND c.id IN (SELECT id FROM temp.export_entities)
        WHERE r.unsupported = 0 OR (SELECT include_unsupported FROM temp.export_scope)
        ORDER BY f.text_id, r.type, t.text_id)");
    CitationReader citations(db, "relation", quotes);
    while (st.executeStep()) {
        Relation r;
        r.from = shown_id(privacy, st, 1);
        r.to = shown_id(privacy, st, 5);
        r.type = st.getColumn(9).getString();
        r.date = stored_date(st.getColumn(10));
        if (!st.getColumn(11).isNull()) r.context = shown_id(privacy, st, 11);
        r.citations = citations.of(st.getColumn(0).getInt64());
        visit(r);
    }
}

}  // namespace allegraph
