// refresh_support (graph/support.hpp) in SQL.
#include "graph/support.hpp"

#include <string>
#include <vector>

#include "graph/sql/engine.hpp"

namespace allegraph {
namespace {

struct Owner {
    FactKind kind;
    const char* table;
    const char* column;  // in citations
};

std::vector<std::int64_t> flipped(sql::Connection& db, const Owner& owner) {
    const std::string cites = std::string("SELECT 1 FROM citations c WHERE c.") + owner.column + " = f.id";
    sql::Statement st(db, std::string("SELECT f.id FROM ") + owner.table + " f WHERE (f.unsupported = 1) <> (EXISTS (" +
                                 cites + ") AND NOT EXISTS (" + cites +
                                 " AND c.source NOT IN (SELECT id FROM sources WHERE retracted IS NOT NULL)))");
    std::vector<std::int64_t> keys;
    while (st.executeStep()) keys.push_back(st.getColumn(0).getInt64());
    return keys;
}

}  // namespace

void refresh_support(Store& store, ChangeRecorder& recorder) {
    sql::Connection& db = sql_db(store);
    bool any = db.execAndGet(R"(SELECT EXISTS (SELECT 1 FROM sources WHERE retracted IS NOT NULL)
        OR EXISTS (SELECT 1 FROM events WHERE unsupported = 1) OR EXISTS (SELECT 1 FROM relations WHERE unsupported = 1)
        OR EXISTS (SELECT 1 FROM entities WHERE unsupported = 1))")
                   .getInt() != 0;
    if (!any) return;
    for (const Owner& owner : {Owner{FactKind::entity, "entities", "entity"}, Owner{FactKind::event, "events", "event"},
                               Owner{FactKind::relation, "relations", "relation"}}) {
        sql::Statement flip(db, std::string("UPDATE ") + owner.table + " SET unsupported = 1 - unsupported WHERE id = ?");
        for (std::int64_t key : flipped(db, owner)) {
            recorder.before_change(owner.kind, key);
            flip.reset();
            flip.bind(1, key);
            flip.exec();
        }
    }
}

}  // namespace allegraph
