// OutputDirectory: where a many-file export goes (export neo4j -o DIR). The folder is created
// when missing (0700 when the files may hold private persons); each file is an OutputFile
// (0600 when they may), written beside its final name and renamed into place only when the
// whole export succeeded.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>

#include "cli/output_file.hpp"

namespace allegraph::cli {

class OutputDirectory {
public:
    // Opens (creating it if missing) the folder `path`; throws Failure(kUsage) for an empty path,
    // Failure(kBadInput) when it cannot be made or is not a folder.
    OutputDirectory(const std::string& path, bool private_data);

    // The stream of file `name` in the folder, opened on first use.
    std::ostream& file(const std::string& name);

    // Moves every file into place; throws Failure(kBadInput) on a write error.
    void commit();

private:
    std::string path_;
    bool private_data_;
    std::map<std::string, std::unique_ptr<OutputFile>> files_;
};

}  // namespace allegraph::cli
