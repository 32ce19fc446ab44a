#include "graph/text.hpp"

#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstdio>

#include "graph/folding.hpp"

namespace allegraph {

std::string fold_key(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        UChar32 c;
        U8_NEXT(text.data(), i, text.size(), c);
        for (char byte : fold_code_point(c < 0 ? 0xFFFD : c)) {
            if (byte == ' ') {
                pending_space = !out.empty();
                continue;
            }
            if (pending_space) out += ' ';
            pending_space = false;
            out += byte;
        }
    }
    return out;
}

bool is_valid_utf8(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
    return status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(status);
}

std::string as_valid_utf8(std::string_view text) {
    if (is_valid_utf8(text)) return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        UChar32 c;
        U8_NEXT(text.data(), i, text.size(), c);
        if (c < 0) out += "\xEF\xBF\xBD";
        else out.append(text.substr(start, i - start));
    }
    return out;
}

namespace {

bool is_control(UChar32 c) { return c < 0x20 || (c >= 0x7f && c <= 0x9f); }

bool is_noncharacter(UChar32 c) { return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe; }

void append_escape(std::string& out, const char* format, unsigned value) {
    char escape[12];
    std::snprintf(escape, sizeof escape, format, value);
    out += escape;
}

}  // namespace

std::string_view character_problem(std::string_view text, bool allow_breaks) {
    for (std::size_t i = 0; i < text.size();) {
        UChar32 c;
        U8_NEXT(text.data(), i, text.size(), c);
        if (c < 0) continue;  // not UTF-8: validated separately
        if (is_control(c) && !(allow_breaks && (c == '\n' || c == '\t' || c == '\r')))
            return allow_breaks ? "control characters other than line breaks and tabs are not allowed"
                                : "control characters are not allowed";
        if (is_noncharacter(c)) return "noncharacters (U+FFFE, U+FFFF and the like) are not allowed";
    }
    return {};
}

std::string in_quotes(std::string_view value) {
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t at = i;
        UChar32 c;
        U8_NEXT(value.data(), i, value.size(), c);
        if (c < 0) {
            for (std::size_t j = at; j < i; ++j) append_escape(out, "\\x%02x", static_cast<unsigned char>(value[j]));
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n' || c == '\r' || c == '\t') {
            out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
        } else if (is_control(c) || c == 0x2028 || c == 0x2029) {
            append_escape(out, "\\u%04x", static_cast<unsigned>(c));
        } else {
            out.append(value, at, i - at);
        }
    }
    return out + "\"";
}

std::size_t code_point_offset(std::string_view text, std::size_t byte_offset) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
    return count;
}

}  // namespace allegraph
