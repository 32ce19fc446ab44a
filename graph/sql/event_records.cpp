// Event records (graph/event_records.hpp): table `events`.
#include "graph/event_records.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {

std::optional<EventReview> event_review(Store& store, const std::string& id) {
    sql::Statement st(sql_db(store), "SELECT id, review FROM events WHERE text_id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return EventReview{st.getColumn(0).getInt64(), st.getColumn(1).getString()};
}

void set_event_review(Store& store, std::int64_t key, const std::string& state) {
    sql::Statement update(sql_db(store), "UPDATE events SET review = ? WHERE id = ?");
    update.bind(1, state);
    update.bind(2, key);
    update.exec();
}

EventKind event_kind(Store& store, std::int64_t key) {
    sql::Statement st(sql_db(store), "SELECT type, nature FROM events WHERE id = ?");
    st.bind(1, key);
    st.executeStep();
    return EventKind{st.getColumn(0).getString(), st.getColumn(1).getString()};
}

}  // namespace allegraph
