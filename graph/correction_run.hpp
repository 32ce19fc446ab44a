// The frame every correction (graph/corrections.hpp) runs in: a write session
// (graph/write_session.hpp) that requires a reason, the correction's body, and the report.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "graph/corrections.hpp"
#include "graph/history.hpp"
#include "graph/write_session.hpp"

namespace allegraph {

// What a correction's body does: changes the store (telling `recorder` before each fact it
// touches) and returns the name of the fact it was asked about, or an error.
using CorrectionBody = std::function<Result<std::string>(Store& store, ChangeRecorder& recorder)>;

// Runs `body` as the command `command`. A correction that changes nothing is not logged (change 0).
Result<CorrectionReport> run_correction(Store& store, std::string_view command, const std::string& reason,
                                        const CorrectionBody& body);

}  // namespace allegraph
