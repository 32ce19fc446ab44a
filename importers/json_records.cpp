#include "importers/json_records.hpp"

#include <map>

#include "graph/history.hpp"

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

// A list of words of `vocabulary` (the roles an event type takes).
std::vector<std::string> words_of(FieldReader& fields, std::string_view key, const std::vector<std::string_view>& vocabulary,
                                  Need need) {
    std::vector<std::string> out;
    for (auto& given : fields.names(key)) {
        auto word = vocabulary_word(vocabulary, given);
        if (!word) fields.fail(key, unknown_word_message("role", vocabulary, given), fields.object().find(key));
        else out.emplace_back(*word);
    }
    if (out.empty() && need == Need::required && !fields.failed()) fields.fail(key, "give at least one");
    return out;
}

// An event type's wording: an object of templates, each a string or a list of strings.
std::map<std::string, WordingTemplate, std::less<>> read_wording(FieldReader& fields) {
    std::map<std::string, WordingTemplate, std::less<>> out;
    const JsonNode* wording = fields.object().find("wording");
    if (!wording || wording->type == JsonNode::Type::null) return out;
    if (wording->type != JsonNode::Type::object) {
        fields.fail("wording", "expected an object of templates", wording);
        return out;
    }
    for (const auto& [key, value] : wording->members) {
        WordingTemplate& alternatives = out[key];
        if (value.type == JsonNode::Type::string) alternatives.push_back(value.string);
        for (const auto& item : value.items)
            if (item.type == JsonNode::Type::string) alternatives.push_back(item.string);
        bool strings = value.type == JsonNode::Type::string ||
                       (value.type == JsonNode::Type::array && alternatives.size() == value.items.size());
        if (!strings) fields.fail("wording." + key, "a template is a string or a list of strings", &value);
    }
    return out;
}

// An event type's article triggers (docs/article-import.md); the vocabulary checks the patterns.
std::vector<TriggerDefinition> read_triggers(FieldReader& fields, const Vocabulary& vocabulary) {
    static const std::vector<std::string_view> kFrames = {"verb", "noun", "intransitive"};
    std::vector<TriggerDefinition> triggers;
    auto items = fields.objects("triggers", Need::optional);
    for (std::size_t i = 0; i < items.size(); ++i) {
        FieldReader item(*items[i], indexed("triggers", i));
        TriggerDefinition t;
        t.pattern = item.name("pattern", Need::required);
        t.frame = item.word("frame", Need::required, kFrames);
        t.status = item.word("status", Need::optional, vocabulary.statuses());
        t.patient_prep = item.name("patient_prep", Need::optional);
        t.institution_agent = item.boolean("institution_agent", false);
        t.negative = item.boolean("negative", false);
        t.report_only = item.boolean("report_only", false);
        t.patient_first = item.boolean("patient_first", false);
        auto precedence = item.count("precedence");
        if (precedence && *precedence > 1000) item.fail("precedence", "at most 1000");
        t.precedence = precedence && *precedence <= 1000 ? static_cast<int>(*precedence) : 0;
        fields.absorb(item);
        triggers.push_back(std::move(t));
    }
    return triggers;
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

EventTypeDefinition read_event_type(FieldReader& fields, const Vocabulary& vocabulary) {
    EventTypeDefinition t;
    t.word = fields.name("word", Need::required);
    t.category = fields.word("category", Need::required, vocabulary.event_categories());
    t.label = fields.name("label", Need::required);
    t.roles = words_of(fields, "roles", vocabulary.roles(), Need::required);
    t.required = words_of(fields, "required", vocabulary.roles(), Need::optional);
    if (std::string role = fields.word("actor_role", Need::optional, vocabulary.roles()); !role.empty()) t.actor_role = role;
    if (std::string role = fields.word("subject_role", Need::optional, vocabulary.roles()); !role.empty()) t.subject_role = role;
    settle_sheet_roles(t, fields.object().find("actor_role"), fields.object().find("subject_role"));
    t.cameo = fields.name("cameo", Need::optional);
    t.nature = fields.boolean("nature", false);
    t.answer = fields.name("answer", Need::optional);
    t.disputes = fields.boolean("disputes", false);
    t.punctual = fields.boolean("punctual", false);
    t.wording = read_wording(fields);
    t.triggers = read_triggers(fields, vocabulary);
    t.note = fields.text("note", Need::optional);
    return t;
}

Entity read_entity(FieldReader& fields, bool allow_uncited, const Vocabulary& vocabulary) {
    Entity e;
    e.id = fields.id("id", Need::required);
    e.kind = fields.word("kind", Need::required, entity_kinds());
    e.category = fields.word("category", Need::optional, vocabulary.organization_categories());
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

Event read_event(FieldReader& fields, bool allow_uncited, const Vocabulary& vocabulary) {
    Event e;
    e.id = fields.id("id", Need::required);
    e.type = fields.word("type", Need::required, vocabulary.event_types());
    if (auto date = fields.date("date", Need::required)) e.date = *date;
    e.status = fields.word("status", Need::optional, statuses());
    e.due = fields.date("due", Need::optional);
    e.negated = fields.boolean("negated", false);
    e.nature = fields.word("nature", Need::optional, allegation_natures());
    auto type = vocabulary.event_type(e.type);
    if (!e.nature.empty() && type && !type->nature && !fields.failed())
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
