#include "importers/json_tree.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cstring>

#include "graph/text.hpp"

namespace allegraph {
namespace {

// Builds a JsonNode tree from SAX events, noting where each value begins.
class TreeBuilder {
public:
    using Ch = char;

    TreeBuilder(std::string_view text, const rapidjson::MemoryStream& stream) : text_(text), stream_(stream) {}

    bool Null() { return add(JsonNode::Type::null); }
    bool Bool(bool b) {
        JsonNode node = make(JsonNode::Type::boolean);
        node.boolean = b;
        return place(std::move(node));
    }
    bool Int(int i) { return integer(i); }
    bool Uint(unsigned u) { return integer(u); }
    bool Int64(int64_t i) { return integer(i); }
    bool Uint64(uint64_t u) {
        if (u > static_cast<uint64_t>(INT64_MAX)) return Double(static_cast<double>(u));
        return integer(static_cast<int64_t>(u));
    }
    bool Double(double d) {
        JsonNode node = make(JsonNode::Type::real);
        node.real = d;
        return place(std::move(node));
    }
    bool RawNumber(const Ch*, rapidjson::SizeType, bool) { return false; }
    bool String(const Ch* s, rapidjson::SizeType length, bool) {
        JsonNode node = make(JsonNode::Type::string);
        node.string.assign(s, length);
        return place(std::move(node));
    }
    bool StartObject() { return open(JsonNode::Type::object); }
    bool Key(const Ch* s, rapidjson::SizeType length, bool) {
        std::size_t at = token_start();
        std::string key(s, length);
        if (!is_valid_utf8(key)) return fail(at, "invalid UTF-8 in a key");
        for (const auto& member : stack_.back().members)
            if (member.key == key) return fail(at, "duplicate key " + in_quotes(key));
        pending_key_ = std::move(key);
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(JsonNode::Type::array); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    JsonNode& root() { return root_; }
    bool failed() const { return !message_.empty(); }
    std::size_t error_offset() const { return error_offset_; }
    const std::string& message() const { return message_; }

private:
    // The value just reported began at the first character after the previous token
    // that is not white space or a separator.
    std::size_t token_start() {
        std::size_t at = skip_separators(last_end_);
        last_end_ = stream_.Tell();
        return at;
    }
    std::size_t skip_separators(std::size_t at) const {
        while (at < text_.size() && text_[at] != '\0' && std::strchr(" \t\r\n:,", text_[at])) ++at;
        return at;
    }
    JsonNode make(JsonNode::Type type) {
        JsonNode node;
        node.type = type;
        node.offset = token_start();
        return node;
    }
    bool integer(int64_t value) {
        JsonNode node = make(JsonNode::Type::integer);
        node.integer = value;
        return place(std::move(node));
    }
    bool add(JsonNode::Type type) { return place(make(type)); }
    // Brackets are placed by scanning, not by the reader's position, which the
    // iterative parser reports before it consumes them.
    bool open(JsonNode::Type type) {
        JsonNode node;
        node.type = type;
        node.offset = skip_separators(last_end_);
        last_end_ = node.offset + 1;
        if (stack_.size() >= kMaxJsonDepth)
            return fail(node.offset, "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        keys_.push_back(std::move(pending_key_));
        stack_.push_back(std::move(node));
        return true;
    }
    bool close() {
        last_end_ = skip_separators(last_end_) + 1;
        JsonNode node = std::move(stack_.back());
        stack_.pop_back();
        pending_key_ = std::move(keys_.back());
        keys_.pop_back();
        return place(std::move(node));
    }
    bool place(JsonNode node) {
        if (stack_.empty()) {
            root_ = std::move(node);
        } else if (stack_.back().type == JsonNode::Type::array) {
            stack_.back().items.push_back(std::move(node));
        } else {
            stack_.back().members.push_back({std::move(pending_key_), std::move(node)});
        }
        return true;
    }
    bool fail(std::size_t offset, std::string message) {
        error_offset_ = offset;
        message_ = std::move(message);
        return false;
    }

    std::string_view text_;
    const rapidjson::MemoryStream& stream_;
    std::size_t last_end_ = 0;
    std::vector<JsonNode> stack_;
    std::vector<std::string> keys_;
    std::string pending_key_;
    JsonNode root_;
    std::size_t error_offset_ = 0;
    std::string message_;
};

}  // namespace

const JsonNode* JsonNode::find(std::string_view key) const {
    for (const auto& member : members)
        if (member.key == key) return &member.value;
    return nullptr;
}

bool parse_json(std::string_view text, JsonNode& out, JsonSyntaxError& error) {
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        error = {nul, "NUL byte in input"};
        return false;
    }
    rapidjson::MemoryStream stream(text.data(), text.size());
    TreeBuilder builder(text, stream);
    rapidjson::Reader reader;
    // String values are checked for UTF-8 by the field readers, which can name the field.
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag;
    rapidjson::ParseResult parsed = reader.Parse<kFlags>(stream, builder);
    if (builder.failed()) {
        error = {builder.error_offset(), builder.message()};
        return false;
    }
    if (parsed.IsError()) {
        error = {parsed.Offset(), rapidjson::GetParseError_En(parsed.Code())};
        // RapidJSON calls a raw control character in a string an invalid escape; say what it is.
        if (parsed.Code() == rapidjson::kParseErrorStringEscapeInvalid && parsed.Offset() < text.size() &&
            static_cast<unsigned char>(text[parsed.Offset()]) < 0x20)
            error.message = "control character in string: write it escaped (\\t, \\n, \\u0001)";
        return false;
    }
    out = std::move(builder.root());
    return true;
}

std::string_view json_type_name(const JsonNode& node) {
    switch (node.type) {
        case JsonNode::Type::null: return "null";
        case JsonNode::Type::boolean: return "boolean";
        case JsonNode::Type::integer:
        case JsonNode::Type::real: return "number";
        case JsonNode::Type::string: return "string";
        case JsonNode::Type::array: return "array";
        case JsonNode::Type::object: return "object";
    }
    return "value";
}

TextPosition position_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    // A byte-order mark is invisible in an editor: columns on the first line start after it.
    std::size_t line_start = text.starts_with("\xEF\xBB\xBF") && offset >= 3 ? 3 : 0, line = 1;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    return {line, code_point_offset(text.substr(line_start), offset - line_start) + 1};
}

const JsonNode* find_invalid_utf8(const JsonNode& node, std::string& path) {
    if (node.type == JsonNode::Type::string) return is_valid_utf8(node.string) ? nullptr : &node;
    std::size_t length = path.size();
    for (std::size_t i = 0; i < node.items.size(); ++i) {
        path += "[" + std::to_string(i) + "]";
        if (const JsonNode* bad = find_invalid_utf8(node.items[i], path)) return bad;
        path.resize(length);
    }
    for (const auto& member : node.members) {
        path += (length ? "." : "") + member.key;
        if (const JsonNode* bad = find_invalid_utf8(member.value, path)) return bad;
        path.resize(length);
    }
    return nullptr;
}

}  // namespace allegraph
