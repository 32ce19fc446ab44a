// Source records (graph/source_records.hpp): table `sources`.
#include "graph/source_records.hpp"

#include "graph/history.hpp"
#include "graph/sqlite/engine.hpp"

namespace allegraph {

std::optional<SourceState> source_state(Store& store, const std::string& id) {
    SQLite::Statement st(sqlite_db(store), "SELECT id, body, retracted FROM sources WHERE text_id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    SourceState state{st.getColumn(0).getInt64(), std::nullopt, std::nullopt};
    if (!st.getColumn(1).isNull()) state.text = st.getColumn(1).getString();
    if (!st.getColumn(2).isNull()) state.retracted = st.getColumn(2).getString();
    return state;
}

void mark_retracted(Store& store, std::int64_t key, const std::string& reason) {
    SQLite::Statement retract(sqlite_db(store), "UPDATE sources SET retracted = ?, retraction_reason = ? WHERE id = ?");
    retract.bind(1, utc_now(store));
    retract.bind(2, reason);
    retract.bind(3, key);
    retract.exec();
}

}  // namespace allegraph
