// Mentions: where a sentence names a known entity — by its name or an alias,
// in any case and with or without accents (the store's folded keys), or, after
// a full mention of a person earlier in the same article, by surname alone
// ("Milano" → Alyssa Milano). Names and surnames shared by several entities are skipped.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/writer.hpp"

namespace allegraph {

struct Mention {
    std::size_t begin = 0, end = 0;  // byte offsets in the article
    std::string entity;              // text id
    std::string kind;                // entity kind
};

class MentionFinder {
public:
    explicit MentionFinder(GraphWriter& writer) : writer_(writer) {}

    // The mentions in text[begin, end), longest first, without overlaps; remembers persons' surnames.
    std::vector<Mention> find(std::string_view text, std::size_t begin, std::size_t end);

    // Names in text[begin, end) that no known entity has — runs of two to four capitalized words,
    // titles ("President", "Violinist") left off — as mentions of "proposed:KIND:NAME" entities; `known`
    // are the sentence's mentions, which proposals never overlap.
    static std::vector<Mention> propose(std::string_view text, std::size_t begin, std::size_t end,
                                        const std::vector<Mention>& known);

private:
    std::vector<Mention> lookup(std::string_view name);

    GraphWriter& writer_;
    std::map<std::string, Mention> surnames_;  // folded surname → the person it names in this article
};

}  // namespace allegraph
