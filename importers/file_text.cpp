#include "importers/file_text.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

namespace allegraph {

Result<std::string> read_file(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) return Error{path + ": is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot open: " + std::strerror(errno)};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return Error{path + ": read error"};
    return bytes.str();
}

namespace {

std::string hex(const unsigned char* digest, unsigned int length) {
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 15];
    }
    return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
    return hex(digest, length);
}

Result<std::string> file_sha256_hex(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot open: " + std::strerror(errno)};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
    std::vector<char> block(1 << 16);
    while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0)
        EVP_DigestUpdate(context.get(), block.data(), static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return Error{path + ": read error"};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return hex(digest, length);
}

namespace {

// Whether `path` equals `folder` or lies under it; both already canonical.
bool is_under(const std::filesystem::path& path, const std::filesystem::path& folder) {
    auto [f, p] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return f == folder.end() || (std::next(f) == folder.end() && f->empty());
}

// Closes a descriptor on every way out.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// Where the opened file `fd` really is: the kernel's name for it, confirmed to be the same file.
std::optional<std::filesystem::path> real_location(int fd, const struct stat& opened) {
    std::error_code error;
    auto real = std::filesystem::read_symlink("/proc/self/fd/" + std::to_string(fd), error);
    struct stat found {};
    if (error || ::stat(real.c_str(), &found) != 0 || found.st_dev != opened.st_dev || found.st_ino != opened.st_ino)
        return std::nullopt;
    return real;
}

bool allowed_location(const std::filesystem::path& real, const std::string& beside,
                      const std::vector<std::string>& roots) {
    std::vector<std::string> folders = roots;
    folders.push_back(beside.empty() ? "." : beside);
    for (const auto& folder : folders) {
        std::error_code error;
        auto real_folder = std::filesystem::weakly_canonical(folder, error);
        if (!error && is_under(real, real_folder)) return true;
    }
    return false;
}

Result<std::string> read_all(int fd, const std::string& path, std::uintmax_t size) {
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t got = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return Error{path + ": read error: " + std::strerror(errno)};
        if (got == 0) break;
        done += static_cast<std::size_t>(got);
    }
    bytes.resize(done);
    return bytes;
}

}  // namespace

Result<TextFile> read_text_file(const std::string& data_file, const std::string& text_file,
                                const std::vector<std::string>& roots, std::uintmax_t max_bytes) {
    namespace fs = std::filesystem;
    fs::path relative(text_file);
    if (relative.is_absolute() || relative.has_root_name())
        return Error{"must be a path relative to the data file, not " + text_file};
    const std::string beside = fs::path(data_file).parent_path().string();
    TextFile file{(fs::path(beside) / relative).lexically_normal().string(), TextFile::State::missing, {}};
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below as not regular.
    Descriptor opened{::open(file.path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)};
    if (opened.fd < 0 && errno == ENOENT) return file;
    if (opened.fd < 0) return Error{file.path + ": cannot open: " + std::strerror(errno)};
    struct stat info {};
    if (::fstat(opened.fd, &info) != 0) return Error{file.path + ": cannot open: " + std::strerror(errno)};
    if (!S_ISREG(info.st_mode)) return Error{file.path + ": is not a regular file"};
    auto real = real_location(opened.fd, info);
    if (!real || !allowed_location(*real, beside, roots)) {
        file.state = TextFile::State::outside;
        return file;
    }
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes)
        return Error{file.path + ": larger than " + std::to_string(max_bytes >> 20) + " MiB"};
    auto bytes = read_all(opened.fd, file.path, static_cast<std::uintmax_t>(info.st_size));
    if (!bytes) return bytes.error();
    file.bytes = std::move(bytes).value();
    file.state = TextFile::State::read;
    return file;
}

}  // namespace allegraph
