// Source roots: which sources are independent. A source that republishes another
// (`syndicated_from`: a wire story on several sites) is a copy of it, not a second
// witness; counts of support count each original once.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "queries/rows.hpp"

namespace allegraph {

class SourceRoots {
public:
    // Reads which sources republish which (few rows: only those that name an original).
    explicit SourceRoots(SQLite::Database& db);

    // The original behind source `id`, following republications: `id` itself when it is one.
    std::string root(const std::string& id) const;

    // How many independent sources the citations come from.
    std::size_t independent(const std::vector<CitationRow>& citations) const;

private:
    std::unordered_map<std::string, std::string> republishes_;
};

}  // namespace allegraph
