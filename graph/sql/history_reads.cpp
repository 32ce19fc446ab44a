#include "graph/history_reads.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {
namespace {

constexpr const char* kChangeColumns = "c.id, c.at, c.command, c.files, c.reason";

LoggedChange read_change(sql::Statement& st) {
    LoggedChange change;
    change.id = st.getColumn(0).getInt64();
    change.at = st.getColumn(1).getString();
    change.command = st.getColumn(2).getString();
    change.files = st.getColumn(3).getString();
    change.reason = st.getColumn(4).getString();
    return change;
}

}  // namespace

std::vector<LoggedChange> logged_changes(Store& store, std::optional<std::int64_t> only, bool with_facts) {
    sql::Connection& db = sql_db(store);
    sql::Statement changes(db, std::string("SELECT ") + kChangeColumns + " FROM changes c WHERE " +
                                      (only ? "c.id = ?" : "1 = 1") + " ORDER BY c.id");
    if (only) changes.bind(1, *only);
    sql::Statement counts(db, "SELECT action, count(*) FROM change_facts WHERE change = ? GROUP BY action");
    sql::Statement facts(db, "SELECT kind, fact, action, key FROM change_facts WHERE change = ? ORDER BY kind, fact");
    std::vector<LoggedChange> out;
    while (changes.executeStep()) {
        LoggedChange change = read_change(changes);
        counts.reset();
        counts.bind(1, change.id);
        while (counts.executeStep()) {
            std::string action = counts.getColumn(0).getString();
            auto n = static_cast<std::size_t>(counts.getColumn(1).getInt64());
            (action == "added" ? change.added : action == "changed" ? change.changed : change.removed) = n;
        }
        if (with_facts) {
            facts.reset();
            facts.bind(1, change.id);
            while (facts.executeStep())
                change.facts.push_back({facts.getColumn(0).getString(), facts.getColumn(1).getString(),
                                        facts.getColumn(2).getString(), facts.getColumn(3).getInt64(), std::nullopt});
        }
        out.push_back(std::move(change));
    }
    return out;
}

std::vector<LoggedFactChange> fact_changes(Store& store, const std::string& id, const std::optional<FactRef>& live) {
    sql::Statement st(sql_db(store), std::string("SELECT ") + kChangeColumns + R"(,
            f.kind, f.fact, f.action, f.key, f.before
        FROM change_facts f JOIN changes c ON c.id = f.change
        WHERE f.fact = ?1 OR (f.kind = ?2 AND f.key = ?3) ORDER BY c.id, f.kind)");
    st.bind(1, id);
    st.bind(2, live ? std::string(fact_kind_name(live->kind)) : std::string());
    st.bind(3, live ? live->key : 0);
    std::vector<LoggedFactChange> out;
    while (st.executeStep()) {
        LoggedFactChange row{read_change(st), {}};
        row.fact.kind = st.getColumn(5).getString();
        row.fact.fact = st.getColumn(6).getString();
        row.fact.action = st.getColumn(7).getString();
        row.fact.key = st.getColumn(8).getInt64();
        if (!st.getColumn(9).isNull()) row.fact.before = st.getColumn(9).getString();
        out.push_back(std::move(row));
    }
    return out;
}

bool logs_entity_id(Store& store, const std::string& id) {
    sql::Statement logged(sql_db(store), "SELECT 1 FROM change_facts WHERE kind = 'entity' AND fact = ?");
    logged.bind(1, id);
    return logged.executeStep();
}

std::optional<std::string> image_after(Store& store, FactKind kind, std::int64_t key, std::int64_t change) {
    sql::Connection& db = sql_db(store);
    sql::Statement next(db, "SELECT before FROM change_facts WHERE kind = ? AND key = ? AND change > ?"
                               " ORDER BY change LIMIT 1");
    next.bind(1, std::string(fact_kind_name(kind)));
    next.bind(2, key);
    next.bind(3, change);
    if (next.executeStep()) {
        if (next.getColumn(0).isNull()) return std::nullopt;
        return next.getColumn(0).getString();
    }
    return fact_image(store, kind, key);
}

std::int64_t entity_key_named(Store& store, const std::string& text_id) {
    sql::Statement st(sql_db(store), "SELECT id FROM entities WHERE text_id = ?1"
                                           " UNION ALL SELECT entity FROM entity_redirects WHERE text_id = ?1");
    st.bind(1, text_id);
    return st.executeStep() ? st.getColumn(0).getInt64() : 0;
}

bool entity_is_public(Store& store, std::int64_t key, const std::string& text_id) {
    sql::Statement st(sql_db(store), "SELECT public FROM entities WHERE id = ?1 UNION ALL SELECT e.public"
                                           " FROM entity_redirects r JOIN entities e ON e.id = r.entity"
                                           " WHERE r.text_id = ?2");
    st.bind(1, key);
    st.bind(2, text_id);
    return st.executeStep() && st.getColumn(0).getInt() != 0;
}

}  // namespace allegraph
