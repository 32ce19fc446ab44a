// How edit, retract and merge report what they did: the change as the history shows it.
#pragma once

#include "cli/common.hpp"
#include "graph/corrections.hpp"

namespace allegraph::cli {

// Prints the correction's change (or that nothing changed) and returns the exit code; throws
// Failure(kBadInput) with the correction's error, its field said as the command's option.
int report_correction(const GlobalOptions& global, Store& store, const std::string& verb,
                      const Result<CorrectionReport>& done, FieldOptions options = {});

}  // namespace allegraph::cli
