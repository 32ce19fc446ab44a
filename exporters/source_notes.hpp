// SourceNotes: numbered notes for citations, in order of first use, one number
// per distinct (source, quote), so a timeline's footnotes list each quote once.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/rows.hpp"

namespace allegraph {

class SourceNotes {
public:
    // The note number (from 1) of `citation`, adding it when new.
    std::size_t number(const CitationRow& citation) {
        auto key = std::make_pair(citation.source, citation.quote);
        auto [at, added] = numbers_.emplace(key, notes_.size() + 1);
        if (added) notes_.push_back(citation);
        return at->second;
    }

    // Every note, in number order.
    const std::vector<CitationRow>& notes() const { return notes_; }

private:
    std::map<std::pair<std::string, std::string>, std::size_t> numbers_;
    std::vector<CitationRow> notes_;
};

}  // namespace allegraph
