#include "queries/event_loader.hpp"

#include <unordered_map>
#include <unordered_set>

namespace allegraph {
namespace {

constexpr const char* kCitationColumns =
    "s.text_id, s.title, s.publisher, s.url, s.published, c.quote, c.start, c.end, s.retracted IS NOT NULL,"
    " (SELECT o.text_id FROM sources o WHERE o.id = s.syndicated_from)";

}  // namespace

std::optional<Date> stored_date(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    auto parsed = parse_date(column.getString());
    if (!parsed) return std::nullopt;
    return parsed.value();
}

std::string word_list(const std::vector<std::string>& words) {
    std::string out = "[";
    for (std::size_t i = 0; i < words.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (char c : words[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "]";
}

std::string key_list(const std::vector<std::int64_t>& keys) {
    std::string out = "[";
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(keys[i]);
    }
    return out + "]";
}

std::string published_by_condition(const QueryScope& scope) {
    std::string out = scope.include_unsupported ? "" : " AND s.retracted IS NULL";
    if (scope.as_of) out += " AND s.published_hi <= " + std::to_string(scope.as_of->hi);
    return out;
}

std::string review_condition(const QueryScope& scope, const std::string& alias) {
    std::string out = alias + (scope.include_unreviewed ? ".review IN ('reviewed', 'unreviewed')" : ".review = 'reviewed'");
    return scope.include_unsupported ? out : out + " AND " + alias + ".unsupported = 0";
}

std::string relation_condition(const QueryScope& scope, const std::string& alias) {
    return scope.include_unsupported ? "1" : alias + ".unsupported = 0";
}

CitationRow read_citation(SQLite::Statement& st, int first, const Privacy& privacy) {
    CitationRow row;
    row.source = st.getColumn(first).getString();
    row.title = privacy.scrub(st.getColumn(first + 1).getString());
    row.publisher = privacy.scrub(st.getColumn(first + 2).getString());
    row.url = privacy.scrub(st.getColumn(first + 3).getString());
    row.published = stored_date(st.getColumn(first + 4));
    const std::string quote = st.getColumn(first + 5).getString();
    row.quote = privacy.scrub(quote);
    // The offsets of a redacted quote would tell the length of what was hidden: only a quote shown whole has them.
    if (row.quote == quote && !st.getColumn(first + 6).isNull()) row.start = st.getColumn(first + 6).getInt64();
    if (row.quote == quote && !st.getColumn(first + 7).isNull()) row.end = st.getColumn(first + 7).getInt64();
    row.retracted = st.getColumn(first + 8).getInt() != 0;
    if (!st.getColumn(first + 9).isNull()) row.syndicated_from = st.getColumn(first + 9).getString();
    return row;
}

std::vector<CitationRow> citations_for(SQLite::Database& db, const char* owner_column, std::int64_t key,
                                       const QueryScope& scope, const Privacy& privacy) {
    SQLite::Statement st(db, std::string("SELECT ") + kCitationColumns +
                                 " FROM citations c JOIN sources s ON s.id = c.source WHERE c." + owner_column +
                                 " = ?" + published_by_condition(scope) +
                                 " ORDER BY s.published_lo, s.text_id, c.start, c.id");
    st.bind(1, key);
    std::vector<CitationRow> out;
    while (st.executeStep()) out.push_back(read_citation(st, 0, privacy));
    return out;
}

namespace {

// --as-of D: clears the summaries (of the events and of the events they link to) that cite a
// source published after D or on an unknown day.
void withhold_later_summaries(SQLite::Database& db, std::vector<EventRow>& rows, const Date& as_of) {
    std::vector<std::int64_t> keys;
    for (const auto& row : rows) {
        keys.push_back(row.key);
        for (const auto& link : row.links) keys.push_back(link.key);
    }
    SQLite::Statement later(db, R"(SELECT DISTINCT c.event FROM citations c JOIN sources s ON s.id = c.source
        WHERE c.event IN (SELECT value FROM json_each(?)) AND (s.published_hi IS NULL OR s.published_hi > ?))");
    later.bind(1, key_list(keys));
    later.bind(2, static_cast<std::int64_t>(as_of.hi));
    std::unordered_set<std::int64_t> withheld;
    while (later.executeStep()) withheld.insert(later.getColumn(0).getInt64());
    for (auto& row : rows) {
        if (withheld.count(row.key) && !row.summary.empty()) {
            row.summary.clear();
            row.summary_withheld = true;
        }
        for (auto& link : row.links)
            if (withheld.count(link.key)) link.summary.clear();
    }
}

}  // namespace

std::vector<EventRow> load_events(SQLite::Database& db, const std::vector<std::int64_t>& keys,
                                  const QueryScope& scope, const Privacy& privacy) {
    std::vector<EventRow> rows(keys.size());
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < keys.size(); ++i) index[keys[i]] = i;
    const std::string list = key_list(keys);

    SQLite::Statement events(db, R"(SELECT id, text_id, type, category, date, status, due, negated, nature, summary,
        review, unsupported FROM events WHERE id IN (SELECT value FROM json_each(?)))");
    events.bind(1, list);
    while (events.executeStep()) {
        EventRow& row = rows[index.at(events.getColumn(0).getInt64())];
        row.key = events.getColumn(0).getInt64();
        row.id = events.getColumn(1).getString();
        row.type = events.getColumn(2).getString();
        row.category = events.getColumn(3).getString();
        row.date = stored_date(events.getColumn(4)).value_or(Date{});
        row.status = events.getColumn(5).getString();
        row.due = stored_date(events.getColumn(6));
        row.negated = events.getColumn(7).getInt() != 0;
        row.nature = events.getColumn(8).getString();
        row.summary = privacy.scrub(events.getColumn(9).getString());
        row.unreviewed = events.getColumn(10).getString() == "unreviewed";
        row.unsupported = events.getColumn(11).getInt() != 0;
    }

    SQLite::Statement participants(db, R"(SELECT p.event, e.id, e.text_id, e.name, e.kind, e.public, p.role
        FROM participants p JOIN entities e ON e.id = p.entity
        WHERE p.event IN (SELECT value FROM json_each(?))
        ORDER BY p.event, instr('actor,initiator,accuser,investigator,publisher,accused,subject,object,participant',
                                p.role), e.name)");
    participants.bind(1, list);
    while (participants.executeStep()) {
        auto& row = rows[index.at(participants.getColumn(0).getInt64())];
        row.participants.push_back(
            {privacy.entity(participants.getColumn(1).getInt64(), participants.getColumn(2).getString(),
                            participants.getColumn(3).getString(), participants.getColumn(4).getString(),
                            participants.getColumn(5).getInt() != 0),
             participants.getColumn(6).getString()});
    }

    SQLite::Statement citations(db, std::string("SELECT c.event, ") + kCitationColumns +
                                        " FROM citations c JOIN sources s ON s.id = c.source"
                                        " WHERE c.event IN (SELECT value FROM json_each(?))" +
                                        published_by_condition(scope) +
                                        " ORDER BY c.event, s.published_lo, s.text_id, c.start, c.id");
    citations.bind(1, list);
    while (citations.executeStep())
        rows[index.at(citations.getColumn(0).getInt64())].citations.push_back(read_citation(citations, 1, privacy));

    std::string linked = review_condition(scope);  // the other event, in scope and published by --as-of
    if (scope.as_of)
        linked += " AND EXISTS (SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c.event = e.id" +
                  published_by_condition(scope) + ")";
    SQLite::Statement links(db, R"(SELECT l.event, l.type, e.text_id, 0, e.type, e.summary, e.date, e.id FROM event_links l
            JOIN events e ON e.id = l.target WHERE l.event IN (SELECT value FROM json_each(?1)) AND )" + linked + R"(
        UNION ALL
        SELECT l.target, l.type, e.text_id, 1, e.type, e.summary, e.date, e.id FROM event_links l
            JOIN events e ON e.id = l.event WHERE l.target IN (SELECT value FROM json_each(?1)) AND )" + linked +
                                    " ORDER BY 1, 4, 2, 3");
    links.bind(1, list);
    while (links.executeStep())
        rows[index.at(links.getColumn(0).getInt64())].links.push_back(
            {links.getColumn(1).getString(), links.getColumn(2).getString(), links.getColumn(3).getInt() != 0,
             links.getColumn(4).getString(), privacy.scrub(links.getColumn(5).getString()),
             stored_date(links.getColumn(6)).value_or(Date{}), links.getColumn(7).getInt64(), {}});
    for (auto& row : rows)
        for (auto& link : row.links)
            if (link.incoming && link.type == "responds_to" && (link.event_type == "denial" || link.event_type == "apology"))
                link.citations = citations_for(db, "event", link.key, scope, privacy);
    if (scope.as_of) withhold_later_summaries(db, rows, *scope.as_of);
    return rows;
}

}  // namespace allegraph
