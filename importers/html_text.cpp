#include "importers/html_text.hpp"

#include <cstdint>
#include <optional>

namespace allegraph {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The code point of a numeric reference body ("#8220", "#x201C"), if it is a character text may hold.
std::optional<std::uint32_t> numeric_reference(std::string_view body) {
    if (body.size() < 2 || body[0] != '#') return std::nullopt;
    bool hex = body[1] == 'x' || body[1] == 'X';
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    std::uint32_t cp = 0;
    for (char c : digits) {
        int d = c >= '0' && c <= '9' ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0) return std::nullopt;
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    bool control = cp < 0x20 ? cp != '\t' && cp != '\n' && cp != '\r' : cp >= 0x7F && cp < 0xA0;
    if (control || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF || (cp & 0xFFFE) == 0xFFFE ||
        (cp >= 0xFDD0 && cp <= 0xFDEF))
        return std::nullopt;
    return cp;
}

// The text of one character reference body ("amp", "#39"), or nullopt to leave it as written.
std::optional<std::string> reference(std::string_view body) {
    if (body == "amp") return "&";
    if (body == "lt") return "<";
    if (body == "gt") return ">";
    if (body == "quot") return "\"";
    if (body == "apos") return "'";
    if (body == "nbsp") return " ";
    auto cp = numeric_reference(body);
    if (!cp) return std::nullopt;
    std::string out;
    append_utf8(out, *cp);
    return out;
}

// True for a tag that ends a paragraph: p, br, div, li, h1-h6, blockquote, and their end tags.
bool breaks_paragraph(std::string_view tag) {
    std::size_t at = tag.starts_with("/") ? 1 : 0;
    std::size_t end = tag.find_first_of(" \t\r\n/>", at);
    std::string name(tag.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
    for (auto& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return name == "p" || name == "br" || name == "div" || name == "li" || name == "blockquote" ||
           (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
}

}  // namespace

std::string html_text(std::string_view html) {
    std::string out;
    bool space = false, paragraph = false;
    auto put = [&](std::string_view text) {
        if (paragraph && !out.empty()) out += "\n\n";
        else if (space && !out.empty()) out += ' ';
        space = paragraph = false;
        out += text;
    };
    for (std::size_t i = 0; i < html.size(); ++i) {
        char c = html[i];
        if (c == '<') {
            std::size_t close = html.find('>', i);
            if (close != std::string_view::npos) {
                if (breaks_paragraph(html.substr(i + 1, close - i - 1))) paragraph = true;
                i = close;
                continue;
            }
        } else if (c == '&') {
            std::size_t semicolon = html.find(';', i);
            if (semicolon != std::string_view::npos && semicolon - i <= 10)
                if (auto text = reference(html.substr(i + 1, semicolon - i - 1))) {
                    if (*text == " ") space = true;
                    else put(*text);
                    i = semicolon;
                    continue;
                }
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = true;
            continue;
        }
        put(std::string_view(&html[i], 1));
    }
    return out;
}

}  // namespace allegraph
