// merge_events and merge_sources (graph/merge_records.hpp).
#include "graph/merge_records.hpp"

#include <optional>
#include <vector>

#include "graph/correction_run.hpp"
#include "graph/sqlite/engine.hpp"
#include "graph/sqlite/key_statements.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

struct Row {
    std::int64_t key = 0;
    std::string id, type, text_sha;
    bool negated = false;
};

std::optional<Row> event_row(SQLite::Database& db, const std::string& id) {
    SQLite::Statement st(db, "SELECT id, text_id, type, negated FROM events WHERE text_id = ?1"
                             " OR id = (SELECT event FROM event_redirects WHERE text_id = ?1)");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return Row{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(), "",
               st.getColumn(3).getInt() != 0};
}

std::optional<Row> source_row(SQLite::Database& db, const std::string& id) {
    SQLite::Statement st(db, "SELECT id, text_id, coalesce(sha256, '') FROM sources WHERE text_id = ?1"
                             " OR id = (SELECT source FROM source_redirects WHERE text_id = ?1)");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return Row{st.getColumn(0).getInt64(), st.getColumn(1).getString(), "", st.getColumn(2).getString(), false};
}

void redirect(SQLite::Database& db, const char* table, const std::string& id, std::int64_t keep) {
    SQLite::Statement st(db, std::string("INSERT INTO ") + table + " VALUES (?, ?)");
    st.bind(1, id);
    st.bind(2, keep);
    st.exec();
}

// Both rows, or why not; `what` is "event" or "source".
template <class Find>
Result<std::pair<Row, Row>> both(SQLite::Database& db, Find find, const char* what, const std::string& keep_id,
                                 const std::string& gone_id) {
    auto keep = find(db, keep_id);
    if (!keep) return Error{std::string("no ") + what + " has the id " + in_quotes(keep_id)};
    auto gone = find(db, gone_id);
    if (!gone) return Error{std::string("no ") + what + " has the id " + in_quotes(gone_id)};
    if (gone->id != gone_id) return Error{gone_id + " was already merged into " + gone->id};
    if (keep->key == gone->key) return Error{std::string("a ") + what + " cannot be merged with itself"};
    return std::pair{*keep, *gone};
}

}  // namespace

Result<CorrectionReport> merge_events(Store& store, const std::string& keep_id, const std::string& gone_id,
                                      const std::string& reason) {
    return run_correction(store, "merge", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        SQLite::Database& db = sqlite_db(store);
        auto rows = both(db, event_row, "event", keep_id, gone_id);
        if (!rows) return rows.error();
        const auto& [keep, gone] = rows.value();
        if (keep.type != gone.type || keep.negated != gone.negated)
            return Error{"cannot merge " + gone.id + " (" + (gone.negated ? "no " : "") + gone.type + ") into " + keep.id +
                         " (" + (keep.negated ? "no " : "") + keep.type + "): not one fact"};
        recorder.before_change(FactKind::event, keep.key);
        recorder.before_change(FactKind::event, gone.key);
        for (auto other : keys_for(db, "SELECT event FROM event_links WHERE target = ?1", gone.key))
            recorder.before_change(FactKind::event, other);
        exec_with_keys(db, "INSERT OR IGNORE INTO participants(event, entity, role) SELECT ?1, entity, role FROM participants"
                 " WHERE event = ?2", keep.key, gone.key);
        exec_with_keys(db, R"(INSERT INTO citations(source, event, quote, start, end)
            SELECT source, ?1, quote, start, end FROM citations c WHERE event = ?2 AND NOT EXISTS
                (SELECT 1 FROM citations d WHERE d.event = ?1 AND d.source = c.source AND d.quote = c.quote))",
             keep.key, gone.key);
        exec_with_keys(db, "INSERT OR IGNORE INTO event_links(event, type, target) SELECT ?1, type, target FROM event_links"
                 " WHERE event = ?2 AND target <> ?1", keep.key, gone.key);
        exec_with_keys(db, "INSERT OR IGNORE INTO event_links(event, type, target) SELECT event, type, ?1 FROM event_links"
                 " WHERE target = ?2 AND event <> ?1", keep.key, gone.key);
        exec_with_keys(db, "UPDATE event_redirects SET event = ?1 WHERE event = ?2", keep.key, gone.key);
        remove_fact(store, FactKind::event, gone.key);
        redirect(db, "event_redirects(text_id, event)", gone.id, keep.key);
        return keep.id;
    });
}

Result<CorrectionReport> merge_sources(Store& store, const std::string& keep_id, const std::string& gone_id,
                                       const std::string& reason) {
    return run_correction(store, "merge", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        SQLite::Database& db = sqlite_db(store);
        auto rows = both(db, source_row, "source", keep_id, gone_id);
        if (!rows) return rows.error();
        const auto& [keep, gone] = rows.value();
        if (!gone.text_sha.empty() && gone.text_sha != keep.text_sha)
            return Error{gone.id + " holds a text and " + keep.id + (keep.text_sha.empty() ? " holds none" : " another") +
                         (keep.text_sha.empty() ? ": keep the one with the text (merge " + gone.id + " " + keep.id + ")"
                                                : ": they are not one document")};
        recorder.before_change(FactKind::source, keep.key);
        recorder.before_change(FactKind::source, gone.key);
        const std::pair<FactKind, const char*> citing[] = {
            {FactKind::entity, "SELECT DISTINCT entity FROM citations WHERE source = ?1 AND entity IS NOT NULL"},
            {FactKind::event, "SELECT DISTINCT event FROM citations WHERE source = ?1 AND event IS NOT NULL"},
            {FactKind::relation, "SELECT DISTINCT relation FROM citations WHERE source = ?1 AND relation IS NOT NULL"}};
        for (const auto& [kind, sql] : citing)
            for (auto fact : keys_for(db, sql, gone.key)) recorder.before_change(kind, fact);
        for (auto other : keys_for(db, "SELECT id FROM sources WHERE syndicated_from = ?1", gone.key))
            recorder.before_change(FactKind::source, other);
        exec_with_keys(db, "UPDATE OR IGNORE citations SET source = ?1 WHERE source = ?2", keep.key, gone.key);
        exec_with_keys(db, "DELETE FROM citations WHERE source = ?2 AND ?1 IS NOT NULL", keep.key, gone.key);  // held twice
        exec_with_keys(db, "UPDATE sources SET syndicated_from = ?1 WHERE syndicated_from = ?2 AND id <> ?1", keep.key, gone.key);
        exec_with_keys(db, "UPDATE sources SET syndicated_from = NULL WHERE id = ?1 AND syndicated_from = ?2", keep.key, gone.key);
        exec_with_keys(db, "UPDATE source_redirects SET source = ?1 WHERE source = ?2", keep.key, gone.key);
        remove_fact(store, FactKind::source, gone.key);
        redirect(db, "source_redirects(text_id, source)", gone.id, keep.key);
        return keep.id;
    });
}

}  // namespace allegraph
