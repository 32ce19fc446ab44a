#include "importers/article_layout.hpp"

#include <cctype>

#include "importers/name_finder.hpp"
#include "importers/sentences.hpp"

namespace allegraph {
namespace {

// The length of " date YYYY-MM-DD " at the start of `text`, or 0.
std::size_t archive_prefix(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (text.substr(i, 5) != "date ") return 0;
    i += 5;
    if (text.size() < i + 10) return 0;
    for (std::size_t k = 0; k < 10; ++k) {
        char c = text[i + k];
        if ((k == 4 || k == 7) ? c != '-' : !std::isdigit(static_cast<unsigned char>(c))) return 0;
    }
    return i + 10;
}

bool dash_at(std::string_view s, std::size_t i, std::size_t& length) {
    if (s.substr(i, 3) == "\u2014" || s.substr(i, 3) == "\u2013") {
        length = 3;
        return true;
    }
    if (i < s.size() && s[i] == '-') {
        length = i + 1 < s.size() && s[i + 1] == '-' ? 2 : 1;
        return true;
    }
    return false;
}

// The bytes of a dateline at the start of a sentence: "WASHINGTON—", "INDIANAPOLIS, Ind. – ",
// "LOS ANGELES (AP) — ", "(CNN) ".
std::size_t dateline(std::string_view s) {
    // "Aug. 14 (UPI) --": a wire service's date and credit
    std::size_t credit_start = s.find(" (");
    std::size_t credit_end = s.find(") ");
    if (credit_start != std::string_view::npos && credit_start <= 9 && credit_end != std::string_view::npos &&
        credit_end < credit_start + 12 && std::isdigit(static_cast<unsigned char>(s[credit_start - 1]))) {
        std::size_t i = credit_end + 2, length = 0;
        if (dash_at(s, i, length)) {
            i += length;
            while (i < s.size() && s[i] == ' ') ++i;
            return i;
        }
    }
    std::size_t i = 0, capitals = 0;
    while (i < s.size() && (std::isupper(static_cast<unsigned char>(s[i])) || s[i] == ' ' || s[i] == '.' ||
                            s[i] == '\'')) {
        capitals += std::isupper(static_cast<unsigned char>(s[i])) != 0;
        ++i;
    }
    if (capitals >= 3 && i < s.size() && s[i] == ',') {  // ", Ind.", ", Calif.", ", South Korea"
        std::size_t j = i + 1, end = i, words = 0;
        while (words < 3) {
            while (j < s.size() && s[j] == ' ') ++j;
            if (j >= s.size() || !std::isupper(static_cast<unsigned char>(s[j]))) break;
            while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '.')) ++j;
            end = j;
            ++words;
        }
        if (words > 0 && end - i <= 24) i = end;
    }
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t credit = i;
    if (i < s.size() && s[i] == '(') {
        std::size_t close = s.find(')', i);
        if (close != std::string_view::npos && close - i <= 12) {
            i = close + 1;
            while (i < s.size() && s[i] == ' ') ++i;
            if (capitals == 0) return i;  // "(CNN) New York's…"
        }
    }
    std::size_t length = 0;
    if ((capitals >= 3 || credit != i) && dash_at(s, i, length)) {
        i += length;
        while (i < s.size() && s[i] == ' ') ++i;
        return i;
    }
    return 0;
}

}  // namespace

std::optional<std::string> archive_date(std::string_view text) {
    std::size_t end = archive_prefix(text);
    if (!end) return std::nullopt;
    return std::string(text.substr(end - 10, 10));
}

std::vector<SentenceTokens> article_sentences(std::string_view text) {
    std::size_t skip = archive_prefix(text);
    std::vector<SentenceTokens> out;
    for (const Span& span : split_sentences(text)) {
        std::size_t begin = std::max(span.begin, skip);
        while (begin < span.end && text[begin] == ' ') ++begin;
        if (begin >= span.end) continue;
        begin += dateline(text.substr(begin, span.end - begin));
        if (begin >= span.end) continue;
        SentenceTokens s;
        s.begin = begin;
        s.end = span.end;
        s.paragraph = span.paragraph;
        s.tokens = tokenize(text, begin, span.end);
        s.headline = is_title_case(s.tokens);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace allegraph
