// The frame every correction (graph/corrections.hpp) runs in: check the reason, open the
// transaction, let the correction change the store, bring support flags and the adjacency
// index up to date, and log the change with its reason, or roll back.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "graph/corrections.hpp"
#include "graph/history.hpp"

namespace allegraph {

// What a correction's body does: changes the store (telling `recorder` before each fact it
// touches) and returns the name of the fact it was asked about, or an error.
using CorrectionBody = std::function<Result<std::string>(SQLite::Database& db, ChangeRecorder& recorder)>;

// Runs `body` as the command `command`. A correction that changes nothing is not logged (change 0).
Result<CorrectionReport> run_correction(Store& store, std::string_view command, const std::string& reason,
                                        const CorrectionBody& body);

// Whether `text` is fit to store as free text: valid UTF-8, no control characters but line breaks
// and tabs, no noncharacters, at most `max_bytes`; the problem in words, or empty.
std::string free_text_problem(std::string_view text, std::size_t max_bytes);

}  // namespace allegraph
