// WriteSession: the one way a command changes the store. Import, the corrections (edit,
// merge, retract, judgements) and review decisions all run in a session: it checks the
// reason, opens the transaction, offers the writer and the change recorder, and at commit
// brings the support flags and the adjacency index up to date and logs the change with its
// reason and files. A session destroyed before commit() rolls everything back.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/history.hpp"
#include "graph/result.hpp"
#include "graph/store.hpp"
#include "graph/transaction.hpp"
#include "graph/writer.hpp"

namespace allegraph {

class WriteSession {
public:
    // Whether the command must say why (corrections) or may (review decisions, imports).
    enum class Reason { required, optional };
    // What commit() does with a change that touched no fact: roll it back (a correction that
    // corrects nothing is not history) or log it (an import or a decision happened, whatever it changed).
    enum class Unchanged { roll_back, log };

    // Checks `reason` against the rule (free text: valid UTF-8, no control characters, at
    // most 4 KB) and opens the transaction; fails on a bad reason or a store that is busy.
    // `see_private`: the writer finds private entities by id and name.
    static Result<std::unique_ptr<WriteSession>> begin(Store& store, std::string command, std::string reason,
                                                       Reason rule, Unchanged unchanged, bool see_private = true);

    Store& store() { return store_; }
    GraphWriter& writer() { return writer_; }
    ChangeRecorder& recorder() { return writer_.recorder(); }

    // A file the change read, for the history.
    void add_file(FileStamp file) { files_.push_back(std::move(file)); }

    // Refreshes support flags and the index, logs the change and commits; returns the
    // change's id, or 0 when a change that touched no fact was rolled back (Unchanged::roll_back).
    Result<std::int64_t> commit();

    // The facts the committed change touched, as "KIND ID" (empty before commit).
    const std::vector<std::string>& changed() const { return changed_; }

private:
    WriteSession(Store& store, std::string command, std::string reason, Unchanged unchanged, bool see_private);

    Store& store_;
    StoreTransaction transaction_;
    GraphWriter writer_;
    std::string command_, reason_;
    Unchanged unchanged_;
    std::vector<FileStamp> files_;
    std::vector<std::string> changed_;
};

// Whether `text` is fit to store as free text: valid UTF-8, no control characters but line breaks
// and tabs, no noncharacters, at most `max_bytes`; the problem in words, or empty.
std::string free_text_problem(std::string_view text, std::size_t max_bytes);

}  // namespace allegraph
