#include "graph/correction_run.hpp"

#include "graph/graph_index.hpp"
#include "graph/support.hpp"
#include "graph/text.hpp"

namespace allegraph {

std::string free_text_problem(std::string_view text, std::size_t max_bytes) {
    if (!is_valid_utf8(text)) return "invalid UTF-8";
    if (text.size() > max_bytes) return "too long (more than " + std::to_string(max_bytes) + " bytes)";
    return std::string(character_problem(text, true));
}

Result<CorrectionReport> run_correction(Store& store, std::string_view command, const std::string& reason,
                                        const CorrectionBody& body) {
    if (reason.find_first_not_of(" \t\n") == std::string::npos)
        return Error{"--reason: say why; the history keeps it with the change"};
    if (auto problem = free_text_problem(reason, 4096); !problem.empty()) return Error{"--reason: " + problem};
    SQLite::Database& db = store.db();
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        ChangeRecorder recorder(db);
        auto fact = body(db, recorder);
        if (!fact) return fact.error();
        refresh_support(db, recorder);
        refresh_graph_index(db);
        CorrectionReport report;
        report.fact = fact.value();
        std::int64_t change = recorder.commit(command, {}, reason);
        SQLite::Statement changed(db, "SELECT kind || ' ' || fact FROM change_facts WHERE change = ? ORDER BY kind, fact");
        changed.bind(1, change);
        while (changed.executeStep()) report.changed.push_back(changed.getColumn(0).getString());
        if (report.changed.empty()) return report;  // rolled back: nothing to log
        report.change = change;
        transaction.commit();
        return report;
    } catch (const SQLite::Exception& e) {
        return Error{"database error: " + std::string(e.what())};
    }
}

}  // namespace allegraph
