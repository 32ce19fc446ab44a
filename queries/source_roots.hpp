// Source roots: which sources are independent. A source that republishes another
// (`syndicated_from`: a wire story on several sites) is a copy of it, not a second
// witness; and two records of one document (the same title and publisher, case, accents
// and punctuation aside: one story that came in through an article and a desk sheet) are
// one witness unless an editor judged them two (dedupe --not-same). Counts of support
// count each original once; kCounting says so in words.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/rows.hpp"
#include "graph/store.hpp"

namespace allegraph {

// How independent sources are counted, in words, for answers that give a count.
inline constexpr const char* kCounting =
    "each source once: a republished copy with its original, records with the same title and publisher as one";

class SourceRoots {
public:
    // Reads which sources republish which, and which records share a title and publisher.
    explicit SourceRoots(Store& store);

    // The original behind source `id`, following republications: `id` itself when it is one.
    std::string root(const std::string& id) const;

    // How many independent sources the citations come from.
    std::size_t independent(const std::vector<CitationRow>& citations) const;

private:
    std::unordered_map<std::string, std::string> republishes_;
    std::unordered_map<std::string, std::string> same_document_;  // a source -> the first record of its document
};

}  // namespace allegraph
