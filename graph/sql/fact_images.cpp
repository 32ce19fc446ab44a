// Fact images (graph/fact_image.hpp) in SQL: each built by one statement from the schema's own columns.
#include "graph/sql/fact_images.hpp"

#include "graph/sql/engine.hpp"

#include <array>
#include <utility>
#include <vector>

namespace allegraph {

std::vector<std::string> table_columns(sql::Connection& db, const char* table) {
    sql::Statement info(db, db.dialect() == sql::Dialect::sqlite
                                ? std::string("SELECT name FROM pragma_table_info('") + table + "') ORDER BY cid"
                                : std::string("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                              "current_schema() AND table_name = '") + table + "' ORDER BY ordinal_position");
    std::vector<std::string> columns;
    while (info.executeStep()) columns.push_back(info.getColumn(0).getString());
    return columns;
}

namespace {

// The JSON functions of the connection's dialect, for building images and reading them back.
struct Json {
    explicit Json(sql::Connection& db) : postgres(db.dialect() == sql::Dialect::postgresql) {}
    bool postgres;

    // A JSON array, ordered, of `item` over `from` (SQL after FROM, with ?1 the fact's key).
    std::string list(const std::string& item, const std::string& from) const {
        if (postgres) return "(SELECT coalesce(json_agg(x), '[]') FROM (SELECT " + item + " AS x FROM " + from + ") q)";
        return "json((SELECT json_group_array(json(x)) FROM (SELECT " + item + " AS x FROM " + from + ")))";
    }
    std::string array(const std::string& items) const { return (postgres ? "json_build_array(" : "json_array(") + items + ")"; }
    std::string quote(const std::string& text) const { return (postgres ? "to_json(" : "json_quote(") + text + ")"; }
    std::string object(const std::string& pairs) const { return (postgres ? "json_build_object(" : "json_object(") + pairs + ")"; }
    // The elements of the array at `member` of the image bound to ?1, as rows of `value`.
    std::string each(const char* member) const {
        if (postgres) return std::string("json_array_elements(CAST(?1 AS json) -> '") + member + "')";
        return std::string("json_each(?1, '$.") + member + "')";
    }
    // Rows of `value` holding the strings of the array at `member` of the image bound to ?1.
    std::string each_text(const char* member) const {
        if (postgres) return std::string("json_array_elements_text(CAST(?1 AS json) -> '") + member + "')";
        return each(member);
    }
    // Element `index` of the array `value`, as `type`.
    std::string element(int index, const char* type) const {
        if (postgres) return "CAST(value ->> " + std::to_string(index) + " AS " + type + ")";
        return "json_extract(value, '$[" + std::to_string(index) + "]')";
    }
    // The text at `path` (member names) of the JSON `json`.
    std::string text_at(const std::string& json, std::initializer_list<const char*> path) const {
        std::string out;
        for (const char* member : path) out += postgres ? std::string(out.empty() ? "" : ",") + member : std::string(".") + member;
        if (postgres) return "(CAST(" + json + " AS json) #>> '{" + out + "}')";
        return "json_extract(" + json + ", '$" + out + "')";
    }
};

std::string citations_of(const Json& json, const char* owner) {
    return json.list(json.array("s.text_id, c.quote, c.start, c.\"end\", c.source"),
                     std::string("citations c JOIN sources s ON s.id = c.source WHERE c.") + owner +
                         " = ?1 ORDER BY s.text_id, c.quote, c.id");
}

// The table of ids merged into a fact of `kind` (an entity, event or source), and its key column.
std::pair<const char*, const char*> redirect_table(FactKind kind) {
    switch (kind) {
        case FactKind::entity: return {"entity_redirects", "entity"};
        case FactKind::event: return {"event_redirects", "event"};
        case FactKind::source: return {"source_redirects", "source"};
        case FactKind::relation:
        case FactKind::vocabulary: break;
    }
    return {nullptr, nullptr};
}

// The ids merged into the fact, and the editor's "not the same" judgements on it (graph/judgements.hpp):
// the other fact's text id, the reason and the other fact's key.
std::string resolution_parts(const Json& json, FactKind kind) {
    auto [table, column] = redirect_table(kind);
    std::string kind_name(fact_kind_name(kind));
    return ", 'redirects', " + json.list(json.quote("text_id"), std::string(table) + " WHERE " + column +
                                                                      " = ?1 ORDER BY text_id") +
           ", 'judgements', " +
           json.list(json.array("o.text_id, j.reason, o.id"),
                     "judgements j JOIN " + std::string(fact_table(kind)) +
                         " o ON o.id = CASE WHEN j.first = ?1 THEN j.second ELSE j.first END WHERE j.kind = '" +
                         kind_name + "' AND (j.first = ?1 OR j.second = ?1) ORDER BY o.text_id");
}

// The parts a fact of `kind` owns besides its row, as `'name', value` pairs for the JSON object.
std::string owned_parts(const Json& json, FactKind kind) {
    switch (kind) {
        case FactKind::source: return resolution_parts(json, kind);
        case FactKind::entity:
            return ", 'aliases', " +
                   json.list(json.array("alias, alias_key"), "aliases WHERE entity = ?1 ORDER BY alias") +
                   resolution_parts(json, kind) + ", 'citations', " + citations_of(json, "entity");
        case FactKind::event:
            return ", 'participants', " +
                   json.list(json.array("e.text_id, p.role, p.entity"),
                             "participants p JOIN entities e ON e.id = p.entity WHERE p.event = ?1"
                             " ORDER BY e.text_id, p.role") +
                   ", 'links', " +
                   json.list(json.array("l.type, t.text_id, l.target"),
                             "event_links l JOIN events t ON t.id = l.target WHERE l.event = ?1 ORDER BY l.type, t.text_id") +
                   resolution_parts(json, kind) + ", 'citations', " + citations_of(json, "event");
        case FactKind::relation:
            return ", 'from', (SELECT e.text_id FROM relations r JOIN entities e ON e.id = r.from_entity WHERE r.id = ?1)"
                   ", 'to', (SELECT e.text_id FROM relations r JOIN entities e ON e.id = r.to_entity WHERE r.id = ?1)"
                   ", 'context', (SELECT e.text_id FROM relations r JOIN entities e ON e.id = r.context WHERE r.id = ?1)"
                   ", 'citations', " + citations_of(json, "relation");
        case FactKind::vocabulary: break;
    }
    return "";
}

std::string row_object(sql::Connection& db, const Json& json, const char* table) {
    if (json.postgres) return std::string("(SELECT row_to_json(t) FROM ") + table + " t WHERE id = ?1)";
    std::string pairs;
    for (const auto& column : table_columns(db, table)) pairs += (pairs.empty() ? "'" : ", '") + column + "', \"" + column + "\"";
    return std::string("json((SELECT json_object(") + pairs + ") FROM " + table + " WHERE id = ?1))";
}

void exec_key(sql::Connection& db, const std::string& sql, std::int64_t key) {
    sql::Statement st(db, sql);
    st.bind(1, key);
    st.exec();
}

void exec_with(sql::Connection& db, const std::string& sql, const std::string& image, std::int64_t key) {
    sql::Statement st(db, sql);
    st.bind(1, image);
    st.bind(2, key);
    st.exec();
}

void restore_row(sql::Connection& db, const Json& json, const char* table, const std::string& image) {
    std::string names, values, updates;
    for (const auto& column : table_columns(db, table)) {
        const std::string quoted = "\"" + column + "\"";
        names += (names.empty() ? "" : ", ") + quoted;
        values += (values.empty() ? "" : ", ") + json.text_at("?1", {"row", column.c_str()});
        if (column != "id") updates += (updates.empty() ? "" : ", ") + quoted + " = excluded." + quoted;
    }
    // PostgreSQL types the row's values by the table's own columns.
    const std::string row = json.postgres ? std::string("SELECT * FROM json_populate_record(CAST(NULL AS ") + table +
                                                "), CAST(?1 AS json) -> 'row')"
                                          : "VALUES (" + values + ")";
    sql::Statement st(db, std::string("INSERT INTO ") + table + "(" + names + ") " + row +
                              " ON CONFLICT(id) DO UPDATE SET " + updates);
    st.bind(1, image);
    st.exec();
}

void restore_citations(sql::Connection& db, const Json& json, const char* owner, const std::string& image,
                       std::int64_t key) {
    exec_key(db, std::string("DELETE FROM citations WHERE ") + owner + " = ?", key);
    exec_with(db,
              std::string("INSERT INTO citations(source, ") + owner + ", quote, start, \"end\") SELECT " +
                  json.element(4, "BIGINT") + ", CAST(?2 AS BIGINT), " + json.element(1, "TEXT") + ", " +
                  json.element(2, "BIGINT") + ", " + json.element(3, "BIGINT") + " FROM " + json.each("citations"),
              image, key);
}

}  // namespace

const char* fact_table(FactKind kind) {
    static constexpr std::array<const char*, 5> kTables = {"sources", "entities", "events", "relations", "vocabulary"};
    return kTables[static_cast<std::size_t>(kind)];
}

std::string json_text_at(sql::Connection& db, const std::string& json, std::initializer_list<const char*> path) {
    return Json(db).text_at(json, path);
}

std::optional<std::string> fact_image(sql::Connection& db, FactKind kind, std::int64_t key) {
    FactImages::Statements statements;
    return statements.of(db, kind, key);
}

std::optional<std::string> fact_image(Store& store, FactKind kind, std::int64_t key) {
    return fact_image(sql_db(store), kind, key);
}

std::optional<std::string> FactImages::Statements::of(sql::Connection& db, FactKind kind, std::int64_t key) {
    auto& st = by_kind[static_cast<std::size_t>(kind)];
    if (!st) {
        const Json json(db);
        const std::string object = json.object("'row', " + row_object(db, json, fact_table(kind)) + owned_parts(json, kind));
        st = std::make_unique<sql::Statement>(db, "SELECT " + (json.postgres ? "CAST(" + object + " AS TEXT)" : object) +
                                                      " WHERE EXISTS (SELECT 1 FROM " + fact_table(kind) + " WHERE id = ?1)");
    }
    st->reset();
    st->bind(1, key);
    if (!st->executeStep()) return std::nullopt;
    return st->getColumn(0).getString();
}

FactImages::FactImages(Store& store) : store_(store), statements_(std::make_unique<Statements>()) {}

FactImages::~FactImages() = default;

std::optional<std::string> FactImages::of(FactKind kind, std::int64_t key) {
    return statements_->of(sql_db(store_), kind, key);
}

std::string fact_label(Store& store, FactKind kind, std::int64_t key) {
    sql::Connection& db = sql_db(store);
    std::string sql = kind == FactKind::relation
                          ? "SELECT f.text_id || ' ' || r.type || ' ' || t.text_id FROM relations r JOIN entities f"
                            " ON f.id = r.from_entity JOIN entities t ON t.id = r.to_entity WHERE r.id = ?"
                          : std::string("SELECT text_id FROM ") + fact_table(kind) + " WHERE id = ?";
    sql::Statement st(db, sql);
    st.bind(1, key);
    return st.executeStep() ? st.getColumn(0).getString() : std::string();
}

namespace {

// Puts back the ids merged into the fact and the judgements on it, as the image shows them. (A SELECT
// before SQLite's ON CONFLICT needs a WHERE, lest ON be read as a join's: hence "WHERE 1 = 1".)
void restore_resolution(sql::Connection& db, const Json& json, FactKind kind, const std::string& image, std::int64_t key) {
    auto [table, column] = redirect_table(kind);
    exec_key(db, std::string("DELETE FROM ") + table + " WHERE " + column + " = ?", key);
    exec_with(db, std::string("INSERT INTO ") + table + "(text_id, " + column + ") SELECT CAST(value AS TEXT), CAST(?2 AS BIGINT) FROM " +
                      json.each_text("redirects") + " WHERE 1 = 1 ON CONFLICT(text_id) DO UPDATE SET " + column + " = excluded." + column,
              image, key);
    const std::string kind_name(fact_kind_name(kind));
    sql::Statement clear(db, "DELETE FROM judgements WHERE kind = ? AND (first = ?2 OR second = ?2)");
    clear.bind(1, kind_name);
    clear.bind(2, key);
    clear.exec();
    const std::string other = json.element(2, "BIGINT");
    sql::Statement insert(db, "INSERT INTO judgements(kind, first, second, verdict, reason) SELECT CAST(?3 AS TEXT), "
                              "CASE WHEN ?2 < " + other + " THEN ?2 ELSE " + other + " END, CASE WHEN ?2 < " + other +
                              " THEN " + other + " ELSE ?2 END, 'not_same', " + json.element(1, "TEXT") + " FROM " +
                              json.each("judgements") +
                              " WHERE 1 = 1 ON CONFLICT(kind, first, second) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason");
    insert.bind(1, image);
    insert.bind(2, key);
    insert.bind(3, kind_name);
    insert.exec();
}

}  // namespace

void restore_fact(Store& store, FactKind kind, const std::string& image) {
    sql::Connection& db = sql_db(store);
    const Json json(db);
    restore_row(db, json, fact_table(kind), image);
    sql::Statement id(db, "SELECT " + json.text_at("?1", {"row", "id"}));
    id.bind(1, image);
    id.executeStep();
    const std::int64_t key = id.getColumn(0).getInt64();
    switch (kind) {
        case FactKind::source: restore_resolution(db, json, kind, image, key); break;
        case FactKind::entity:
            exec_key(db, "DELETE FROM aliases WHERE entity = ?", key);
            exec_with(db, "INSERT INTO aliases(entity, alias, alias_key) SELECT CAST(?2 AS BIGINT), " + json.element(0, "TEXT") +
                              ", " + json.element(1, "TEXT") + " FROM " + json.each("aliases"), image, key);
            restore_resolution(db, json, kind, image, key);
            restore_citations(db, json, "entity", image, key);
            break;
        case FactKind::event:
            exec_key(db, "DELETE FROM participants WHERE event = ?", key);
            exec_with(db, "INSERT INTO participants(event, entity, role) SELECT CAST(?2 AS BIGINT), " +
                              json.element(2, "BIGINT") + ", " + json.element(1, "TEXT") + " FROM " + json.each("participants"),
                      image, key);
            exec_key(db, "DELETE FROM event_links WHERE event = ?", key);
            exec_with(db, "INSERT INTO event_links(event, type, target) SELECT CAST(?2 AS BIGINT), " + json.element(0, "TEXT") +
                              ", " + json.element(2, "BIGINT") + " FROM " + json.each("links"), image, key);
            restore_resolution(db, json, kind, image, key);
            restore_citations(db, json, "event", image, key);
            break;
        case FactKind::relation: restore_citations(db, json, "relation", image, key); break;
        case FactKind::vocabulary: break;
    }
}

void remove_fact(Store& store, FactKind kind, std::int64_t key) {
    sql::Connection& db = sql_db(store);
    if (auto [table, column] = redirect_table(kind); table) {
        exec_key(db, std::string("DELETE FROM ") + table + " WHERE " + column + " = ?", key);
        sql::Statement judged(db, "DELETE FROM judgements WHERE kind = ? AND (first = ?2 OR second = ?2)");
        judged.bind(1, std::string(fact_kind_name(kind)));
        judged.bind(2, key);
        judged.exec();
    }
    exec_key(db, std::string("DELETE FROM ") + fact_table(kind) + " WHERE id = ?", key);
}

}  // namespace allegraph
