#include "importers/field_reader.hpp"

#include <algorithm>

#include "graph/text.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {
namespace {

std::string too_long(std::string_view value, std::size_t limit) {
    if (value.size() <= limit) return {};
    return "too long (" + std::to_string(value.size()) + " bytes; the limit is " + std::to_string(limit) + ")";
}

}  // namespace

std::string id_problem(std::string_view value) {
    if (auto problem = too_long(value, kMaxIdBytes); !problem.empty()) return problem;
    if (std::any_of(value.begin(), value.end(), [](char c) { return c == ' ' || static_cast<unsigned char>(c) < 0x20; }) ||
        value.find('\x7f') != std::string_view::npos)
        return "an id may not hold white space or control characters";
    return {};
}

std::string name_problem(std::string_view value) {
    if (auto problem = too_long(value, kMaxNameBytes); !problem.empty()) return problem;
    if (auto problem = character_problem(value, false); !problem.empty()) return std::string(problem);
    if (!value.empty() && value.find_first_not_of(' ') == std::string_view::npos) return "must not be blank";
    return {};
}

std::string text_problem(std::string_view value) {
    if (auto problem = too_long(value, kMaxTextBytes); !problem.empty()) return problem;
    if (auto problem = character_problem(value, true); !problem.empty()) return std::string(problem);
    return {};
}

FieldReader::FieldReader(const JsonNode& object, std::string path) : object_(object), path_(std::move(path)) {}

std::string FieldReader::field_name(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void FieldReader::fail(std::string_view key, std::string message, const JsonNode* at) {
    if (error_) return;
    error_ = FieldError{at ? at->offset : object_.offset, field_name(key), std::move(message)};
}

void FieldReader::absorb(const FieldReader& nested) {
    if (!error_ && nested.error_) error_ = nested.error_;
}

const JsonNode* FieldReader::string_field(std::string_view key, Need need, std::size_t limit) {
    const JsonNode* node = object_.find(key);
    if (!node || node->type == JsonNode::Type::null) {
        if (need == Need::required) fail(key, "required field is missing");
        return nullptr;
    }
    return check_string(key, *node, need, limit) ? node : nullptr;
}

bool FieldReader::check_string(std::string_view key, const JsonNode& node, Need need, std::size_t limit) {
    if (node.type != JsonNode::Type::string) {
        fail(key, "expected a string, got " + std::string(json_type_name(node)), &node);
    } else if (node.string.size() > limit) {
        fail(key, "too long (" + std::to_string(node.string.size()) + " bytes; the limit is " +
                      std::to_string(limit) + ")", &node);
    } else if (!is_valid_utf8(node.string)) {
        fail(key, "invalid UTF-8", &node);
    } else if (need == Need::required && node.string.empty()) {
        fail(key, "must not be empty", &node);
    } else {
        return true;
    }
    return false;
}

std::string FieldReader::id(std::string_view key, Need need) {
    const JsonNode* node = string_field(key, need, kMaxIdBytes);
    if (!node) return {};
    if (auto problem = id_problem(node->string); !problem.empty()) {
        fail(key, problem, node);
        return {};
    }
    return node->string;
}

std::string FieldReader::name(std::string_view key, Need need) {
    const JsonNode* node = string_field(key, need, kMaxNameBytes);
    if (!node) return {};
    if (auto problem = name_problem(node->string); !problem.empty()) {
        fail(key, problem, node);
        return {};
    }
    return node->string;
}

std::string FieldReader::text(std::string_view key, Need need) {
    const JsonNode* node = string_field(key, need, kMaxTextBytes);
    if (!node) return {};
    if (auto problem = text_problem(node->string); !problem.empty()) {
        fail(key, problem, node);
        return {};
    }
    return node->string;
}

std::string FieldReader::word(std::string_view key, Need need, const std::vector<std::string_view>& vocabulary) {
    const JsonNode* node = string_field(key, need, kMaxIdBytes);
    if (!node || (need == Need::optional && node->string.empty())) return {};
    if (!in_vocabulary(vocabulary, node->string)) {
        fail(key, "unknown value " + in_quotes(node->string) + " (expected one of: " + join_vocabulary(vocabulary) + ")",
             node);
        return {};
    }
    return node->string;
}

std::optional<Date> FieldReader::date(std::string_view key, Need need) {
    const JsonNode* node = string_field(key, need, kMaxIdBytes);
    if (!node) return std::nullopt;
    auto parsed = parse_date(node->string);
    if (!parsed) {
        fail(key, parsed.error().message, node);
        return std::nullopt;
    }
    return parsed.value();
}

bool FieldReader::boolean(std::string_view key, bool fallback) {
    const JsonNode* node = object_.find(key);
    if (!node || node->type == JsonNode::Type::null) return fallback;
    if (node->type != JsonNode::Type::boolean) {
        fail(key, "expected true or false, got " + std::string(json_type_name(*node)), node);
        return fallback;
    }
    return node->boolean;
}

std::optional<std::size_t> FieldReader::count(std::string_view key) {
    const JsonNode* node = object_.find(key);
    if (!node || node->type == JsonNode::Type::null) return std::nullopt;
    if (node->type != JsonNode::Type::integer || node->integer < 0) {
        fail(key, "expected a non-negative integer, got " + std::string(json_type_name(*node)), node);
        return std::nullopt;
    }
    return static_cast<std::size_t>(node->integer);
}

std::vector<std::string> FieldReader::names(std::string_view key) {
    std::vector<std::string> out;
    const JsonNode* node = object_.find(key);
    if (!node || node->type == JsonNode::Type::null) return out;
    if (node->type != JsonNode::Type::array) {
        fail(key, "expected an array of strings, got " + std::string(json_type_name(*node)), node);
        return out;
    }
    for (std::size_t i = 0; i < node->items.size(); ++i) {
        const JsonNode& item = node->items[i];
        std::string item_key = std::string(key) + "[" + std::to_string(i) + "]";
        if (!check_string(item_key, item, Need::required, kMaxNameBytes)) return out;
        if (auto problem = character_problem(item.string, false); !problem.empty()) {
            fail(item_key, std::string(problem), &item);
            return out;
        }
        out.push_back(item.string);
    }
    return out;
}

std::vector<const JsonNode*> FieldReader::objects(std::string_view key, Need need) {
    std::vector<const JsonNode*> out;
    const JsonNode* node = object_.find(key);
    if (!node || node->type == JsonNode::Type::null) {
        if (need == Need::required) fail(key, "required field is missing");
        return out;
    }
    if (node->type != JsonNode::Type::array) {
        fail(key, "expected an array, got " + std::string(json_type_name(*node)), node);
        return out;
    }
    for (std::size_t i = 0; i < node->items.size(); ++i) {
        if (node->items[i].type != JsonNode::Type::object) {
            fail(std::string(key) + "[" + std::to_string(i) + "]",
                 "expected an object, got " + std::string(json_type_name(node->items[i])), &node->items[i]);
            return {};
        }
        out.push_back(&node->items[i]);
    }
    if (need == Need::required && out.empty()) fail(key, "needs at least one entry", node);
    return out;
}

}  // namespace allegraph
