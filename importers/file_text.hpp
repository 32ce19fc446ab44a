// Reading input files whole and fingerprinting them: importers use it for
// source texts (stored with their SHA-256) and for documents to parse.
#pragma once

#include <string>
#include <string_view>

#include "graph/result.hpp"

namespace allegraph {

// The bytes of the file at `path`, or an error naming it.
Result<std::string> read_file(const std::string& path);

// The SHA-256 of `bytes` as 64 lowercase hex digits (OpenSSL).
std::string sha256_hex(std::string_view bytes);

// `path` resolved against the directory of `base_file` unless it is absolute.
std::string resolve_beside(const std::string& base_file, const std::string& path);

}  // namespace allegraph
