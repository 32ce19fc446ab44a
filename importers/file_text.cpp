#include "importers/file_text.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>
#include <sstream>

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

}  // namespace

Result<TextFileLocation> locate_text_file(const std::string& data_file, const std::string& text_file,
                                          const std::vector<std::string>& roots) {
    namespace fs = std::filesystem;
    fs::path relative(text_file);
    if (relative.is_absolute() || relative.has_root_name())
        return Error{"must be a path relative to the data file, not " + text_file};
    fs::path beside = fs::path(data_file).parent_path();
    TextFileLocation location{(beside / relative).lexically_normal().string(), false};
    std::error_code error;
    fs::path real = fs::weakly_canonical(location.path, error);
    if (error) return Error{"cannot resolve " + location.path + ": " + error.message()};
    std::vector<std::string> folders = roots;
    folders.push_back(beside.empty() ? "." : beside.string());
    for (const auto& folder : folders) {
        fs::path real_folder = fs::weakly_canonical(folder, error);
        if (!error && is_under(real, real_folder)) location.allowed = true;
    }
    return location;
}

Result<std::string> read_regular_file(const std::string& path, std::uintmax_t max_bytes) {
    std::error_code error;
    auto status = std::filesystem::status(path, error);
    if (error) return Error{path + ": cannot open: " + error.message()};
    if (!std::filesystem::is_regular_file(status)) return Error{path + ": is not a regular file"};
    if (std::filesystem::file_size(path, error) > max_bytes)
        return Error{path + ": larger than " + std::to_string(max_bytes >> 20) + " MiB"};
    return read_file(path);
}

}  // namespace allegraph
