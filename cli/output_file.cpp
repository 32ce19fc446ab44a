#include "cli/output_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/common.hpp"

namespace allegraph::cli {

OutputFile::OutputFile(const std::string& path) : path_(path == "-" ? "" : path) {
    if (path_.empty()) return;
    temporary_ = path_ + ".part-" + std::to_string(::getpid());
    file_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!file_) throw Failure{kBadInput, "cannot write " + path_ + ": " + std::strerror(errno)};
}

OutputFile::~OutputFile() {
    if (!path_.empty() && !committed_) std::remove(temporary_.c_str());
}

std::ostream& OutputFile::stream() { return path_.empty() ? std::cout : file_; }

void OutputFile::commit() {
    stream().flush();
    if (!stream()) throw Failure{kBadInput, "cannot write " + (path_.empty() ? "standard output" : path_)};
    if (path_.empty()) return;
    file_.close();
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0)
        throw Failure{kBadInput, "cannot write " + path_ + ": " + std::strerror(errno)};
    committed_ = true;
}

}  // namespace allegraph::cli
