#include "importers/name_linker.hpp"

#include "graph/name_similarity.hpp"
#include "graph/text.hpp"

namespace allegraph {

std::string candidate_list(const NameIndex& index, const std::vector<NameMatch>& matches) {
    std::string out;
    for (const auto& match : matches) {
        const NamedRecord& r = index.records()[match.record];
        out += (out.empty() ? "" : "; ") + r.id + " \u201c" + r.name + "\u201d";
        if (!match.why.empty()) out += " (" + match.why.front() + ")";
    }
    return out;
}

NameLinker::NameLinker(GraphWriter& writer, const ImportOptions& options) : writer_(writer), options_(options) {
    for (const auto& name : options.new_names) new_names_.insert(loose_name_key(name));
}

bool NameLinker::declared_new(std::string_view name) const { return new_names_.count(loose_name_key(name)) > 0; }

NameIndex& NameLinker::index() {
    if (!index_) index_ = std::make_unique<NameIndex>(writer_.named_records(options_.include_private));
    return *index_;
}

Result<std::optional<std::string>> NameLinker::find(std::string_view name, bool declared_new_here,
                                                    const std::string& other_ways) {
    // An entity id, or an id merged into another.
    if (writer_.visible_entity_key(name)) return std::optional<std::string>(std::string(name));
    auto named = writer_.entities_named(name);
    if (named.size() == 1) return std::optional<std::string>(named.front().id);
    auto several = [&](const std::vector<std::string>& ids) {
        std::string list;
        for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
        return Error{in_quotes(name) + " names several entities (" + list + "); write the id instead"};
    };
    if (named.size() > 1) {
        std::vector<std::string> ids;
        for (const auto& entity : named) ids.push_back(entity.id);
        return several(ids);
    }
    NameIndex& names = index();
    auto same = names.same_name(name);
    if (same.size() == 1) return std::optional<std::string>(names.records()[same.front()].id);
    if (same.size() > 1) {
        std::vector<std::string> ids;
        for (std::size_t record : same) ids.push_back(names.records()[record].id);
        return several(ids);
    }
    if (declared_new_here || declared_new(name)) return std::optional<std::string>();
    auto near = names.near(name);
    if (near.empty()) return std::optional<std::string>();
    if (near.size() > 5) near.resize(5);
    return Error{in_quotes(name) + " is not on record but is close to: " + candidate_list(names, near) +
                 ". If it is one of these, give its id; if it is a new entity, say so (--new-name " + in_quotes(name) +
                 other_ways + ")"};
}

void NameLinker::created(const Entity& entity) {
    if (!index_) return;  // loaded later, from the store, with the entity in it
    if (!entity.is_public && !options_.include_private) return;
    NamedRecord record;
    record.key = writer_.entity_key(entity.id).value_or(0);
    record.id = entity.id;
    record.name = entity.name;
    record.kind = entity.kind;
    record.category = entity.category;
    record.is_public = entity.is_public;
    record.needs_review = entity.needs_review;
    record.aliases = entity.aliases;
    index_->add(std::move(record));
}

}  // namespace allegraph
