#include "queries/source_roots.hpp"

#include <map>
#include <set>

#include "graph/judgements.hpp"
#include "graph/name_similarity.hpp"

namespace allegraph {

SourceRoots::SourceRoots(SQLite::Database& db) {
    SQLite::Statement st(db, "SELECT s.text_id, o.text_id FROM sources s JOIN sources o ON o.id = s.syndicated_from");
    while (st.executeStep()) republishes_.emplace(st.getColumn(0).getString(), st.getColumn(1).getString());
    auto judged = not_same_pairs(db, FactKind::source);
    std::map<std::string, std::vector<std::pair<std::int64_t, std::string>>> documents;  // title and publisher -> records
    SQLite::Statement all(db, "SELECT id, text_id, title, publisher FROM sources WHERE title <> '' ORDER BY text_id");
    while (all.executeStep()) {
        std::string title = loose_name_key(all.getColumn(2).getString());
        if (title.empty()) continue;
        documents[title + "\n" + loose_name_key(all.getColumn(3).getString())].emplace_back(all.getColumn(0).getInt64(),
                                                                                           all.getColumn(1).getString());
    }
    for (const auto& [document, records] : documents)
        for (std::size_t i = 1; i < records.size(); ++i) {
            const auto& [key, id] = records[i];
            const auto& [first_key, first_id] = records.front();
            if (!judged.count({std::min(key, first_key), std::max(key, first_key)})) same_document_.emplace(id, first_id);
        }
}

std::string SourceRoots::root(const std::string& id) const {
    auto same = same_document_.find(id);
    std::string at = same == same_document_.end() ? id : same->second;
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
