#include "exporters/vocabulary_output.hpp"

#include "exporters/json_writer.hpp"

namespace allegraph {
namespace {

using json::key;
using json::str;
using json::Writer;

std::string roles_line(const EventTypeDefinition& type) {
    std::string out;
    for (const auto& role : type.roles) out += (out.empty() ? "" : ", ") + role + (type.requires_role(role) ? "*" : "");
    return out;
}

void strings(Writer& w, const char* name, const std::vector<std::string>& values) {
    key(w, name);
    w.StartArray();
    for (const auto& value : values) w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    w.EndArray();
}

void write_event_type(Writer& w, const EventTypeDefinition& t) {
    w.StartObject();
    key(w, "id");
    w.Int(t.id);
    str(w, "word", t.word);
    str(w, "category", t.category);
    str(w, "label", t.label);
    strings(w, "roles", t.roles);
    strings(w, "required", t.required);
    str(w, "actor_role", t.actor_role);
    str(w, "subject_role", t.subject_role);
    key(w, "cameo");
    if (t.cameo.empty()) w.Null();
    else w.String(t.cameo.c_str(), static_cast<rapidjson::SizeType>(t.cameo.size()));
    key(w, "nature");
    w.Bool(t.nature);
    str(w, "answer", t.answer);
    key(w, "disputes");
    w.Bool(t.disputes);
    key(w, "wording");
    w.StartObject();
    for (const auto& [status, alternatives] : t.wording) strings(w, status.c_str(), alternatives);
    w.EndObject();
    key(w, "built_in");
    w.Bool(t.built_in);
    w.EndObject();
}

void write_list(Writer& w, const Vocabulary& vocabulary, const char* list) {
    key(w, list);
    w.StartArray();
    for (const VocabularyEntry* entry : vocabulary.entries(list)) {
        w.StartObject();
        key(w, "id");
        w.Int(entry->id);
        str(w, "word", entry->word);
        if (std::string_view(list) == "relation_types") {
            key(w, "symmetric");
            w.Bool(entry->symmetric);
        }
        if (std::string_view(list) == "organization_categories") {
            key(w, "built_in");
            w.Bool(entry->built_in);
        }
        w.EndObject();
    }
    w.EndArray();
}

constexpr const char* kOtherLists[] = {"organization_categories", "entity_kinds", "event_categories", "roles",
                                       "statuses", "link_types", "relation_types", "allegation_natures"};

}  // namespace

void write_vocabulary_text(std::ostream& out, const Vocabulary& vocabulary) {
    out << "Event types (roles: * required; [added] by this database):\n";
    for (const auto& type : vocabulary.event_type_definitions()) {
        out << "  " << type->word << "  " << type->category << "  " << type->label << "  roles: " << roles_line(*type);
        if (!type->cameo.empty()) out << "  CAMEO " << type->cameo;
        if (!type->built_in) out << "  [added]";
        out << "\n";
    }
    for (const char* list : kOtherLists) {
        out << list << ":";
        const char* separator = " ";
        for (const VocabularyEntry* entry : vocabulary.entries(list)) {
            out << separator << entry->word << (entry->built_in ? "" : " [added]");
            separator = ", ";
        }
        out << "\n";
    }
}

void write_vocabulary_json(std::ostream& out, const Vocabulary& vocabulary) {
    json::document(out, [&](Writer& w) {
        w.StartObject();
        key(w, "event_types");
        w.StartArray();
        for (const auto& type : vocabulary.event_type_definitions()) write_event_type(w, *type);
        w.EndArray();
        for (const char* list : kOtherLists) write_list(w, vocabulary, list);
        w.EndObject();
    });
}

void write_vocabulary_change_json(std::ostream& out, const std::string& action, const std::string& list,
                                  const std::string& word, std::int64_t change) {
    json::document(out, [&](Writer& w) {
        w.StartObject();
        str(w, "action", action);
        str(w, "list", list);
        str(w, "word", word);
        key(w, "change");
        if (change) w.Int64(change);
        else w.Null();
        w.EndObject();
    });
}

}  // namespace allegraph
