#include "queries/resolve.hpp"

#include "graph/entity_reads.hpp"
#include "graph/name_index.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

constexpr std::size_t kSuggestions = 5;

// The entities found that may be shown, as they are shown.
std::vector<EntityRef> matches(const std::vector<EntityName>& found, const Privacy& privacy) {
    std::vector<EntityRef> out;
    for (const auto& e : found) {
        if (!e.is_public && !privacy.include_private()) continue;
        out.push_back(privacy.entity(e.key, e.id, e.name, e.kind, e.is_public));
    }
    return out;
}

std::vector<EntityRef> exact(Store& store, std::string_view name, const Privacy& privacy) {
    auto found = matches(entities_by_id(store, std::string(name)), privacy);
    if (!found.empty()) return found;
    found = matches(entities_by_name_key(store, fold_key(name)), privacy);
    if (found.empty() && !name.starts_with('#')) {  // "metoo" finds the campaign "#MeToo"
        std::string hashtag = "#";
        hashtag += name;
        found = matches(entities_by_name_key(store, fold_key(hashtag)), privacy);
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

Resolution resolve_entity(Store& store, std::string_view name, const Privacy& privacy) {
    Resolution resolution;
    auto found = exact(store, name, privacy);
    if (found.size() == 1) {
        resolution.entity = found.front();
        return resolution;
    }
    if (found.size() > 1) {
        resolution.candidates = std::move(found);
        return resolution;
    }
    // Beyond exact names: the names on record in memory, private ones only when they may be named.
    NameIndex index(load_named_records(store, privacy.include_private()));
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
