#include "graph/write_session.hpp"

#include "graph/store_error.hpp"
#include "graph/text.hpp"

namespace allegraph {

std::string free_text_problem(std::string_view text, std::size_t max_bytes) {
    if (!is_valid_utf8(text)) return "invalid UTF-8";
    if (text.size() > max_bytes) return "too long (more than " + std::to_string(max_bytes) + " bytes)";
    return std::string(character_problem(text, true));
}

WriteSession::WriteSession(Store& store, std::string command, std::string reason, Unchanged unchanged,
                           bool see_private)
    : store_(store),
      transaction_(store),
      writer_(store, see_private),
      command_(std::move(command)),
      reason_(std::move(reason)),
      unchanged_(unchanged) {}

Result<std::unique_ptr<WriteSession>> WriteSession::begin(Store& store, std::string command, std::string reason,
                                                          Reason rule, Unchanged unchanged, bool see_private) {
    if (rule == Reason::required && reason.find_first_not_of(" \t\n") == std::string::npos)
        return field_error("reason", "say why; the history keeps it with the change");
    if (auto problem = free_text_problem(reason, 4096); !problem.empty()) return field_error("reason", problem);
    try {
        return std::unique_ptr<WriteSession>(new WriteSession(store, std::move(command), std::move(reason), unchanged, see_private));
    } catch (const std::exception& e) {
        if (auto failure = store_failure(e)) return Error{"database error: " + *failure};
        throw;
    }
}

Result<std::int64_t> WriteSession::commit() {
    try {
        writer_.finish();
        std::int64_t change = recorder().commit(command_, files_, reason_);
        changed_ = changed_facts(store_, change);
        if (changed_.empty() && unchanged_ == Unchanged::roll_back) return std::int64_t{0};  // rolls back
        transaction_.commit();
        return change;
    } catch (const std::exception& e) {
        if (auto failure = store_failure(e)) return Error{"database error: " + *failure};
        throw;
    }
}

}  // namespace allegraph
