#include "importers/json_records.hpp"

#include "graph/history.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {
namespace {

std::string indexed(std::string_view key, std::size_t i) { return std::string(key) + "[" + std::to_string(i) + "]"; }

std::vector<Citation> read_citations(FieldReader& fields, bool allow_uncited) {
    std::vector<Citation> citations;
    auto items = fields.objects("citations", allow_uncited ? Need::optional : Need::required);
    for (std::size_t i = 0; i < items.size(); ++i) {
        FieldReader item(*items[i], indexed("citations", i));
        Citation citation;
        citation.source = item.id("source", Need::required);
        citation.quote = item.text("quote", Need::required);
        citation.start = item.count("start");
        citation.end = item.count("end");
        if (citation.start.has_value() != citation.end.has_value() || (citation.start && *citation.start > *citation.end))
            item.fail("end", "start and end go together, with start <= end");
        fields.absorb(item);
        citations.push_back(std::move(citation));
    }
    return citations;
}

std::vector<Participant> read_participants(FieldReader& fields) {
    std::vector<Participant> participants;
    auto items = fields.objects("participants", Need::required);
    for (std::size_t i = 0; i < items.size(); ++i) {
        FieldReader item(*items[i], indexed("participants", i));
        participants.push_back({item.id("entity", Need::required), item.word("role", Need::required, roles())});
        fields.absorb(item);
    }
    return participants;
}

std::vector<EventLink> read_links(FieldReader& fields) {
    std::vector<EventLink> links;
    auto items = fields.objects("links", Need::optional);
    for (std::size_t i = 0; i < items.size(); ++i) {
        FieldReader item(*items[i], indexed("links", i));
        links.push_back({item.word("type", Need::required, link_types()), item.id("event", Need::required)});
        fields.absorb(item);
    }
    return links;
}

}  // namespace

SourceRecord read_source(FieldReader& fields) {
    SourceRecord record;
    Source& s = record.source;
    s.id = fields.id("id", Need::required);
    s.title = fields.name("title", Need::optional);
    s.publisher = fields.name("publisher", Need::optional);
    s.author = fields.name("author", Need::optional);
    s.url = fields.name("url", Need::optional);
    s.published = fields.date("published", Need::optional);
    s.note = fields.text("note", Need::optional);
    s.syndicated_from = fields.id("syndicated_from", Need::optional);
    if (!s.syndicated_from.empty() && s.syndicated_from == s.id)
        fields.fail("syndicated_from", "a source cannot republish itself");
    s.retracted = fields.name("retracted", Need::optional);
    if (!s.retracted.empty()) {
        auto moment = history_moment(s.retracted);
        if (!moment) fields.fail("retracted", moment.error().message);
        else s.retracted = moment.value();
    }
    s.retraction_reason = fields.text("retraction_reason", Need::optional);
    record.text_file = fields.name("text_file", Need::optional);
    if (std::string text = fields.text("text", Need::optional); !text.empty()) s.text = std::move(text);
    if (s.text && !record.text_file.empty()) fields.fail("text", "give the text inline or as text_file, not both");
    if (s.title.empty() && s.publisher.empty()) fields.fail("title", "a source needs a title or a publisher");
    return record;
}

Entity read_entity(FieldReader& fields, bool allow_uncited) {
    Entity e;
    e.id = fields.id("id", Need::required);
    e.kind = fields.word("kind", Need::required, entity_kinds());
    e.category = fields.word("category", Need::optional, organization_categories());
    if (!e.category.empty() && e.kind != "organization" && !fields.failed())
        fields.fail("category", "only organizations have a category", fields.object().find("category"));
    e.name = fields.name("name", Need::required);
    e.aliases = fields.names("aliases");
    e.description = fields.text("description", Need::optional);
    e.size = fields.name("size", Need::optional);
    if (!e.size.empty() && e.kind != "group" && !fields.failed())
        fields.fail("size", "only groups have a size", fields.object().find("size"));
    e.is_public = fields.boolean("public", true);
    const JsonNode* stated = fields.object().find("public");
    e.public_stated = stated && stated->type != JsonNode::Type::null;
    e.needs_review = fields.boolean("needs_review", false);
    e.citations = read_citations(fields, allow_uncited);
    return e;
}

Event read_event(FieldReader& fields, bool allow_uncited) {
    Event e;
    e.id = fields.id("id", Need::required);
    e.type = fields.word("type", Need::required, event_types());
    if (auto date = fields.date("date", Need::required)) e.date = *date;
    e.status = fields.word("status", Need::optional, statuses());
    e.due = fields.date("due", Need::optional);
    e.negated = fields.boolean("negated", false);
    e.nature = fields.word("nature", Need::optional, allegation_natures());
    if (!e.nature.empty() && e.type != "allegation" && !fields.failed())
        fields.fail("nature", "only allegations have a nature", fields.object().find("nature"));
    e.summary = fields.text("summary", Need::optional);
    static const std::vector<std::string_view> kReview = {"reviewed", "unreviewed"};
    e.unreviewed = fields.word("review", Need::optional, kReview) == "unreviewed";
    e.participants = read_participants(fields);
    e.links = read_links(fields);
    e.citations = read_citations(fields, allow_uncited);
    return e;
}

Relation read_relation(FieldReader& fields, bool allow_uncited) {
    Relation r;
    r.from = fields.id("from", Need::required);
    r.type = fields.word("type", Need::required, relation_types());
    r.to = fields.id("to", Need::required);
    if (!fields.failed() && r.from == r.to) fields.fail("to", "a relation needs two different entities");
    r.date = fields.date("date", Need::optional);
    r.context = fields.id("context", Need::optional);
    r.citations = read_citations(fields, allow_uncited);
    return r;
}

}  // namespace allegraph
