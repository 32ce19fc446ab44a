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

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    for (auto w : words)
        if (w == word) return true;
    return false;
}

bool function_word(std::string_view w) {
    return is_one_of(w, {"The", "A", "An", "In", "On", "At", "After", "Before", "When", "While", "But", "And", "Or",
                         "If", "As", "Of", "For", "To", "From", "By", "With", "Meanwhile", "Also", "Another", "Other",
                         "Some", "Many", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "This",
                         "That", "These", "Those", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December", "Police", "Reminder", "Why", "How", "What"});
}

bool title_word(std::string_view w) {
    return is_one_of(w, {"President", "Prime", "Minister", "Senator", "Governor", "Mayor", "Judge", "Actress", "Actor",
                         "Singer", "Model", "Director", "Producer", "Violinist", "Chief", "Officer", "Dr", "Mr", "Mrs",
                         "Ms", "Sir", "Dame", "Lord", "Lady", "Fashion", "Designer", "Cyclist", "User", "French",
                         "American", "British"});
}

bool organization_word(std::string_view w) {
    return is_one_of(w, {"Association", "Academy", "Guild", "Union", "Company", "Board", "Symphony", "Orchestra",
                         "Council", "Foundation", "Institute", "University", "Ministry", "Department", "Party", "Club",
                         "Society", "Agency", "Commission", "Court", "Times", "Post", "News", "Studios", "Inc",
                         "Museum", "Gallery", "Hospital", "Church", "Network", "Bank", "Group", "Press", "Magazine",
                         "Festival", "Theatre", "Theater", "Ballet", "Opera", "League", "Federation", "Committee",
                         "Office", "Corporation", "School", "College", "Service", "Services"});
}

bool name_word(std::string_view w) {
    if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
    for (char c : w)
        if (!std::isalpha(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80 && c != '-') return false;
    return true;
}

}  // namespace

std::vector<Mention> MentionFinder::propose(std::string_view text, std::size_t begin, std::size_t end,
                                            const std::vector<Mention>& known) {
    std::vector<Token> words = tokens(text, begin, end);
    auto covered = [&](const Token& t) {
        for (const auto& m : known)
            if (t.begin < m.end && m.begin < t.end) return true;
        return false;
    };
    auto word = [&](const Token& t) { return text.substr(t.begin, t.end - t.begin); };
    std::vector<Mention> out;
    for (std::size_t i = 0; i < words.size();) {
        std::size_t j = i;
        while (j < words.size() && name_word(word(words[j])) && !covered(words[j]) &&
               (j == i || text.substr(words[j - 1].end, words[j].begin - words[j - 1].end) == " "))
            ++j;
        std::size_t first = i;
        while (first < j && (title_word(word(words[first])) || function_word(word(words[first])))) ++first;
        if (j - first >= 2 && j - first <= 4) {
            std::string_view name = text.substr(words[first].begin, words[j - 1].end - words[first].begin);
            bool organization = organization_word(word(words[j - 1]));
            std::string kind = organization ? "organization" : "person";
            out.push_back({words[first].begin, words[j - 1].end, "proposed:" + kind + ":" + std::string(name), kind});
        }
        i = j > i ? j : i + 1;
    }
    return out;
}

std::vector<Mention> MentionFinder::lookup(std::string_view name) {
    std::vector<Mention> found;
    for (auto& entity : writer_.entities_named(name)) found.push_back({0, 0, std::move(entity.id), std::move(entity.kind)});
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
