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

// A data file's `text_file`: a relative path, resolved beside `data_file`, read only when the file
// opened is a regular file whose real location (symlinks followed) lies under the data file's
// folder or one of `roots`. The check is made on the file descriptor that is then read, so a file
// swapped for a link meanwhile is never read: a stranger's file must not pull /etc/passwd or a
// device into the store.
struct TextFile {
    enum class State { read, outside, missing };
    std::string path;   // resolved beside the data file
    State state = State::missing;
    std::string bytes;  // the text, when read
};
Result<TextFile> read_text_file(const std::string& data_file, const std::string& text_file,
                                const std::vector<std::string>& roots, std::uintmax_t max_bytes);

}  // namespace allegraph
