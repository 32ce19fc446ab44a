#include "queries/history.hpp"

#include <rapidjson/document.h>

#include <map>
#include <set>
#include <sstream>

#include "graph/fact_lookup.hpp"
#include "graph/sqlite/fact_images.hpp"

namespace allegraph {
namespace {

using Json = rapidjson::Value;

// Entity ids as history output may show them: a private person's id becomes "private:KEY".
class ShownIds {
public:
    ShownIds(SQLite::Database& db, const Privacy& privacy) : db_(db), privacy_(privacy) {}

    const Privacy& privacy() const { return privacy_; }

    std::string entity(std::int64_t key, const std::string& text_id) {
        if (privacy_.include_private() || is_public(key, text_id)) return text_id;
        return "private:" + std::to_string(key);
    }

    // An entity named only by text id (a relation's label).
    std::string entity(const std::string& text_id) {
        SQLite::Statement st(db_, "SELECT id FROM entities WHERE text_id = ?1"
                                  " UNION ALL SELECT entity FROM entity_redirects WHERE text_id = ?1");
        st.bind(1, text_id);
        return entity(st.executeStep() ? st.getColumn(0).getInt64() : 0, text_id);
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
    bool is_public(std::int64_t key, const std::string& text_id) {
        SQLite::Statement st(db_, "SELECT public FROM entities WHERE id = ?1 UNION ALL SELECT e.public FROM"
                                  " entity_redirects r JOIN entities e ON e.id = r.entity WHERE r.text_id = ?2");
        st.bind(1, key);
        st.bind(2, text_id);
        return st.executeStep() && st.getColumn(0).getInt() != 0;
    }

private:
    SQLite::Database& db_;
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

ChangeEntry read_change(SQLite::Statement& st, const Privacy& privacy) {
    ChangeEntry entry;
    entry.id = st.getColumn(0).getInt64();
    entry.at = st.getColumn(1).getString();
    entry.command = st.getColumn(2).getString();
    entry.files = files_of(st.getColumn(3).getString());
    for (auto& file : entry.files) file.path = privacy.scrub(file.path);
    entry.reason = privacy.scrub(st.getColumn(4).getString());
    return entry;
}

constexpr const char* kChangeColumns = "c.id, c.at, c.command, c.files, c.reason";

// The fact's image after change `change`: the one the next change to it started from, else as it is now.
std::optional<std::string> image_after(SQLite::Database& db, FactKind kind, std::int64_t key, std::int64_t change) {
    SQLite::Statement next(db, "SELECT before FROM change_facts WHERE kind = ? AND key = ? AND change > ?"
                               " ORDER BY change LIMIT 1");
    next.bind(1, std::string(fact_kind_name(kind)));
    next.bind(2, key);
    next.bind(3, change);
    if (next.executeStep()) {
        if (next.getColumn(0).isNull()) return std::nullopt;
        return next.getColumn(0).getString();
    }
    return fact_image(db, kind, key);
}

}  // namespace

namespace {

std::vector<ChangeEntry> changes_where(SQLite::Database& db, const std::string& condition, std::int64_t value,
                                       bool with_facts, const Privacy& privacy) {
    ShownIds redactor(db, privacy);
    std::vector<ChangeEntry> out;
    SQLite::Statement changes(db, std::string("SELECT ") + kChangeColumns + " FROM changes c WHERE " + condition +
                                      " ORDER BY c.id");
    if (condition.find('?') != std::string::npos) changes.bind(1, value);
    SQLite::Statement counts(db, "SELECT action, count(*) FROM change_facts WHERE change = ? GROUP BY action");
    SQLite::Statement facts(db, "SELECT kind, fact, action, key FROM change_facts WHERE change = ? ORDER BY kind, fact");
    while (changes.executeStep()) {
        ChangeEntry entry = read_change(changes, privacy);
        counts.reset();
        counts.bind(1, entry.id);
        while (counts.executeStep()) {
            std::string action = counts.getColumn(0).getString();
            auto n = static_cast<std::size_t>(counts.getColumn(1).getInt64());
            (action == "added" ? entry.added : action == "changed" ? entry.changed : entry.removed) = n;
        }
        if (with_facts) {
            facts.reset();
            facts.bind(1, entry.id);
            while (facts.executeStep()) {
                std::string kind = facts.getColumn(0).getString();
                entry.facts.push_back({kind, redactor.label(kind, facts.getColumn(1).getString(), facts.getColumn(3).getInt64()),
                                       facts.getColumn(2).getString(), {}});
            }
        }
        out.push_back(std::move(entry));
    }
    return out;
}

}  // namespace

std::vector<ChangeEntry> whole_history(SQLite::Database& db, bool with_facts, const Privacy& privacy) {
    return changes_where(db, "1", 0, with_facts, privacy);
}

std::optional<ChangeEntry> change_entry(SQLite::Database& db, std::int64_t change, const Privacy& privacy) {
    auto found = changes_where(db, "c.id = ?", change, true, privacy);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<std::vector<ChangeEntry>> fact_history(SQLite::Database& db, const std::string& id, const Privacy& privacy) {
    ShownIds redactor(db, privacy);
    auto live = find_fact(db, id);
    // A private person, or a relation of one, is found by id only with --include-private, as by every command.
    if (live && !privacy.include_private() && is_private_fact(db, *live)) return std::nullopt;
    if (!privacy.include_private()) {
        SQLite::Statement logged(db, "SELECT 1 FROM change_facts WHERE kind = 'entity' AND fact = ?");
        logged.bind(1, id);
        bool entity = live ? live->kind == FactKind::entity : logged.executeStep();
        if (entity && !redactor.is_public(live ? live->key : 0, id)) return std::nullopt;
    }
    SQLite::Statement st(db, std::string("SELECT ") + kChangeColumns + R"(, f.kind, f.fact, f.action, f.key, f.before
        FROM change_facts f JOIN changes c ON c.id = f.change
        WHERE f.fact = ?1 OR (f.kind = ?2 AND f.key = ?3) ORDER BY c.id, f.kind)");
    st.bind(1, id);
    st.bind(2, live ? std::string(fact_kind_name(live->kind)) : std::string());
    st.bind(3, live ? live->key : 0);
    std::vector<ChangeEntry> out;
    while (st.executeStep()) {
        ChangeEntry entry = read_change(st, privacy);
        std::string kind = st.getColumn(5).getString();
        FactKind fact_kind = *fact_kind_named(kind);
        std::int64_t key = st.getColumn(8).getInt64();
        std::string action = st.getColumn(7).getString();
        std::optional<std::string> before;
        if (!st.getColumn(9).isNull()) before = st.getColumn(9).getString();
        auto after = image_after(db, fact_kind, key, entry.id);
        (action == "added" ? entry.added : action == "changed" ? entry.changed : entry.removed) = 1;
        entry.facts.push_back({kind, redactor.label(kind, st.getColumn(6).getString(), key), action,
                               diff(flat_image(before, kind, redactor), flat_image(after, kind, redactor))});
        out.push_back(std::move(entry));
    }
    if (out.empty()) return std::nullopt;
    return out;
}

}  // namespace allegraph
