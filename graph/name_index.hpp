// NameIndex: the names and aliases of entities on record, held in memory so that a name that is
// not on record exactly can be compared with all of them: what a user may have meant on a miss
// (suggestions, with why), which records a partial person name fits (a surname), which records an
// import's new name is "a small distance" from, and how two records' names compare (dedupe).
// Scores are in [0, 1]; the clues behind them (graph/name_similarity.hpp) are kept in words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/name_similarity.hpp"
#include "graph/store.hpp"

namespace allegraph {

// An entity as name resolution sees it.
struct NamedRecord {
    std::int64_t key = 0;
    std::string id, name, kind, category;
    bool is_public = true;
    bool needs_review = false;
    std::vector<std::string> aliases;
};

// Every entity with its aliases, by key; private ones only when `include_private`.
std::vector<NamedRecord> load_named_records(Store& store, bool include_private);

// One way a name may mean a record, in words ("spelling distance 1 from \"Weinstein\"").
struct NameClue {
    double score = 0;
    std::string why;
};

// A record a name may mean: the best clue's score and every clue found, best first.
struct NameMatch {
    std::size_t record = 0;  // index into NameIndex::records()
    double score = 0;
    std::vector<std::string> why;
};

class NameIndex {
public:
    explicit NameIndex(std::vector<NamedRecord> records);

    const std::vector<NamedRecord>& records() const { return records_; }

    // Adds a record (an entity an import just created).
    void add(NamedRecord record);

    // The records with a name or alias equal to `name` once case, accents, punctuation, "&" and a
    // leading "the" are set aside.
    std::vector<std::size_t> same_name(std::string_view name) const;

    // The persons a partial name fits (a surname, the name without its suffix, title, first or
    // middle name), with how.
    std::vector<std::pair<std::size_t, PartialFit>> partial(std::string_view name) const;

    // Up to `limit` records `name` may mean, best first, each with why.
    std::vector<NameMatch> similar(std::string_view name, std::size_t limit) const;

    // The records `name`, not on record itself, is close to: within a small spelling distance, a
    // partial person name, initials or an acronym, or a single word of the name. An import asks this
    // before it creates an entity, and refuses the name unless told it is new.
    std::vector<NameMatch> near(std::string_view name) const;

    // How the names of records `a` and `b` compare: the best clue, and every clue found.
    NameMatch compare(std::size_t a, std::size_t b) const;

    // The records sharing a meaningful word, or a word's first four letters, with record `a`'s
    // names; words that more than `max_bucket` records share are skipped (blocking, for dedupe).
    std::vector<std::size_t> neighbours(std::size_t a, std::size_t max_bucket) const;

private:
    // A name or alias, prepared for comparison.
    struct Form {
        std::string text;  // as written
        std::vector<std::string> words;
        std::string loose;
        std::size_t length = 0;  // code points of `loose`
        bool alias = false;
    };
    static Form make_form(std::string_view text, bool alias);
    void index(std::size_t record);
    // The clues `query` gives for the form of a record of `kind`; `strict` keeps only the near ones.
    std::vector<NameClue> clues(const Form& query, const Form& form, bool person, bool strict) const;
    double word_weight(const std::string& word) const;
    NameMatch collect(std::size_t record, std::vector<NameClue> clues) const;

    std::vector<NamedRecord> records_;
    std::vector<std::vector<Form>> forms_;  // per record: its name, then its aliases
    std::unordered_map<std::string, std::vector<std::size_t>> by_loose_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_word_;  // meaningful words and 4-letter stems
};

}  // namespace allegraph
