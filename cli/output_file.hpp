// OutputFile: where an export goes — standard output, or the file asked for. A new file or a
// regular one is written to a temporary created exclusively beside it (a random name, never
// through a link planted there) and renamed into place only when complete, so a failed
// export never leaves a half-written file under the name asked for. Anything else — a
// device, a FIFO, a link, standard output's own file — is written through in place, never
// replaced. Every write is checked: a full disk is an error, not a truncated file.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "cli/fd_stream.hpp"

namespace allegraph::cli {

class OutputFile {
public:
    // Opens `path` for writing ("" or "-" for standard output); a file that may hold private
    // persons (`private_data`) is created with mode 0600. Throws Failure(kBadInput) when it cannot.
    OutputFile(const std::string& path, bool private_data);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    std::ostream& stream();

    // Flushes and moves the file into place; throws Failure(kBadInput) on any write error.
    void commit();

private:
    void open_temporary(bool private_data);
    void open_in_place(bool private_data);

    std::string path_, temporary_;
    std::unique_ptr<FdStream> file_;  // null: standard output
    bool committed_ = false;
};

// Flushes standard output; throws Failure(kBadInput) when anything written to it was lost.
void check_standard_output();

}  // namespace allegraph::cli
