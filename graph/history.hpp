// The change history: an append-only log (tables `changes` and `change_facts`, kept
// append-only by triggers) of every command that changed the store — imports, edits,
// retractions, merges, review decisions — with when, which files (and their SHA-256),
// the reason given, and each fact added, changed or removed with its image from before
// (graph/fact_image.hpp). A ChangeRecorder collects one command's changes inside its
// transaction; roll_back_to() uses the log to put a copy of the store back as it stood.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/fact_image.hpp"
#include "graph/result.hpp"

namespace allegraph {

// A file a command read, as the log records it.
struct FileStamp {
    std::string path;
    std::string sha256;
};

// The current UTC time as the log writes it: 2017-10-20T12:00:00.000Z.
std::string utc_now(Store& store);

// Collects what one command changes. Writers call before_change() before touching a fact
// that may predate the command; commit() writes the log, in the same transaction. Facts the
// command inserted need no call: surrogate keys only grow, so they are the keys above the
// largest one at the start (a merge deletes, but inserts nothing).
class ChangeRecorder {
public:
    explicit ChangeRecorder(Store& store);

    // Remembers the fact's image, unless this command added it or already remembered it.
    void before_change(FactKind kind, std::int64_t key);

    // Whether this command added the fact.
    bool is_added(FactKind kind, std::int64_t key) const;

    // Logs the command: one `changes` row, and one `change_facts` row per fact added, removed,
    // or changed (an image that differs from before). Returns the change's id.
    std::int64_t commit(std::string_view command, const std::vector<FileStamp>& files, std::string_view reason);

private:
    Store& store_;
    FactImages images_;
    std::map<FactKind, std::int64_t> largest_key_;                // at the start
    std::set<std::pair<FactKind, std::int64_t>> remembered_;      // images are in temp.change_before
};

// The facts logged change `change` touched, as "KIND ID", by kind, then id.
std::vector<std::string> changed_facts(Store& store, std::int64_t change);

// A timestamp argument ("2017-10-20", "2017-10-20T12:00:00Z") as the log's text, for
// comparison with `changes.at`: a date means the end of that day, UTC.
Result<std::string> history_moment(std::string_view text);

// Undoes, newest first, every logged change made after `moment` (from history_moment), so
// that the store is as it stood then. Meant for a private copy of the store; fails when the
// log does not reach back to `moment`.
Result<void> roll_back_to(Store& store, const std::string& moment);

}  // namespace allegraph
