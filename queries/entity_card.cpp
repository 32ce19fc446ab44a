#include "queries/entity_card.hpp"

#include "queries/event_loader.hpp"
#include "queries/timeline.hpp"

namespace allegraph {

std::vector<RelationRow> relations_of(SQLite::Database& db, std::int64_t key, const QueryScope& scope,
                                      const Privacy& privacy) {
    SQLite::Statement st(db, std::string(R"(SELECT r.id, r.type, o.id, o.text_id, o.name, o.kind, o.public, r.from_entity = ?1,
            r.date, x.id, x.text_id, x.name, x.kind, x.public
        FROM relations r
        JOIN entities o ON o.id = CASE WHEN r.from_entity = ?1 THEN r.to_entity ELSE r.from_entity END
        LEFT JOIN entities x ON x.id = r.context
        WHERE (r.from_entity = ?1 OR r.to_entity = ?1) AND )") + relation_condition(scope) + R"(
        ORDER BY r.type, o.name)");
    st.bind(1, static_cast<std::int64_t>(key));
    std::vector<RelationRow> out;
    while (st.executeStep()) {
        RelationRow row;
        row.type = st.getColumn(1).getString();
        row.other = privacy.entity(st.getColumn(2).getInt64(), st.getColumn(3).getString(), st.getColumn(4).getString(),
                                   st.getColumn(5).getString(), st.getColumn(6).getInt() != 0);
        row.outgoing = st.getColumn(7).getInt() != 0;
        if (!st.getColumn(8).isNull())
            if (auto date = parse_date(st.getColumn(8).getString())) row.date = date.value();
        if (!st.getColumn(9).isNull())
            row.context = privacy.entity(st.getColumn(9).getInt64(), st.getColumn(10).getString(),
                                         st.getColumn(11).getString(), st.getColumn(12).getString(),
                                         st.getColumn(13).getInt() != 0);
        row.citations = citations_for(db, "relation", st.getColumn(0).getInt64(), scope, privacy);
        if (scope.as_of && row.citations.empty()) continue;
        out.push_back(std::move(row));
    }
    return out;
}

EntityCard entity_card(SQLite::Database& db, const EntityRef& entity, const QueryScope& scope,
                       const Privacy& privacy) {
    EntityCard card;
    card.entity = entity;
    SQLite::Statement st(db, "SELECT category, description, size, needs_review, unsupported FROM entities WHERE id = ?");
    st.bind(1, static_cast<std::int64_t>(entity.key));
    if (st.executeStep()) {
        card.category = st.getColumn(0).getString();
        card.description = privacy.scrub(st.getColumn(1).getString());
        card.size = st.getColumn(2).getString();
        card.needs_review = st.getColumn(3).getInt() != 0;
        card.unsupported = st.getColumn(4).getInt() != 0;
    }
    if (!entity.redacted) {
        SQLite::Statement aliases(db, "SELECT alias FROM aliases WHERE entity = ? ORDER BY alias");
        aliases.bind(1, static_cast<std::int64_t>(entity.key));
        while (aliases.executeStep()) card.aliases.push_back(aliases.getColumn(0).getString());
    }
    card.citations = citations_for(db, "entity", entity.key, scope, privacy);
    card.relations = relations_of(db, entity.key, scope, privacy);
    TimelineFilter filter;
    filter.entity = entity.key;
    card.events = timeline(db, filter, scope, privacy);
    return card;
}

}  // namespace allegraph
