// Temporary files removed when SIGINT, SIGTERM or SIGHUP ends the process: an interrupted
// `-o` export must not leave a partial copy of the data (private persons included) beside
// the file asked for. The signal then ends the process as it would have without us.
#pragma once

#include <string>

namespace allegraph::cli {

// Removes `path` if one of those signals arrives before forget_on_signal(path). Holds a few paths.
void remove_on_signal(const std::string& path);

// No longer removes `path` on a signal.
void forget_on_signal(const std::string& path);

}  // namespace allegraph::cli
