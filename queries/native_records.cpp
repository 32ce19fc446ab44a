#include "queries/native_records.hpp"

#include "graph/native_reads.hpp"

namespace allegraph {
namespace {

std::string shown_id(const Privacy& privacy, const StoredEntityRef& ref) {
    return privacy.entity(ref.key, ref.id, "", ref.kind, ref.is_public).id;
}

std::vector<Citation> shown_citations(ShownQuotes& quotes, const std::vector<Citation>& stored) {
    std::vector<Citation> out;
    for (const auto& c : stored) out.push_back(quotes.citation(c.source, c.quote, c.start, c.end));
    return out;
}

}  // namespace

void for_each_source(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                     const std::function<void(const Source&)>& visit) {
    for_each_stored_source(store, [&](const StoredSource& stored) {
        Source s;
        s.id = stored.id;
        s.title = privacy.scrub(stored.title);
        s.publisher = privacy.scrub(stored.publisher);
        s.author = privacy.scrub(stored.author);
        s.url = privacy.scrub(stored.url);
        s.published = stored.published;
        s.note = privacy.scrub(stored.note);
        if (stored.body) s.text = quotes.text(s.id, *stored.body);
        if (stored.syndicated_from) s.syndicated_from = *stored.syndicated_from;
        if (stored.retracted) s.retracted = *stored.retracted;
        s.retraction_reason = privacy.scrub(stored.retraction_reason);
        visit(s);
    });
}

void for_each_entity(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                     const std::function<void(const Entity&)>& visit) {
    for_each_stored_entity(store, [&](const StoredEntity& stored) {
        EntityRef ref = privacy.entity(stored.ref.key, stored.ref.id, stored.name, stored.ref.kind, stored.ref.is_public);
        Entity e;
        e.id = ref.id;
        e.kind = ref.kind;
        e.name = ref.name;
        e.is_public = stored.ref.is_public;
        e.category = stored.category;
        e.description = privacy.scrub(stored.description);
        e.size = stored.size;
        e.needs_review = stored.needs_review;
        if (!ref.redacted)
            for (const auto& alias : stored.aliases) e.aliases.push_back(privacy.shown_name(alias));
        e.citations = shown_citations(quotes, stored.citations);
        visit(e);
    });
}

void for_each_event(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                    const std::function<void(const Event&)>& visit) {
    for_each_stored_event(store, [&](const StoredEvent& stored) {
        Event e;
        e.id = stored.id;
        e.type = stored.type;
        e.date = stored.date;
        e.status = stored.status;
        e.due = stored.due;
        e.negated = stored.negated;
        e.nature = stored.nature;
        e.summary = privacy.scrub(stored.summary);
        e.unreviewed = stored.unreviewed;
        for (const auto& [ref, role] : stored.participants) e.participants.push_back({shown_id(privacy, ref), role});
        e.links = stored.links;
        e.citations = shown_citations(quotes, stored.citations);
        visit(e);
    });
}

void for_each_relation(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                       const std::function<void(const Relation&)>& visit) {
    for_each_stored_relation(store, [&](const StoredRelation& stored) {
        Relation r;
        r.from = shown_id(privacy, stored.from);
        r.to = shown_id(privacy, stored.to);
        r.type = stored.type;
        r.date = stored.date;
        if (stored.context) r.context = shown_id(privacy, *stored.context);
        r.citations = shown_citations(quotes, stored.citations);
        visit(r);
    });
}

}  // namespace allegraph
