// Participant records (graph/participant_records.hpp): table `participants`.
#include "graph/participant_records.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {
namespace {

// Runs `sql` with ?1 the event, ?2 the entity and ?3 the `extra` value if any (a role or another entity).
template <class... Extra>
void exec(Store& store, const char* sql, std::int64_t event, std::int64_t entity, const Extra&... extra) {
    sql::Statement st(sql_db(store), sql);
    st.bind(1, event);
    st.bind(2, entity);
    (st.bind(3, extra), ...);
    st.exec();
}

}  // namespace

std::vector<std::string> participant_roles(Store& store, std::int64_t event, std::int64_t entity) {
    sql::Statement st(sql_db(store), "SELECT role FROM participants WHERE event = ? AND entity = ? ORDER BY role");
    st.bind(1, event);
    st.bind(2, entity);
    std::vector<std::string> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getString());
    return out;
}

std::int64_t participant_count(Store& store, std::int64_t event) {
    sql::Statement left(sql_db(store), "SELECT count(*) FROM participants WHERE event = ?");
    left.bind(1, event);
    left.executeStep();
    return left.getColumn(0).getInt64();
}

void add_participant(Store& store, std::int64_t event, std::int64_t entity, const std::string& role) {
    exec(store, "INSERT INTO participants(event, entity, role) VALUES (?1, ?2, ?3)", event, entity, role);
}

void remove_participant(Store& store, std::int64_t event, std::int64_t entity, const std::string& role) {
    exec(store, "DELETE FROM participants WHERE event = ?1 AND entity = ?2 AND ?3 IN ('', role)", event, entity, role);
}

void set_participant_role(Store& store, std::int64_t event, std::int64_t entity, const std::string& role) {
    exec(store, "UPDATE participants SET role = ?3 WHERE event = ?1 AND entity = ?2", event, entity, role);
}

void replace_participant(Store& store, std::int64_t event, std::int64_t entity, std::int64_t other) {
    exec(store, "UPDATE participants SET entity = ?3 WHERE event = ?1 AND entity = ?2 AND NOT EXISTS (SELECT 1 FROM"
                " participants q WHERE q.event = ?1 AND q.entity = ?3 AND q.role = participants.role)", event, entity, other);
    exec(store, "DELETE FROM participants WHERE event = ?1 AND entity = ?2", event, entity);
}

}  // namespace allegraph
