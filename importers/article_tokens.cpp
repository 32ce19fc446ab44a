#include "importers/article_tokens.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace allegraph {
namespace {

struct CodePoint {
    UChar32 c;
    std::size_t length;
};

CodePoint at(std::string_view text, std::size_t i, std::size_t end) {
    int32_t offset = 0;
    UChar32 c = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data() + i);
    U8_NEXT(bytes, offset, static_cast<int32_t>(end - i), c);
    return {c, static_cast<std::size_t>(offset > 0 ? offset : 1)};
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
bool is_dash(UChar32 c) { return c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015; }
bool is_quote(UChar32 c) { return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB; }
bool is_letter_or_digit(UChar32 c) { return c > 0 && (u_isalnum(c) || c == '$' || c == '#' || c == '@' || c == '%'); }

// Words that keep a final dot: titles, months and other abbreviations ("Nov.", "Mr.", "Jr.").
bool keeps_dot(std::string_view lower) {
    static const std::array<std::string_view, 42> kWords = {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "rev", "inc", "ltd", "co",
        "corp", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "mt", "ft",
        "lt", "col", "sgt", "capt", "adm", "hon", "msgr", "fr", "ind", "bros", "assn"};
    for (auto w : kWords)
        if (w == lower) return true;
    return false;
}

std::string lowered(std::string_view text, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end;) {
        auto cp = at(text, i, end);
        if (is_apostrophe(cp.c)) out += '\'';
        else if (cp.c < 0x80) out += static_cast<char>(std::tolower(static_cast<unsigned char>(cp.c)));
        else out.append(text.substr(i, cp.length));
        i += cp.length;
    }
    return out;
}

class Tokenizer {
public:
    Tokenizer(std::string_view text, std::size_t end) : text_(text), end_(end) {}

    std::size_t word(std::size_t i, std::vector<Token>& out) const {
        std::size_t start = i;
        while (i < end_) {
            auto cp = at(text_, i, end_);
            if (is_letter_or_digit(cp.c)) {
                i += cp.length;
                continue;
            }
            // inner apostrophes, hyphens, ampersands, slashes and dots join letters: O’Reilly, Jean-Claude, R&B, U.S.
            bool joiner = is_apostrophe(cp.c) || cp.c == '-' || cp.c == '&' || cp.c == '/' || cp.c == '.' || cp.c == ',';
            if (!joiner || i + cp.length >= end_) break;
            auto next = at(text_, i + cp.length, end_);
            if (!is_letter_or_digit(next.c)) break;
            if (cp.c == ',' && !(std::isdigit(static_cast<unsigned char>(text_[i - 1])) && u_isdigit(next.c))) break;
            if (cp.c == '.' && !(u_isalpha(next.c) && i + cp.length + next.length < end_ &&
                                 text_[i + cp.length + next.length] == '.') && !u_isdigit(next.c))
                break;  // "U.S." and "3.5" keep their dots, a sentence's "end.Next" does not
            if (is_apostrophe(cp.c) && possessive_at(i)) break;
            i += cp.length;
        }
        std::size_t stop = i;
        if (stop < end_ && text_[stop] == '.') {
            std::string lower = lowered(text_, start, stop);
            bool initial = stop - start == 1 && std::isupper(static_cast<unsigned char>(text_[start]));
            bool dotted = lower.find('.') != std::string::npos;  // "U.S" of "U.S."
            if (initial || dotted || keeps_dot(lower)) ++stop;
        }
        Token token{start, stop, lowered(text_, start, stop), true, u_isupper(at(text_, start, end_).c) != 0, false, false};
        std::size_t hyphen = text_.substr(start, stop - start).rfind('-');
        token.compound = hyphen != std::string_view::npos && start + hyphen + 1 < stop &&
                         std::islower(static_cast<unsigned char>(text_[start + hyphen + 1]));
        token.camel = std::islower(static_cast<unsigned char>(text_[start])) &&
                      std::any_of(text_.begin() + static_cast<std::ptrdiff_t>(start) + 1,
                                  text_.begin() + static_cast<std::ptrdiff_t>(stop),
                                  [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
        out.push_back(std::move(token));
        return stop;
    }

    // An apostrophe at `i` that starts the possessive 's or a contraction ('d, 'll, 're, 've, 'm):
    // a token of its own, so "he'd" is the pronoun "he".
    bool possessive_at(std::size_t i) const { return suffix_length(i) > 0; }

    // The bytes after the apostrophe at `i` of such a suffix, or 0.
    std::size_t suffix_length(std::size_t i) const {
        std::size_t after = i + at(text_, i, end_).length;
        for (std::string_view suffix : {"s", "d", "ll", "re", "ve", "m"}) {
            if (after + suffix.size() > end_) continue;
            std::string word(text_.substr(after, suffix.size()));
            for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (word != suffix) continue;
            std::size_t end = after + suffix.size();
            if (end >= end_ || !is_letter_or_digit(at(text_, end, end_).c)) return suffix.size();
        }
        return 0;
    }

private:
    std::string_view text_;
    std::size_t end_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> out;
    Tokenizer words(text, end);
    for (std::size_t i = begin; i < end;) {
        auto cp = at(text, i, end);
        if (is_letter_or_digit(cp.c)) {
            i = words.word(i, out);
            continue;
        }
        if (is_apostrophe(cp.c) && !out.empty() && out.back().end == i && words.possessive_at(i)) {
            std::size_t length = words.suffix_length(i);
            std::string suffix = "'";
            for (std::size_t k = 0; k < length; ++k)
                suffix += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + cp.length + k])));
            out.push_back({i, i + cp.length + length, suffix, false, false, false, false});
            i += cp.length + length;
            continue;
        }
        if (!u_isUWhiteSpace(cp.c) && cp.c != 0xAD && cp.c != 0x200B) {
            std::string lower = is_dash(cp.c)       ? "—"
                                : is_quote(cp.c)    ? "\""
                                : is_apostrophe(cp.c) ? "'"
                                                      : lowered(text, i, i + cp.length);
            if (cp.c == '-' && (i + 1 >= end || text[i + 1] == ' ' || text[i + 1] == '-')) lower = "—";
            out.push_back({i, i + cp.length, lower, false, false, false, false});
        }
        i += cp.length;
    }
    return out;
}

bool is_any(const Token& token, std::string_view words) {
    while (!words.empty()) {
        auto bar = words.find('|');
        if (token.lower == words.substr(0, bar)) return true;
        words = bar == std::string_view::npos ? std::string_view() : words.substr(bar + 1);
    }
    return false;
}

}  // namespace allegraph
