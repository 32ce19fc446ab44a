// Source records (graph/source_records.hpp): table `sources`.
#include "graph/source_records.hpp"

#include "graph/history.hpp"
#include "graph/sql/engine.hpp"

namespace allegraph {

std::optional<SourceState> source_state(Store& store, const std::string& id) {
    sql::Statement st(sql_db(store), "SELECT id, body, retracted FROM sources WHERE text_id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    SourceState state{st.getColumn(0).getInt64(), std::nullopt, std::nullopt};
    if (!st.getColumn(1).isNull()) state.text = st.getColumn(1).getString();
    if (!st.getColumn(2).isNull()) state.retracted = st.getColumn(2).getString();
    return state;
}

std::vector<std::string> quotes_cited_from(Store& store, std::int64_t key) {
    sql::Statement quotes(sql_db(store), "SELECT quote FROM citations WHERE source = ?");
    quotes.bind(1, key);
    std::vector<std::string> out;
    while (quotes.executeStep()) out.push_back(quotes.getColumn(0).getString());
    return out;
}

bool republishes(Store& store, std::int64_t original, const std::string& id) {
    sql::Statement chain(sql_db(store), R"(WITH RECURSIVE up(id, n) AS (SELECT CAST(?1 AS BIGINT), 0 UNION ALL
        SELECT s.syndicated_from, n + 1 FROM sources s JOIN up ON s.id = up.id WHERE s.syndicated_from IS NOT NULL AND n < 1000)
        SELECT 1 FROM up JOIN sources s ON s.id = up.id WHERE s.text_id = ?2)");
    chain.bind(1, original);
    chain.bind(2, id);
    return chain.executeStep();
}

void mark_retracted(Store& store, std::int64_t key, const std::string& reason) {
    sql::Statement retract(sql_db(store), "UPDATE sources SET retracted = ?, retraction_reason = ? WHERE id = ?");
    retract.bind(1, utc_now(store));
    retract.bind(2, reason);
    retract.bind(3, key);
    retract.exec();
}

}  // namespace allegraph
