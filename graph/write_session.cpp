#include "graph/sqlite/engine.hpp"
#include "graph/write_session.hpp"

#include "graph/graph_index.hpp"
#include "graph/support.hpp"
#include "graph/text.hpp"

namespace allegraph {

std::string free_text_problem(std::string_view text, std::size_t max_bytes) {
    if (!is_valid_utf8(text)) return "invalid UTF-8";
    if (text.size() > max_bytes) return "too long (more than " + std::to_string(max_bytes) + " bytes)";
    return std::string(character_problem(text, true));
}

WriteSession::WriteSession(Store& store, std::string command, std::string reason, Unchanged unchanged,
                           bool see_private)
    : db_(sqlite_db(store)),
      transaction_(db_, SQLite::TransactionBehavior::IMMEDIATE),
      writer_(db_, see_private),
      command_(std::move(command)),
      reason_(std::move(reason)),
      unchanged_(unchanged) {}

Result<std::unique_ptr<WriteSession>> WriteSession::begin(Store& store, std::string command, std::string reason,
                                                          Reason rule, Unchanged unchanged, bool see_private) {
    if (rule == Reason::required && reason.find_first_not_of(" \t\n") == std::string::npos)
        return Error{"--reason: say why; the history keeps it with the change"};
    if (auto problem = free_text_problem(reason, 4096); !problem.empty()) return Error{"--reason: " + problem};
    try {
        return std::unique_ptr<WriteSession>(new WriteSession(store, std::move(command), std::move(reason), unchanged, see_private));
    } catch (const SQLite::Exception& e) {
        return Error{"database error: " + std::string(e.what())};
    }
}

Result<std::int64_t> WriteSession::commit() {
    try {
        writer_.finish();
        std::int64_t change = recorder().commit(command_, files_, reason_);
        SQLite::Statement changed(db_, "SELECT kind || ' ' || fact FROM change_facts WHERE change = ? ORDER BY kind, fact");
        changed.bind(1, change);
        while (changed.executeStep()) changed_.push_back(changed.getColumn(0).getString());
        if (changed_.empty() && unchanged_ == Unchanged::roll_back) return std::int64_t{0};  // rolls back
        transaction_.commit();
        return change;
    } catch (const SQLite::Exception& e) {
        return Error{"database error: " + std::string(e.what())};
    }
}

}  // namespace allegraph
