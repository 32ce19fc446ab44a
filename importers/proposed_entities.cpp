#include "importers/proposed_entities.hpp"

#include "graph/text.hpp"
#include "importers/ids.hpp"

namespace allegraph {
namespace {

std::string id_prefix(const std::string& kind) {
    if (kind == "organization") return "org";
    return kind;
}

}  // namespace

Result<std::string> EntityWriter::id_of(int index, const std::string& quote) {
    if (auto done = ids_.find(index); done != ids_.end()) return done->second;
    const ArticleEntity& e = entities_.at(index);
    auto id = e.id.empty() ? proposal(e, quote) : Result<std::string>(e.id);
    if (id) ids_[index] = id.value();
    return id;
}

Result<std::string> EntityWriter::proposal(const ArticleEntity& e, const std::string& quote) {
    if (e.descriptive) {  // "lower court", "eight women": the same only within one article
        for (const auto& named : writer_.entities_named(e.name))
            if (writer_.entity_cites_source(named.id, source_)) return named.id;
    } else {
        auto named = writer_.entities_named(e.name);
        if (named.size() == 1) return named[0].id;
        if (named.size() > 1) return std::string();
        auto longer = writer_.entities_containing(e.name);  // never a fragment of a longer stored name
        if (longer.size() == 1) return longer[0].id;
        if (longer.size() > 1) return std::string();
        auto linked = linker_.find(e.name);
        if (!linked) return linked.error();
        if (*linked) return **linked;
    }
    Entity entity;
    entity.kind = e.kind;
    entity.category = e.kind == "organization" ? (e.category.empty() ? "other" : e.category) : "";
    entity.id = free_entity_id(writer_, id_prefix(e.kind), e.name);
    entity.name = e.name;
    for (const auto& form : e.forms)
        if (fold_key(form) != fold_key(e.name)) entity.aliases.push_back(form);
    entity.size = e.kind == "group" ? e.size : "";
    entity.description = "Proposed by the article importer: " + e.reason + ".";
    entity.needs_review = true;
    entity.is_public = e.kind != "person";  // a person named in passing may be a survivor: private until reviewed
    entity.citations = {{source_, quote, std::nullopt, std::nullopt}};
    if (auto written = writer_.put_entity(entity); !written) return written.error();
    ++report_.entities;
    report_.created.push_back({entity.id, entity.name, entity.kind, entity.is_public, e.reason});
    linker_.created(entity);
    return entity.id;
}

Result<Event> EntityWriter::proposed_event(const Candidate& c, const std::string& quote) {
    Event event;
    for (const auto& p : c.participants) {
        auto id = id_of(p.entity, quote);
        if (!id) return id.error();
        bool seen = false;
        for (const auto& q : event.participants) seen = seen || q.entity == id.value();
        if (!id->empty() && !seen) event.participants.push_back({id.value(), p.role});
    }
    event.type = c.type;
    event.status = c.status;
    event.negated = c.negated;
    event.nature = c.nature;
    event.due = c.due;
    event.unreviewed = true;
    return event;
}

}  // namespace allegraph
