#include "graph/dedupe_reads.hpp"

#include "graph/sql/engine.hpp"

namespace allegraph {
namespace {

std::vector<std::pair<std::int64_t, std::int64_t>> key_pairs(Store& store, const char* sql) {
    sql::Statement st(sql_db(store), sql);
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    while (st.executeStep()) out.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
    return out;
}

}  // namespace

std::vector<std::pair<std::int64_t, std::int64_t>> participations(Store& store) {
    return key_pairs(store, "SELECT p.event, p.entity FROM participants p JOIN events e ON e.id = p.event"
                            " WHERE e.review <> 'rejected'");
}

std::vector<std::pair<std::int64_t, std::int64_t>> relation_ends(Store& store) {
    return key_pairs(store, "SELECT from_entity, to_entity FROM relations");
}

std::vector<DedupeEvent> dedupe_events(Store& store, bool with_unreviewed) {
    sql::Statement st(sql_db(store),
                         "SELECT id, text_id, type, status, review, negated, date_lo, date_hi, date, summary FROM events"
                         " WHERE review = 'reviewed' OR (?1 AND review = 'unreviewed')");
    st.bind(1, with_unreviewed ? 1 : 0);
    std::vector<DedupeEvent> out;
    while (st.executeStep()) {
        DedupeEvent row;
        row.statement.key = st.getColumn(0).getInt64();
        row.statement.id = st.getColumn(1).getString();
        row.statement.type = st.getColumn(2).getString();
        row.statement.status = st.getColumn(3).getString();
        row.statement.review = st.getColumn(4).getString();
        row.statement.negated = st.getColumn(5).getInt() != 0;
        row.statement.date_lo = st.getColumn(6).getInt64();
        row.statement.date_hi = st.getColumn(7).getInt64();
        row.date = st.getColumn(8).getString();
        row.summary = st.getColumn(9).getString();
        out.push_back(std::move(row));
    }
    return out;
}

void for_each_participation(Store& store, const std::function<void(const Participation&)>& visit) {
    sql::Statement p(sql_db(store),
                        "SELECT p.event, p.entity, p.role, e.text_id, e.name, e.kind, e.public FROM participants p"
                        " JOIN entities e ON e.id = p.entity");
    while (p.executeStep())
        visit({p.getColumn(0).getInt64(), p.getColumn(1).getInt64(), p.getColumn(2).getString(),
               p.getColumn(3).getString(), p.getColumn(4).getString(), p.getColumn(5).getString(),
               p.getColumn(6).getInt() != 0});
}

std::vector<std::pair<std::int64_t, std::string>> event_outlets(Store& store) {
    sql::Statement c(sql_db(store),
                        "SELECT DISTINCT c.event, coalesce(nullif(s.publisher, ''), s.title) FROM citations c"
                        " JOIN sources s ON s.id = c.source WHERE c.event IS NOT NULL");
    std::vector<std::pair<std::int64_t, std::string>> out;
    while (c.executeStep()) out.emplace_back(c.getColumn(0).getInt64(), c.getColumn(1).getString());
    return out;
}

std::vector<SourceIdentity> source_identities(Store& store) {
    sql::Statement st(sql_db(store),
                         "SELECT id, text_id, title, publisher, url, coalesce(published, '') FROM sources");
    std::vector<SourceIdentity> rows;
    while (st.executeStep())
        rows.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                        st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString()});
    return rows;
}

}  // namespace allegraph
