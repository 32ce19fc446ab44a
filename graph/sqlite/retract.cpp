// retract_source (graph/corrections.hpp): a source is kept but marked retracted; support
// flags follow (graph/support.hpp).
#include "graph/correction_run.hpp"
#include "graph/sqlite/engine.hpp"
#include "graph/text.hpp"

namespace allegraph {

Result<CorrectionReport> retract_source(Store& store, const std::string& source_id, const std::string& reason) {
    return run_correction(store, "retract", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        SQLite::Database& db = sqlite_db(store);
        SQLite::Statement source(db, "SELECT id, retracted FROM sources WHERE text_id = ?");
        source.bind(1, source_id);
        if (!source.executeStep()) return Error{"no source has the id " + in_quotes(source_id)};
        if (!source.getColumn(1).isNull())
            return Error{source_id + " was already retracted on " + source.getColumn(1).getString()};
        const std::int64_t key = source.getColumn(0).getInt64();
        recorder.before_change(FactKind::source, key);
        SQLite::Statement retract(db, "UPDATE sources SET retracted = ?, retraction_reason = ? WHERE id = ?");
        retract.bind(1, utc_now(store));
        retract.bind(2, reason);
        retract.bind(3, key);
        retract.exec();
        return source_id;
    });
}

}  // namespace allegraph
