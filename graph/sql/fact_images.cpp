// Fact images (graph/fact_image.hpp) in SQL: each built by one statement from the schema's own columns.
#include "graph/sql/fact_images.hpp"

#include "graph/sql/engine.hpp"

#include <array>
#include <utility>
#include <vector>

namespace allegraph {
namespace {

std::vector<std::string> columns_of(sql::Connection& db, const char* table) {
    sql::Statement info(db, std::string("SELECT name FROM pragma_table_info('") + table + "') ORDER BY cid");
    std::vector<std::string> columns;
    while (info.executeStep()) columns.push_back(info.getColumn(0).getString());
    return columns;
}

// A JSON array, ordered, of `item` over `from` (SQL after FROM, with ?1 the fact's key).
std::string json_list(const std::string& item, const std::string& from) {
    return "json((SELECT json_group_array(json(x)) FROM (SELECT " + item + " AS x FROM " + from + ")))";
}

std::string citations_of(const char* owner) {
    return json_list("json_array(s.text_id, c.quote, c.start, c.\"end\", c.source)",
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
std::string resolution_parts(FactKind kind) {
    auto [table, column] = redirect_table(kind);
    std::string kind_name(fact_kind_name(kind));
    return ", 'redirects', " + json_list("json_quote(text_id)", std::string(table) + " WHERE " + column +
                                                                      " = ?1 ORDER BY text_id") +
           ", 'judgements', " +
           json_list("json_array(o.text_id, j.reason, o.id)",
                     "judgements j JOIN " + std::string(fact_table(kind)) +
                         " o ON o.id = CASE WHEN j.first = ?1 THEN j.second ELSE j.first END WHERE j.kind = '" +
                         kind_name + "' AND (j.first = ?1 OR j.second = ?1) ORDER BY o.text_id");
}

// The parts a fact of `kind` owns besides its row, as `'name', value` pairs for json_object.
std::string owned_parts(FactKind kind) {
    switch (kind) {
        case FactKind::source: return resolution_parts(kind);
        case FactKind::entity:
            return ", 'aliases', " +
                   json_list("json_array(alias, alias_key)", "aliases WHERE entity = ?1 ORDER BY alias") +
                   resolution_parts(kind) + ", 'citations', " + citations_of("entity");
        case FactKind::event:
            return ", 'participants', " +
                   json_list("json_array(e.text_id, p.role, p.entity)",
                             "participants p JOIN entities e ON e.id = p.entity WHERE p.event = ?1"
                             " ORDER BY e.text_id, p.role") +
                   ", 'links', " +
                   json_list("json_array(l.type, t.text_id, l.target)",
                             "event_links l JOIN events t ON t.id = l.target WHERE l.event = ?1 ORDER BY l.type, t.text_id") +
                   resolution_parts(kind) + ", 'citations', " + citations_of("event");
        case FactKind::relation:
            return ", 'from', (SELECT e.text_id FROM relations r JOIN entities e ON e.id = r.from_entity WHERE r.id = ?1)"
                   ", 'to', (SELECT e.text_id FROM relations r JOIN entities e ON e.id = r.to_entity WHERE r.id = ?1)"
                   ", 'context', (SELECT e.text_id FROM relations r JOIN entities e ON e.id = r.context WHERE r.id = ?1)"
                   ", 'citations', " + citations_of("relation");
        case FactKind::vocabulary: break;
    }
    return "";
}

std::string row_object(sql::Connection& db, const char* table) {
    std::string pairs;
    for (const auto& column : columns_of(db, table)) pairs += (pairs.empty() ? "'" : ", '") + column + "', " + column;
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

void restore_row(sql::Connection& db, const char* table, const std::string& image) {
    std::string names, values, updates;
    for (const auto& column : columns_of(db, table)) {
        names += (names.empty() ? "" : ", ") + column;
        values += (values.empty() ? "" : ", ") + ("json_extract(?1, '$.row." + column + "')");
        if (column != "id") updates += (updates.empty() ? "" : ", ") + column + " = excluded." + column;
    }
    sql::Statement st(db, std::string("INSERT INTO ") + table + "(" + names + ") VALUES (" + values +
                                 ") ON CONFLICT(id) DO UPDATE SET " + updates);
    st.bind(1, image);
    st.exec();
}

void restore_citations(sql::Connection& db, const char* owner, const std::string& image, std::int64_t key) {
    exec_key(db, std::string("DELETE FROM citations WHERE ") + owner + " = ?", key);
    exec_with(db,
              std::string("INSERT INTO citations(source, ") + owner + ", quote, start, \"end\") SELECT "
              "json_extract(value, '$[4]'), ?2, json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
              "json_extract(value, '$[3]') FROM json_each(?1, '$.citations')",
              image, key);
}

}  // namespace

const char* fact_table(FactKind kind) {
    static constexpr std::array<const char*, 5> kTables = {"sources", "entities", "events", "relations", "vocabulary"};
    return kTables[static_cast<std::size_t>(kind)];
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
    if (!st)
        st = std::make_unique<sql::Statement>(
            db, "SELECT json_object('row', " + row_object(db, fact_table(kind)) + owned_parts(kind) +
                    ") WHERE EXISTS (SELECT 1 FROM " + fact_table(kind) + " WHERE id = ?1)");
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

// Puts back the ids merged into the fact and the judgements on it, as the image shows them.
void restore_resolution(sql::Connection& db, FactKind kind, const std::string& image, std::int64_t key) {
    auto [table, column] = redirect_table(kind);
    exec_key(db, std::string("DELETE FROM ") + table + " WHERE " + column + " = ?", key);
    exec_with(db, std::string("INSERT OR REPLACE INTO ") + table + "(text_id, " + column + ") SELECT value, ?2 "
                  "FROM json_each(?1, '$.redirects')", image, key);
    const std::string kind_name(fact_kind_name(kind));
    sql::Statement clear(db, "DELETE FROM judgements WHERE kind = ? AND (first = ?2 OR second = ?2)");
    clear.bind(1, kind_name);
    clear.bind(2, key);
    clear.exec();
    sql::Statement insert(db, "INSERT OR REPLACE INTO judgements(kind, first, second, verdict, reason) SELECT ?3, "
                                 "min(?2, json_extract(value, '$[2]')), max(?2, json_extract(value, '$[2]')), 'not_same', "
                                 "json_extract(value, '$[1]') FROM json_each(?1, '$.judgements')");
    insert.bind(1, image);
    insert.bind(2, key);
    insert.bind(3, kind_name);
    insert.exec();
}

}  // namespace

void restore_fact(Store& store, FactKind kind, const std::string& image) {
    sql::Connection& db = sql_db(store);
    restore_row(db, fact_table(kind), image);
    sql::Statement id(db, "SELECT json_extract(?, '$.row.id')");
    id.bind(1, image);
    id.executeStep();
    const std::int64_t key = id.getColumn(0).getInt64();
    switch (kind) {
        case FactKind::source: restore_resolution(db, kind, image, key); break;
        case FactKind::entity:
            exec_key(db, "DELETE FROM aliases WHERE entity = ?", key);
            exec_with(db, "INSERT INTO aliases(entity, alias, alias_key) SELECT ?2, json_extract(value, '$[0]'), "
                          "json_extract(value, '$[1]') FROM json_each(?1, '$.aliases')", image, key);
            restore_resolution(db, kind, image, key);
            restore_citations(db, "entity", image, key);
            break;
        case FactKind::event:
            exec_key(db, "DELETE FROM participants WHERE event = ?", key);
            exec_with(db, "INSERT INTO participants(event, entity, role) SELECT ?2, json_extract(value, '$[2]'), "
                          "json_extract(value, '$[1]') FROM json_each(?1, '$.participants')", image, key);
            exec_key(db, "DELETE FROM event_links WHERE event = ?", key);
            exec_with(db, "INSERT INTO event_links(event, type, target) SELECT ?2, json_extract(value, '$[0]'), "
                          "json_extract(value, '$[2]') FROM json_each(?1, '$.links')", image, key);
            restore_resolution(db, kind, image, key);
            restore_citations(db, "event", image, key);
            break;
        case FactKind::relation: restore_citations(db, "relation", image, key); break;
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
