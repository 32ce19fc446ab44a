// retract_source (graph/corrections.hpp): a source is kept but marked retracted; support
// flags follow (graph/support.hpp).
#include "graph/correction_run.hpp"
#include "graph/source_records.hpp"
#include "graph/text.hpp"

namespace allegraph {

Result<CorrectionReport> retract_source(Store& store, const std::string& source_id, const std::string& reason) {
    return run_correction(store, "retract", reason, [&](Store& store, ChangeRecorder& recorder) -> Result<std::string> {
        auto source = source_state(store, source_id);
        if (!source) return Error{"no source has the id " + in_quotes(source_id)};
        if (source->retracted) return Error{source_id + " was already retracted on " + *source->retracted};
        recorder.before_change(FactKind::source, source->key);
        mark_retracted(store, source->key, reason);
        return source_id;
    });
}

}  // namespace allegraph
