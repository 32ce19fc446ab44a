#include "cli/output_directory.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "cli/common.hpp"

namespace allegraph::cli {

OutputDirectory::OutputDirectory(const std::string& path, bool private_data)
    : path_(path), private_data_(private_data) {
    if (path_.empty() || path_ == "-") throw Failure{kUsage, "this export writes several files: give -o DIR"};
    if (::mkdir(path_.c_str(), private_data_ ? 0700 : 0777) != 0 && errno != EEXIST)
        throw Failure{kBadInput, "cannot create " + path_ + ": " + std::strerror(errno)};
    std::error_code error;
    if (!std::filesystem::is_directory(path_, error)) throw Failure{kBadInput, path_ + " is not a folder"};
}

std::ostream& OutputDirectory::file(const std::string& name) {
    auto& slot = files_[name];
    if (!slot) slot = std::make_unique<OutputFile>((std::filesystem::path(path_) / name).string(), private_data_);
    return slot->stream();
}

void OutputDirectory::commit() {
    for (auto& [name, output] : files_) output->commit();
}

}  // namespace allegraph::cli
