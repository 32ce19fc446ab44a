// OutputFile: where an export goes — stdout, or a file written beside its final
// path and renamed into place only when complete, so a failed export never
// leaves a half-written file under the name asked for.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace allegraph::cli {

class OutputFile {
public:
    // Opens `path` for writing ("" or "-" for stdout); throws Failure(kBadInput) when it cannot.
    explicit OutputFile(const std::string& path);
    ~OutputFile();

    std::ostream& stream();

    // Flushes and moves the file into place; throws Failure(kBadInput) on a write error.
    void commit();

private:
    std::string path_, temporary_;
    std::ofstream file_;
    bool committed_ = false;
};

}  // namespace allegraph::cli
