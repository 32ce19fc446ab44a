#include "queries/source_roots.hpp"

#include <map>
#include <set>

#include "graph/judgements.hpp"
#include "graph/name_similarity.hpp"
#include "graph/source_reads.hpp"

namespace allegraph {

SourceRoots::SourceRoots(Store& store) {
    for (auto& [id, original] : republications(store)) republishes_.emplace(std::move(id), std::move(original));
    auto judged = not_same_pairs(store, FactKind::source);
    std::map<std::string, std::vector<std::pair<std::int64_t, std::string>>> documents;  // title and publisher -> records
    for (auto& source : titled_sources(store)) {
        std::string title = loose_name_key(source.title);
        if (title.empty()) continue;
        documents[title + "\n" + loose_name_key(source.publisher)].emplace_back(source.key, std::move(source.id));
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
