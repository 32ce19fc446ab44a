// attach_candidate (graph/candidate_review.hpp): a candidate that repeats an event on record lends it
// its citations and is retired.
#include "graph/candidate_review.hpp"
#include "graph/sqlite/engine.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

// The key of the reviewed event `id`, or an error saying why it cannot take a candidate's citations.
Result<std::int64_t> event_on_record(SQLite::Database& db, const std::string& id) {
    SQLite::Statement st(db, "SELECT id, review FROM events WHERE text_id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return Error{"--attach: no event has the id " + in_quotes(id)};
    const std::string state = st.getColumn(1).getString();
    if (state == "unreviewed")
        return Error{"--attach: " + id + " is an unreviewed candidate too; attach to an event on record"};
    if (state != "reviewed") return Error{"--attach: " + id + " is " + state + "; attach to an event on record"};
    return st.getColumn(0).getInt64();
}

}  // namespace

Result<void> attach_candidate(Store& store, ChangeRecorder& recorder, const std::string& candidate,
                              const std::string& event) {
    SQLite::Database& db = sqlite_db(store);
    auto from = unreviewed_candidate(store, candidate);
    if (!from) return Error{"--attach: " + from.error().message};
    auto to = event_on_record(db, event);
    if (!to) return to.error();
    recorder.before_change(FactKind::event, *from);
    recorder.before_change(FactKind::event, *to);
    SQLite::Statement copy(db, R"(INSERT INTO citations(source, event, quote, start, end)
        SELECT source, ?1, quote, start, end FROM citations c WHERE event = ?2 AND NOT EXISTS
            (SELECT 1 FROM citations d WHERE d.event = ?1 AND d.source = c.source AND d.quote = c.quote))");
    copy.bind(1, *to);
    copy.bind(2, *from);
    copy.exec();
    SQLite::Statement retire(db, "UPDATE events SET review = 'rejected' WHERE id = ?");
    retire.bind(1, *from);
    retire.exec();
    return {};
}

}  // namespace allegraph
