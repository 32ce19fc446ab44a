#include "importers/sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace allegraph {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The word that ends just before `dot` (letters and inner dots), e.g. "U.S" or "Nov".
std::string_view word_before(std::string_view text, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.')) --start;
    return text.substr(start, dot - start);
}

bool is_abbreviation(std::string_view word) {
    static const std::array<std::string_view, 74> kWords = {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep", "Inc", "Ltd", "Co", "Corp",
        "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "approx", "etc", "Mt", "Ft",
        "Rev", "Fr", "Msgr", "Sgt", "Lt", "Col", "Capt", "Hon", "Adm", "Bros", "Assn",
        // U.S. states as datelines abbreviate them: "CAMBRIDGE, Mass. —"
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt", "Wash", "Wis",
        "Wyo"};
    if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;  // an initial: "J."
    if (word.find('.') != std::string_view::npos) return true;                                // "U.S", "e.g"
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// True when a sentence may end at byte `i` (a . ! or ?, with closing quotes after it).
std::size_t sentence_end(std::string_view text, std::size_t i) {
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') return 0;
    if (c == '.' && is_abbreviation(word_before(text, i))) return 0;
    std::size_t end = i + 1;
    while (end < text.size()) {  // closing quotes and brackets: ASCII, or the UTF-8 of ” and ’
        if (text[end] == '"' || text[end] == '\'' || text[end] == ')') ++end;
        else if (text.substr(end, 3) == "\u201d" || text.substr(end, 3) == "\u2019") end += 3;
        else break;
    }
    if (end < text.size() && !is_space(text[end])) return 0;
    return end;
}

void add(std::vector<Span>& out, std::string_view text, std::size_t begin, std::size_t end, int paragraph) {
    while (begin < end && (is_space(text[begin]) || text.substr(begin, 2) == "\u00a0")) begin += text[begin] == '\xC2' ? 2 : 1;
    while (end > begin && is_space(text[end - 1])) --end;
    while (end > begin + 1 && text.substr(end - 2, 2) == "\u00a0") end -= 2;
    if (end > begin) out.push_back({begin, end, paragraph});
}

struct Line {
    std::size_t begin, end;  // without the line break
    std::size_t width;       // in code points, trailing space left out
};

std::vector<Line> lines_of(std::string_view text) {
    std::vector<Line> lines;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n') continue;
        std::size_t end = i;
        while (end > begin && is_space(text[end - 1])) --end;
        std::size_t width = 0;
        for (std::size_t k = begin; k < end; ++k) width += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
        lines.push_back({begin, i, width});
        begin = i + 1;
    }
    return lines;
}

bool ends_sentence(std::string_view text, const Line& line) {
    std::size_t end = line.end;
    while (end > line.begin && is_space(text[end - 1])) --end;
    if (end == line.begin) return true;
    char last = text[end - 1];
    bool curly_quote = end - line.begin >= 3 && text.substr(end - 3, 3) == "\u201d";
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || curly_quote;
}

// Which line breaks are soft: inside a paragraph of hard-wrapped text, or before a lower-case line.
std::vector<bool> soft_breaks(std::string_view text, const std::vector<Line>& lines) {
    std::size_t widest = 0, followed = 0, long_followed = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) widest = std::max(widest, lines[i].width);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].width == 0 || lines[i + 1].width == 0) continue;
        ++followed;
        if (lines[i].width * 4 >= widest * 3) ++long_followed;
    }
    bool wrapped = widest >= 40 && widest <= 120 && followed >= 3 && long_followed * 2 >= followed;
    std::vector<bool> soft(lines.size(), false);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].width == 0 || lines[i + 1].width == 0 || ends_sentence(text, lines[i])) continue;
        std::size_t next = lines[i + 1].begin;
        while (next < lines[i + 1].end && is_space(text[next])) ++next;
        bool lower_next = next < text.size() && std::islower(static_cast<unsigned char>(text[next]));
        soft[i] = lower_next || (wrapped && lines[i].width * 5 >= widest * 3);
    }
    return soft;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
    std::vector<Line> lines = lines_of(text);
    std::vector<bool> soft = soft_breaks(text, lines);
    std::vector<Span> out;
    std::size_t begin = 0, line = 0;
    int paragraph = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            if (soft[line++]) continue;
            add(out, text, begin, i, paragraph);
            if (!out.empty() && out.back().paragraph == paragraph) ++paragraph;
            begin = i + 1;
        } else if (std::size_t end = sentence_end(text, i)) {
            add(out, text, begin, end, paragraph);
            begin = end;
            i = end - 1;
        }
    }
    add(out, text, begin, text.size(), paragraph);
    return out;
}

}  // namespace allegraph
