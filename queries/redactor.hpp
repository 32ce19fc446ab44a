// Redactor: finds the names of private entities in free text, in every spelling that name
// resolution would take for the same name and in the variants writers use. Text and names are
// compared word by word after the folding of graph/folding.hpp (Unicode case folding, accents and
// compatibility forms, invisible characters dropped), with any run of white space, punctuation,
// hyphens or commas between words. Each private name is looked for as:
//   - its words in order: "Jérôme Élan", "JEROME\nELAN", "Sam-Rivers", "＠samrivers" or "samrivers" for "@samrivers";
//   - its words run together inside a word: "#JusticeForRoseSmith", "rosesmith99";
//   - for a person, the surname forms: "Ms Rivers", "Dr. Rivers", "Rivers, Sam", "S. Rivers", and the
//     bare surname after one of the forms above in the same text (as articles name people);
//   - inside a hashtag or handle written in CamelCase, as one of its parts: "#JusticeForAnn";
//   - the entity's id and the ids merged into it: "see person:p1".
// A match is always widened to whole words: a name is never cut out of a word, and a word holding
// one is hidden whole ("The Annual report" holds no "Ann"). Deciding what is shown is Privacy's job
// (queries/privacy.hpp); the matching is one pass of a multi-name matcher (queries/name_matcher.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/folding.hpp"
#include "graph/private_names.hpp"
#include "queries/name_matcher.hpp"

namespace allegraph {

// Where a private name stands in a text.
struct NameSpan {
    std::size_t begin = 0, end = 0;             // bytes of the text, whole words (with a leading # or @)
    std::size_t first_word = 0, last_word = 0;  // the words it covers, as folded_words numbers them
    bool whole_words = true;  // false: found inside a word (run together, or part of a hashtag) and widened to it
};

class Redactor {
public:
    explicit Redactor(const std::vector<PrivateEntity>& entities);

    bool empty() const { return owners_.empty(); }

    // Every private name in `text`, whose words are `words` (folded_words(text)), by start; spans may overlap.
    std::vector<NameSpan> find(std::string_view text, const std::vector<FoldedWord>& words) const;

private:
    enum class Form { name, surname };
    struct Owner {
        std::size_t entity;
        Form form;
    };
    struct Found {
        NameSpan span;
        const std::vector<Owner>* owners;
    };

    void add_names(const PrivateEntity& entity, std::size_t index);
    void add(const std::vector<std::string>& words, std::size_t entity, Form form, bool run_together);
    std::vector<std::string> patterns() const;
    // The matches of the patterns over `stream`: the words of a text, each after one space, with a space
    // at the end; `word_of[k]` is the word of the text the k-th word of the stream belongs to.
    void scan(const std::string& stream, const std::vector<std::size_t>& starts, const std::vector<std::size_t>& word_of,
              const std::vector<FoldedWord>& words, std::vector<Found>& found) const;

    std::unordered_map<std::string, std::vector<Owner>> owners_;  // pattern -> whose name it is, and how
    std::unordered_map<std::string, std::vector<Owner>> titled_;  // " surname " -> whose it is after a title
    NameMatcher matcher_;
};

}  // namespace allegraph
