// Reading input files whole and fingerprinting them: importers use it for
// source texts (stored with their SHA-256) and for documents to parse.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/result.hpp"

namespace allegraph {

// The bytes of the file at `path`, or an error naming it.
Result<std::string> read_file(const std::string& path);

// The SHA-256 of `bytes` as 64 lowercase hex digits (OpenSSL).
std::string sha256_hex(std::string_view bytes);

// The SHA-256 of the file at `path`, read in blocks.
Result<std::string> file_sha256_hex(const std::string& path);

// Where a data file's `text_file` may be read: a relative path, resolved beside `data_file`, whose real
// location (symlinks followed) lies under the data file's folder or one of `roots`. A stranger's file
// must not pull /etc/passwd or a device into the store. Returns the path to read, or why it may not be.
struct TextFileLocation {
    std::string path;          // resolved beside the data file
    bool allowed = false;      // false: outside every allowed folder; `path` is not to be read
};
Result<TextFileLocation> locate_text_file(const std::string& data_file, const std::string& text_file,
                                          const std::vector<std::string>& roots);

// The bytes of the regular file at `path`, refused if it is larger than `max_bytes`.
Result<std::string> read_regular_file(const std::string& path, std::uintmax_t max_bytes);

}  // namespace allegraph
