#include "queries/history.hpp"

#include <rapidjson/document.h>

#include <map>
#include <set>
#include <sstream>

#include "graph/fact_lookup.hpp"
#include "graph/history_reads.hpp"

namespace allegraph {
namespace {

using Json = rapidjson::Value;

// Entity ids as history output may show them: a private person's id becomes "private:KEY".
class ShownIds {
public:
    ShownIds(Store& store, const Privacy& privacy) : store_(store), privacy_(privacy) {}

    const Privacy& privacy() const { return privacy_; }

    std::string entity(std::int64_t key, const std::string& text_id) {
        if (privacy_.include_private() || is_public(key, text_id)) return text_id;
        return "private:" + std::to_string(key);
    }

    // An entity named only by text id (a relation's label).
    std::string entity(const std::string& text_id) {
        return entity(entity_key_named(store_, text_id), text_id);
    }

    std::string relation(const std::string& label) {
        std::istringstream in(label);
        std::string from, type, to;
        in >> from >> type >> to;
        return entity(from) + " " + type + " " + entity(to);
    }

    std::string label(const std::string& kind, const std::string& fact, std::int64_t key) {
        if (kind == "entity") return entity(key, fact);
        if (kind == "relation") return relation(fact);
        return fact;
    }

    // Unknown entities (gone, and not merged anywhere) count as private: nothing leaks by mistake.
    bool is_public(std::int64_t key, const std::string& text_id) { return entity_is_public(store_, key, text_id); }

private:
    Store& store_;
    const Privacy& privacy_;
};

std::string text_of(const Json& v) {
    if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsDouble()) return std::to_string(v.GetDouble());
    if (v.IsBool()) return v.GetBool() ? "true" : "false";
    return "";
}

// A fact's image as named values and list items, ready to compare and show.
struct Flat {
    std::map<std::string, std::string> fields;
    std::set<std::pair<std::string, std::string>> items;  // (list, item)
};

const std::set<std::string>& hidden_columns() {
    static const std::set<std::string> hidden = {"id", "text_id", "name_key", "date_lo", "date_hi", "due_lo", "due_hi",
                                                 "published_lo", "published_hi", "sha256", "body", "from_entity",
                                                 "to_entity", "context", "syndicated_from"};
    return hidden;
}

Flat flatten(const Json& image, const std::string& kind, ShownIds& redactor) {
    Flat flat;
    const Json& row = image["row"];
    const bool private_entity = kind == "entity" && row.HasMember("public") && text_of(row["public"]) == "0" &&
                                !redactor.privacy().include_private();
    const Privacy& privacy = redactor.privacy();
    for (auto m = row.MemberBegin(); m != row.MemberEnd(); ++m) {
        std::string name = m->name.GetString();
        if (hidden_columns().count(name)) continue;
        std::string value = text_of(m->value);
        if (private_entity && (name == "name" || name == "description")) value = "[redacted]";
        flat.fields[name] = kind == "entity" && name == "name" ? privacy.shown_name(value) : privacy.scrub(value);
    }
    if (row.HasMember("body") && row["body"].IsString())
        flat.fields["text"] = std::to_string(row["body"].GetStringLength()) + " bytes, sha256 " + text_of(row["sha256"]);
    for (const char* end : {"from", "to", "context"})
        if (image.HasMember(end) && image[end].IsString()) flat.fields[end] = redactor.entity(image[end].GetString());
    auto list = [&](const char* name, auto&& item) {
        if (!image.HasMember(name)) return;
        for (const auto& entry : image[name].GetArray()) flat.items.emplace(name, item(entry));
    };
    list("aliases", [&](const Json& a) { return private_entity ? std::string("[redacted]") : privacy.shown_name(text_of(a[0])); });
    list("redirects", [&](const Json& r) { return redactor.entity(text_of(r)); });
    list("participants", [&](const Json& p) { return redactor.entity(p[2].GetInt64(), text_of(p[0])) + " " + text_of(p[1]); });
    list("links", [&](const Json& l) { return text_of(l[0]) + " " + text_of(l[1]); });
    list("citations", [&](const Json& c) { return text_of(c[0]) + ": \u201c" + privacy.scrub(text_of(c[1])) + "\u201d"; });
    return flat;
}

std::vector<FieldChange> diff(const std::optional<Flat>& before, const std::optional<Flat>& after) {
    static const Flat none;
    const Flat& b = before ? *before : none;
    const Flat& a = after ? *after : none;
    std::vector<FieldChange> out;
    std::set<std::string> names;
    for (const auto& [name, value] : b.fields) names.insert(name);
    for (const auto& [name, value] : a.fields) names.insert(name);
    for (const auto& name : names) {
        auto was = b.fields.find(name), now = a.fields.find(name);
        std::string old_value = was == b.fields.end() ? "" : was->second;
        std::string new_value = now == a.fields.end() ? "" : now->second;
        if (old_value != new_value) out.push_back({name, old_value, new_value});
    }
    for (const auto& [list, item] : b.items)
        if (!a.items.count({list, item})) out.push_back({list, item, ""});
    for (const auto& [list, item] : a.items)
        if (!b.items.count({list, item})) out.push_back({list, "", item});
    return out;
}

std::optional<Flat> flat_image(const std::optional<std::string>& image, const std::string& kind, ShownIds& redactor) {
    if (!image) return std::nullopt;
    rapidjson::Document doc;
    doc.Parse(image->c_str(), image->size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("row")) return std::nullopt;
    return flatten(doc, kind, redactor);
}

std::vector<FileStamp> files_of(const std::string& json) {
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    std::vector<FileStamp> files;
    if (doc.HasParseError() || !doc.IsArray()) return files;
    for (const auto& f : doc.GetArray())
        if (f.IsObject() && f.HasMember("path") && f.HasMember("sha256"))
            files.push_back({text_of(f["path"]), text_of(f["sha256"])});
    return files;
}

// The logged command as shown: its files' paths and its reason redacted; no counts, no facts.
ChangeEntry shown_change(const LoggedChange& change, const Privacy& privacy) {
    ChangeEntry entry;
    entry.id = change.id;
    entry.at = change.at;
    entry.command = change.command;
    entry.files = files_of(change.files);
    for (auto& file : entry.files) file.path = privacy.scrub(file.path);
    entry.reason = privacy.scrub(change.reason);
    return entry;
}

std::vector<ChangeEntry> changes_shown(Store& store, std::optional<std::int64_t> only, bool with_facts,
                                       const Privacy& privacy) {
    ShownIds redactor(store, privacy);
    std::vector<ChangeEntry> out;
    for (const auto& change : logged_changes(store, only, with_facts)) {
        ChangeEntry entry = shown_change(change, privacy);
        entry.added = change.added;
        entry.changed = change.changed;
        entry.removed = change.removed;
        for (const auto& fact : change.facts)
            entry.facts.push_back({fact.kind, redactor.label(fact.kind, fact.fact, fact.key), fact.action, {}});
        out.push_back(std::move(entry));
    }
    return out;
}

}  // namespace

std::vector<ChangeEntry> whole_history(Store& store, bool with_facts, const Privacy& privacy) {
    return changes_shown(store, std::nullopt, with_facts, privacy);
}

std::optional<ChangeEntry> change_entry(Store& store, std::int64_t change, const Privacy& privacy) {
    auto found = changes_shown(store, change, true, privacy);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<std::vector<ChangeEntry>> fact_history(Store& store, const std::string& id, const Privacy& privacy) {
    ShownIds redactor(store, privacy);
    auto live = find_fact(store, id);
    // A private person, or a relation of one, is found by id only with --include-private, as by every command.
    if (live && !privacy.include_private() && is_private_fact(store, *live)) return std::nullopt;
    if (!privacy.include_private()) {
        bool entity = live ? live->kind == FactKind::entity : logs_entity_id(store, id);
        if (entity && !redactor.is_public(live ? live->key : 0, id)) return std::nullopt;
    }
    std::vector<ChangeEntry> out;
    for (const auto& [change, fact] : fact_changes(store, id, live)) {
        ChangeEntry entry = shown_change(change, privacy);
        auto after = image_after(store, *fact_kind_named(fact.kind), fact.key, entry.id);
        (fact.action == "added" ? entry.added : fact.action == "changed" ? entry.changed : entry.removed) = 1;
        entry.facts.push_back({fact.kind, redactor.label(fact.kind, fact.fact, fact.key), fact.action,
                               diff(flat_image(fact.before, fact.kind, redactor), flat_image(after, fact.kind, redactor))});
        out.push_back(std::move(entry));
    }
    if (out.empty()) return std::nullopt;
    return out;
}

}  // namespace allegraph
