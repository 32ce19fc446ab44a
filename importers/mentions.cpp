#include "importers/mentions.hpp"

#include <cctype>

#include "graph/text.hpp"

namespace allegraph {
namespace {

constexpr std::size_t kMaxNameTokens = 12;  // "U.S. Academy of Motion Picture Arts and Sciences" is nine

struct Token {
    std::size_t begin, end;
};

bool word_byte(unsigned char c) { return std::isalnum(c) || c == '#' || c == '@' || c == '-' || c >= 0x80; }

std::vector<Token> tokens(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> out;
    for (std::size_t i = begin; i < end;) {
        // U+2019 and U+201C/D are punctuation, not letters
        if (text.substr(i, 3) == "\u2019" || text.substr(i, 3) == "\u201c" || text.substr(i, 3) == "\u201d" ||
            text.substr(i, 3) == "\u2014" || text.substr(i, 2) == "\u00a0") {
            i += text[i] == '\xC2' ? 2 : 3;
            continue;
        }
        if (!word_byte(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < end && word_byte(static_cast<unsigned char>(text[i])) && text.substr(i, 3) != "\u2019" &&
               text.substr(i, 3) != "\u201d" && text.substr(i, 3) != "\u2014")
            ++i;
        while (i > start && text[i - 1] == '-') --i;
        if (i == start) ++i;
        else out.push_back({start, i});
    }
    return out;
}

bool capitalized(std::string_view word) {
    unsigned char c = static_cast<unsigned char>(word[0]);
    return std::isupper(c) || c == '#' || c == '@' || c >= 0x80;
}

}  // namespace

MentionFinder::MentionFinder(SQLite::Database& db)
    : lookup_(db, R"(SELECT text_id, kind FROM entities WHERE name_key = ?1
                     UNION SELECT e.text_id, e.kind FROM aliases a JOIN entities e ON e.id = a.entity
                     WHERE a.alias_key = ?1)") {}

std::vector<Mention> MentionFinder::lookup(std::string_view name) {
    lookup_.reset();
    lookup_.bind(1, fold_key(name));
    std::vector<Mention> found;
    while (lookup_.executeStep()) found.push_back({0, 0, lookup_.getColumn(0).getString(), lookup_.getColumn(1).getString()});
    return found;
}

std::vector<Mention> MentionFinder::find(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Token> words = tokens(text, begin, end);
    std::vector<Mention> out;
    for (std::size_t i = 0; i < words.size();) {
        std::size_t taken = 0;
        for (std::size_t n = std::min(kMaxNameTokens, words.size() - i); n >= 1 && !taken; --n) {
            std::string_view name = text.substr(words[i].begin, words[i + n - 1].end - words[i].begin);
            if (n == 1 && !capitalized(name)) break;
            auto found = lookup(name);
            if (found.size() != 1) continue;
            Mention m{words[i].begin, words[i + n - 1].end, found[0].entity, found[0].kind};
            if (m.kind == "person" && n >= 2) {
                std::string surname =
                    fold_key(text.substr(words[i + n - 1].begin, words[i + n - 1].end - words[i + n - 1].begin));
                auto [known, added] = surnames_.emplace(surname, m);
                if (!added && known->second.entity != m.entity) known->second.entity.clear();  // two people share it
            }
            out.push_back(m);
            taken = n;
        }
        if (!taken && capitalized(text.substr(words[i].begin, 1))) {
            auto surname = surnames_.find(fold_key(text.substr(words[i].begin, words[i].end - words[i].begin)));
            if (surname != surnames_.end() && !surname->second.entity.empty()) {
                out.push_back({words[i].begin, words[i].end, surname->second.entity, surname->second.kind});
                taken = 1;
            }
        }
        i += taken ? taken : 1;
    }
    return out;
}

}  // namespace allegraph
