#include "queries/resolve.hpp"

#include "graph/name_index.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

constexpr std::size_t kSuggestions = 5;

std::vector<EntityRef> matches(SQLite::Statement& statement, const Privacy& privacy) {
    std::vector<EntityRef> out;
    while (statement.executeStep()) {
        bool is_public = statement.getColumn(4).getInt() != 0;
        if (!is_public && !privacy.include_private()) continue;
        out.push_back(privacy.entity(statement.getColumn(0).getInt64(), statement.getColumn(1).getString(),
                                     statement.getColumn(2).getString(), statement.getColumn(3).getString(),
                                     is_public));
    }
    return out;
}

std::vector<EntityRef> exact(SQLite::Database& db, std::string_view name, const Privacy& privacy) {
    // An id merged into another entity (graph/merge.cpp) names the kept one.
    SQLite::Statement by_id(db, R"(SELECT id, text_id, name, kind, public FROM entities WHERE text_id = ?1
        UNION ALL SELECT e.id, e.text_id, e.name, e.kind, e.public FROM entity_redirects r
            JOIN entities e ON e.id = r.entity WHERE r.text_id = ?1)");
    by_id.bind(1, std::string(name));
    auto found = matches(by_id, privacy);
    if (!found.empty()) return found;
    SQLite::Statement by_name(db, R"(SELECT id, text_id, name, kind, public FROM entities WHERE name_key = ?1
        UNION SELECT e.id, e.text_id, e.name, e.kind, e.public
              FROM aliases a JOIN entities e ON e.id = a.entity WHERE a.alias_key = ?1
        ORDER BY 2)");
    by_name.bind(1, fold_key(name));
    found = matches(by_name, privacy);
    if (found.empty() && !name.starts_with('#')) {  // "metoo" finds the campaign "#MeToo"
        by_name.reset();
        std::string hashtag = "#";
        hashtag += name;
        by_name.bind(1, fold_key(hashtag));
        found = matches(by_name, privacy);
    }
    return found;
}

EntityRef shown(const NamedRecord& r, const Privacy& privacy) {
    return privacy.entity(r.key, r.id, r.name, r.kind, r.is_public);
}

// Why, for the user: scrubbed of private names, as every text shown is.
std::vector<std::string> scrubbed(const std::vector<std::string>& why, const Privacy& privacy) {
    std::vector<std::string> out;
    for (const auto& w : why) out.push_back(privacy.scrub(w));
    return out;
}

}  // namespace

Resolution resolve_entity(SQLite::Database& db, std::string_view name, const Privacy& privacy) {
    Resolution resolution;
    auto found = exact(db, name, privacy);
    if (found.size() == 1) {
        resolution.entity = found.front();
        return resolution;
    }
    if (found.size() > 1) {
        resolution.candidates = std::move(found);
        return resolution;
    }
    // Beyond exact names: the names on record in memory, private ones only when they may be named.
    NameIndex index(load_named_records(db, privacy.include_private()));
    auto loose = index.same_name(name);
    if (loose.size() == 1) {
        resolution.entity = shown(index.records()[loose.front()], privacy);
        resolution.how = "the same name once punctuation, \"&\" and \"the\" are set aside";
        return resolution;
    }
    for (std::size_t record : loose) {
        resolution.candidates.push_back(shown(index.records()[record], privacy));
        resolution.suggestions.push_back({resolution.candidates.back(), 1.0, {"the same name"}});
    }
    if (!loose.empty()) return resolution;
    auto partial = index.partial(name);
    if (partial.size() == 1) {
        const NamedRecord& r = index.records()[partial.front().first];
        resolution.entity = shown(r, privacy);
        resolution.how = describe(partial.front().second);
        return resolution;
    }
    for (const auto& [record, fit] : partial) {
        resolution.candidates.push_back(shown(index.records()[record], privacy));
        resolution.suggestions.push_back({resolution.candidates.back(), 0.85, {describe(fit)}});
    }
    if (!partial.empty()) return resolution;
    for (const auto& match : index.similar(name, kSuggestions))
        resolution.suggestions.push_back(
            {shown(index.records()[match.record], privacy), match.score, scrubbed(match.why, privacy)});
    return resolution;
}

}  // namespace allegraph
