#include "queries/source_roots.hpp"

#include <set>

namespace allegraph {

SourceRoots::SourceRoots(SQLite::Database& db) {
    SQLite::Statement st(db, "SELECT s.text_id, o.text_id FROM sources s JOIN sources o ON o.id = s.syndicated_from");
    while (st.executeStep()) republishes_.emplace(st.getColumn(0).getString(), st.getColumn(1).getString());
}

std::string SourceRoots::root(const std::string& id) const {
    std::string at = id;
    for (std::size_t steps = 0; steps <= republishes_.size(); ++steps) {  // the writer refuses cycles; bound it anyway
        auto up = republishes_.find(at);
        if (up == republishes_.end()) break;
        at = up->second;
    }
    return at;
}

std::size_t SourceRoots::independent(const std::vector<CitationRow>& citations) const {
    std::set<std::string> roots;
    for (const auto& c : citations) roots.insert(root(c.source));
    return roots.size();
}

}  // namespace allegraph
