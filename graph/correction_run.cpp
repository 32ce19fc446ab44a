#include "graph/correction_run.hpp"

#include "graph/store_error.hpp"
#include "graph/write_session.hpp"

namespace allegraph {

Result<CorrectionReport> run_correction(Store& store, std::string_view command, const std::string& reason,
                                        const CorrectionBody& body) {
    auto session = WriteSession::begin(store, std::string(command), reason, WriteSession::Reason::required,
                                        WriteSession::Unchanged::roll_back);
    if (!session) return session.error();
    WriteSession& write = *session.value();
    try {
        auto fact = body(write.store(), write.recorder());
        if (!fact) return fact.error();
        auto change = write.commit();
        if (!change) return change.error();
        return CorrectionReport{change.value(), fact.value(), write.changed()};
    } catch (const std::exception& e) {
        if (auto failure = store_failure(e)) return Error{"database error: " + *failure};
        throw;
    }
}

}  // namespace allegraph
