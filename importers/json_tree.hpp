// JsonTree: a JSON value parsed by RapidJSON's SAX reader into a small tree that
// remembers where each value starts in the input, so that importers can report
// `line:column` for a wrong field, not only for a syntax error. Keys must be
// UTF-8 (string values are checked by the field readers); raw NUL bytes, duplicate keys and nesting deeper than
// kMaxJsonDepth are errors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/result.hpp"

namespace allegraph {

inline constexpr std::size_t kMaxJsonDepth = 64;

struct JsonMember;

struct JsonNode {
    enum class Type { null, boolean, integer, real, string, array, object };
    Type type = Type::null;
    std::size_t offset = 0;  // byte offset of the value's first character in the parsed text
    bool boolean = false;
    std::int64_t integer = 0;
    double real = 0;
    std::string string;
    std::vector<JsonNode> items;
    std::vector<JsonMember> members;

    // The member named `key` of an object, or nullptr.
    const JsonNode* find(std::string_view key) const;
};

struct JsonMember {
    std::string key;
    JsonNode value;
};

// A parse failure at a byte offset of the text.
struct JsonSyntaxError {
    std::size_t offset;
    std::string message;
};

// Parses `text` (one complete JSON value). On failure, `error` holds where and why.
bool parse_json(std::string_view text, JsonNode& out, JsonSyntaxError& error);

// The JSON type name of a node, for messages: "string", "number", "object", ...
std::string_view json_type_name(const JsonNode& node);

// 1-based line and column (in code points, not counting a leading byte-order mark) of byte `offset` in `text`.
struct TextPosition {
    std::size_t line;
    std::size_t column;
};
TextPosition position_of(std::string_view text, std::size_t offset);

// The first string anywhere in `node` (keys aside) that is not valid UTF-8, its field path
// appended to `path` ("events[2].note"); nullptr when every string is valid.
const JsonNode* find_invalid_utf8(const JsonNode& node, std::string& path);

}  // namespace allegraph
