#include "exporters/escape.hpp"

namespace allegraph {

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_xml_escaped(out, text);
    return out;
}

namespace {

bool plain_xml(char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u != 0x7f && u != 0xef && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

// Whether U+FFFE or U+FFFF (EF BF BE, EF BF BF), which XML 1.0 does not allow, starts at `at`.
bool xml_noncharacter(std::string_view text, std::size_t at) {
    return text.substr(at, 2) == "\xEF\xBF" && at + 2 < text.size() &&
           (text[at + 2] == '\xBE' || text[at + 2] == '\xBF');
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t run = at;
        while (run < text.size() && plain_xml(text[run])) ++run;
        out.append(text.substr(at, run - at));
        if (run == text.size()) return;
        if (text[run] == '\xEF') {
            out += xml_noncharacter(text, run) ? "\xEF\xBF\xBD" : "\xEF";
            at = run + (xml_noncharacter(text, run) ? 3 : 1);
            continue;
        }
        switch (text[run]) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default: out += "\xEF\xBF\xBD";  // other control characters are not allowed in XML 1.0
        }
        at = run + 1;
    }
}

namespace {

bool token_char(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '.' || c == '-' ||
           c == ':';
}

}  // namespace

bool append_xml_token(std::string& out, std::string_view id) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::size_t plain = 0;
    while (plain < id.size() && token_char(id[plain])) ++plain;
    out.append(id.substr(0, plain));
    if (plain == id.size() && !id.empty()) return false;
    if (id.empty()) out += '_';
    for (char c : id.substr(plain)) {
        auto u = static_cast<unsigned char>(c);
        if (token_char(c)) {
            out += c;
        } else if (c == '_') {
            out += "__";
        } else {
            out += '_';
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        }
    }
    return true;
}

std::string dot_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

std::string markdown_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|~!").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

}  // namespace allegraph
