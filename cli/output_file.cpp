#include "cli/output_file.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/common.hpp"
#include "cli/signal_cleanup.hpp"

namespace allegraph::cli {
namespace {

[[noreturn]] void fail(const std::string& path, int error) {
    throw Failure{kBadInput, "cannot write " + path + ": " + std::strerror(error)};
}

std::string random_suffix() {
    unsigned char bytes[8];
    if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes))
        throw Failure{kBadInput, std::string("cannot draw a temporary name: ") + std::strerror(errno)};
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
    return out;
}

bool is_standard_output(const struct stat& target) {
    struct stat out {};
    return ::fstat(STDOUT_FILENO, &out) == 0 && out.st_dev == target.st_dev && out.st_ino == target.st_ino;
}

}  // namespace

void check_standard_output() {
    std::cout.flush();
    if (std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout)) return;
    int error = errno ? errno : EIO;
    std::clearerr(stdout);
    std::cout.clear();
    throw Failure{kBadInput, std::string("cannot write standard output: ") + std::strerror(error)};
}

OutputFile::OutputFile(const std::string& path, bool private_data) : path_(path == "-" ? "" : path) {
    if (path_.empty()) return;
    struct stat link {}, target {};
    if (::lstat(path_.c_str(), &link) != 0) {
        if (errno != ENOENT) fail(path_, errno);
        open_temporary(private_data);
    } else if (S_ISREG(link.st_mode) || (S_ISLNK(link.st_mode) && ::stat(path_.c_str(), &target) != 0)) {
        open_temporary(private_data);  // a regular file, or a link to nothing: replaced whole
    } else if (S_ISDIR(link.st_mode) || (::stat(path_.c_str(), &target) == 0 && S_ISDIR(target.st_mode))) {
        throw Failure{kBadInput, "cannot write " + path_ + ": is a directory"};
    } else if (::stat(path_.c_str(), &target) == 0 && is_standard_output(target)) {
        path_.clear();
    } else {
        open_in_place(private_data);
    }
}

void OutputFile::open_temporary(bool private_data) {
    std::filesystem::path target(path_);
    std::string folder = target.parent_path().string();
    std::string prefix = (folder.empty() ? "" : folder + "/") + "." + target.filename().string() + ".part-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = prefix + random_suffix();
        int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, private_data ? 0600 : 0666);
        if (fd < 0 && errno == EEXIST) continue;
        if (fd < 0) fail(path_, errno);
        temporary_ = name;
        remove_on_signal(temporary_);
        file_ = std::make_unique<FdStream>(fd);
        return;
    }
    fail(path_, EEXIST);
}

void OutputFile::open_in_place(bool private_data) {
    int fd = ::open(path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) fail(path_, errno);
    struct stat opened {};
    if (::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode)) {  // a link to a regular file
        if (::ftruncate(fd, 0) != 0 || (private_data && ::fchmod(fd, 0600) != 0)) {
            int error = errno;
            ::close(fd);
            fail(path_, error);
        }
    }
    file_ = std::make_unique<FdStream>(fd);
}

OutputFile::~OutputFile() {
    if (temporary_.empty() || committed_) return;
    file_.reset();
    ::unlink(temporary_.c_str());
    forget_on_signal(temporary_);
}

std::ostream& OutputFile::stream() { return file_ ? static_cast<std::ostream&>(*file_) : std::cout; }

void OutputFile::commit() {
    if (!file_) return check_standard_output();
    if (int error = file_->close(); error != 0) fail(path_, error);
    if (!temporary_.empty() && std::rename(temporary_.c_str(), path_.c_str()) != 0) fail(path_, errno);
    committed_ = true;
    forget_on_signal(temporary_);
}

}  // namespace allegraph::cli
