#include "importers/json_import.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

#include "graph/text.hpp"
#include "graph/vocabulary_store.hpp"
#include "importers/file_text.hpp"
#include "importers/json_records.hpp"
#include "importers/name_linker.hpp"

namespace allegraph {
namespace {


constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Maps a byte offset of the parsed text to its file, line and column.
using Locator = std::function<Location(std::size_t offset)>;

struct PendingLink {
    std::string event;
    EventLink link;
    Location where;
};

// The node a writer error's field path ("participants[1].entity") points at, or the record itself.
const JsonNode& node_at(const JsonNode& record, std::string_view path) {
    const JsonNode* node = &record;
    while (!path.empty() && node->type == JsonNode::Type::object) {
        std::string_view segment = path.substr(0, path.find('.'));
        path = segment.size() < path.size() ? path.substr(segment.size() + 1) : std::string_view{};
        std::string_view key = segment.substr(0, segment.find('['));
        const JsonNode* child = node->find(key);
        if (!child) break;
        node = child;
        if (key.size() < segment.size()) {
            std::size_t index = std::strtoul(std::string(segment.substr(key.size() + 1)).c_str(), nullptr, 10);
            if (node->type != JsonNode::Type::array || index >= node->items.size()) break;
            node = &node->items[index];
        }
    }
    return *node;
}

class JsonImporter {
public:
    JsonImporter(GraphWriter& writer, const std::string& path, const ImportOptions& options, ImportReport& report)
        : writer_(writer), path_(path), options_(options), report_(report), linker_(writer, options) {}

    Result<void> document(std::string_view text, std::size_t base);
    Result<void> lines(std::istream& in);
    Result<void> finish_links();

private:
    Result<void> record(std::string_view kind, const JsonNode& node, const Locator& where);
    Result<void> write(std::string_view kind, FieldReader& fields, const JsonNode& node, const Locator& where);
    Result<void> load_source_text(SourceRecord& record);
    Result<std::int64_t> count_addition(Result<VocabularyAddition> added);
    Result<void> vocabulary_section(const JsonNode& section, const Locator& where);
    Result<void> link_by_name(const Entity& entity, const JsonNode& node, const Locator& where);
    Error located(const Locator& where, std::size_t offset, std::string_view field, std::string_view message,
                  std::string_view id) const;

    GraphWriter& writer_;
    const std::string& path_;
    const ImportOptions& options_;
    ImportReport& report_;
    std::size_t record_number_ = 0;
    std::vector<PendingLink> pending_links_;
    NameLinker linker_;
};

Error JsonImporter::located(const Locator& where, std::size_t offset, std::string_view field,
                            std::string_view message, std::string_view id) const {
    Location at = where(offset);
    at.record = "record " + std::to_string(record_number_);
    if (!id.empty()) at.record += " (" + std::string(id) + ")";
    return located_error(std::move(at), std::string(field), std::string(message));
}

Result<void> JsonImporter::document(std::string_view text, std::size_t base) {
    Locator where = [&](std::size_t offset) {
        auto pos = position_of(text, offset + base);
        return Location{path_, pos.line, pos.column};
    };
    JsonNode root;
    JsonSyntaxError syntax;
    if (!parse_json(text.substr(base), root, syntax)) return located_error(where(syntax.offset), "", syntax.message);
    if (root.type != JsonNode::Type::object)
        return located_error(where(root.offset), "", "expected a JSON object {\"allegraph\": 1, ...}");
    const JsonNode* version = root.find("allegraph");
    if (!version || version->type != JsonNode::Type::integer || version->integer != 1)
        return located_error(where(version ? version->offset : root.offset), "allegraph",
                             "expected the format version 1 (\"allegraph\": 1)");
    if (const JsonNode* vocabulary = root.find("vocabulary"))
        if (auto read = vocabulary_section(*vocabulary, where); !read) return read;
    static const std::pair<std::string_view, std::string_view> kSections[] = {
        {"sources", "source"}, {"entities", "entity"}, {"events", "event"}, {"relations", "relation"}};
    for (const auto& [section, kind] : kSections) {
        const JsonNode* items = root.find(section);
        if (!items) continue;
        if (items->type != JsonNode::Type::array)
            return located_error(where(items->offset), std::string(section),
                                 "expected an array, got " + std::string(json_type_name(*items)));
        for (const auto& item : items->items)
            if (auto done = record(kind, item, where); !done) return done;
    }
    for (const auto& member : root.members) {  // the fields around the sections, read or not
        std::string path = member.key;
        if (const JsonNode* bad = find_invalid_utf8(member.value, path))
            return located_error(where(bad->offset), path, "invalid UTF-8");
    }
    return {};
}

Result<void> JsonImporter::lines(std::istream& in) {
    std::string line;
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(in.tellg());
    in.seekg(0);
    std::size_t read = 0;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        read += line.size() + 1;
        if (options_.progress) options_.progress(read, size);
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        std::size_t base = number == 1 && line.starts_with(kBom) ? kBom.size() : 0;
        Locator where = [&](std::size_t offset) {
            return Location{path_, number, position_of(line, offset + base).column};
        };
        JsonNode node;
        JsonSyntaxError syntax;
        if (!parse_json(std::string_view(line).substr(base), node, syntax))
            return located_error(where(syntax.offset), "", syntax.message);
        const JsonNode* kind = node.type == JsonNode::Type::object ? node.find("record") : nullptr;
        if (!kind || kind->type != JsonNode::Type::string) {
            ++record_number_;
            return located(where, kind ? kind->offset : node.offset, "record",
                           "each line must be an object with \"record\": \"source\", \"entity\", \"event\", "
                           "\"relation\", \"event_type\" or \"organization_category\"", "");
        }
        if (auto done = record(kind->string, node, where); !done) return done;
    }
    if (in.bad()) return located_error(Location{path_}, "", "read error");
    return {};
}

Result<void> JsonImporter::record(std::string_view kind, const JsonNode& node, const Locator& where) {
    ++record_number_;
    if (node.type != JsonNode::Type::object)
        return located(where, node.offset, "", "expected an object, got " + std::string(json_type_name(node)), "");
    FieldReader fields(node);
    fields.set_date_order(options_.date_order);
    if (auto written = write(kind, fields, node, where); !written) return written;
    std::string path;
    if (const JsonNode* bad = find_invalid_utf8(node, path)) {
        const JsonNode* id = node.find("id");
        return located(where, bad->offset, path, "invalid UTF-8", id && id->type == JsonNode::Type::string ? id->string : "");
    }
    return {};
}

Result<void> JsonImporter::write(std::string_view kind, FieldReader& fields, const JsonNode& node,
                                 const Locator& where) {
    Result<std::int64_t> written = Error{};
    std::string id;
    if (kind == "source") {
        SourceRecord source = read_source(fields);
        id = source.source.id;
        if (!fields.failed()) {
            if (auto loaded = load_source_text(source); !loaded)
                return located(where, node.find("text_file")->offset, "text_file", loaded.error().message, id);
            written = writer_.put_source(source.source);
            ++report_.sources;
        }
    } else if (kind == "entity") {
        Entity entity = read_entity(fields, options_.allow_uncited, store_vocabulary(writer_.store()));
        id = entity.id;
        if (!fields.failed() && options_.link_by_name && !writer_.entity_key(entity.id) && !writer_.redirect_key(entity.id))
            if (auto linked = link_by_name(entity, node, where); !linked) return linked;
        if (!fields.failed()) written = writer_.put_entity(entity);
        ++report_.entities;
    } else if (kind == "event") {
        Event event = read_event(fields, options_.allow_uncited, store_vocabulary(writer_.store()));
        id = event.id;
        if (!fields.failed()) {
            written = writer_.put_event(event);
            for (std::size_t i = 0; i < event.links.size(); ++i) {
                Location at = where(node_at(node, "links[" + std::to_string(i) + "]").offset);
                at.record = "event " + event.id;
                pending_links_.push_back({event.id, event.links[i], std::move(at)});
            }
        }
        ++report_.events;
    } else if (kind == "event_type") {
        EventTypeDefinition type = read_event_type(fields, store_vocabulary(writer_.store()));
        id = type.word;
        if (!fields.failed()) written = count_addition(add_event_type(writer_.store(), std::move(type)));
    } else if (kind == "organization_category") {
        id = fields.name("word", Need::required);
        if (!fields.failed()) written = count_addition(add_organization_category(writer_.store(), id));
    } else if (kind == "relation") {
        Relation relation = read_relation(fields, options_.allow_uncited);
        id = relation.from + " " + relation.type + " " + relation.to;
        if (!fields.failed()) written = writer_.put_relation(relation);
        ++report_.relations;
    } else {
        return located(where, node.find("record")->offset, "record",
                       "unknown record type " + in_quotes(kind) +
                           " (expected source, entity, event, relation, event_type or organization_category)",
                       "");
    }
    if (fields.failed()) return located(where, fields.error().offset, fields.error().field, fields.error().message, id);
    if (!written) {
        const Error& error = written.error();
        if (error.field.empty()) return located(where, node.offset, "", error.message, id);
        return located(where, node_at(node, error.field).offset, error.field, error.detail, id);
    }
    return {};
}

// --link-by-name: an entity record whose id is not on record names the entity its name names (its
// id then resolves to it, as a merged id does); a name near one on record is refused with the
// candidates unless --new-name says it is new; a new one is listed in the report.
Result<void> JsonImporter::link_by_name(const Entity& entity, const JsonNode& node, const Locator& where) {
    auto found = linker_.find(entity.name);
    const JsonNode* name = node.find("name");
    if (!found) return located(where, name ? name->offset : node.offset, "name", found.error().message, entity.id);
    if (!*found) {
        report_.created.push_back({entity.id, entity.name, entity.kind, entity.is_public,
                                   "an entity record whose name is on record nowhere"});
        linker_.created(entity);
        return {};
    }
    if (auto linked = writer_.link_entity_id(entity.id, **found); !linked)
        return located(where, node.offset, "id", linked.error().message, entity.id);
    report_.linked.push_back({**found, entity.id});
    return {};
}

// A vocabulary addition as the writer's other results read: an error, or done (nothing has a key).
Result<std::int64_t> JsonImporter::count_addition(Result<VocabularyAddition> added) {
    if (!added) return added.error();
    if (*added == VocabularyAddition::added) ++report_.vocabulary;
    return 0;
}

// A document's `vocabulary` section: {"event_types": [...], "organization_categories": ["university", ...]},
// read before the records that use it.
Result<void> JsonImporter::vocabulary_section(const JsonNode& section, const Locator& where) {
    if (section.type != JsonNode::Type::object)
        return located_error(where(section.offset), "vocabulary", "expected an object with event_types and organization_categories");
    for (const auto& [key, items] : section.members) {
        if (key != "event_types" && key != "organization_categories")
            return located_error(where(items.offset), "vocabulary." + key,
                                 "unknown vocabulary list (expected event_types or organization_categories)");
        if (items.type != JsonNode::Type::array)
            return located_error(where(items.offset), "vocabulary." + key, "expected an array");
        for (const auto& item : items.items) {
            if (key == "event_types") {
                if (auto done = record("event_type", item, where); !done) return done;
                continue;
            }
            if (item.type != JsonNode::Type::string)
                return located_error(where(item.offset), "vocabulary." + key, "expected a category word");
            if (auto added = count_addition(add_organization_category(writer_.store(), item.string)); !added)
                return located_error(where(item.offset), "vocabulary." + key, added.error().detail);
        }
    }
    return {};
}

Result<void> JsonImporter::load_source_text(SourceRecord& record) {
    if (record.source.text) record.source.text_sha256 = sha256_hex(*record.source.text);
    if (record.text_file.empty()) return {};
    auto file = read_text_file(path_, record.text_file, options_.text_roots, kMaxTextBytes);
    if (!file) return file.error();
    const std::string& resolved = file->path;
    if (file->state == TextFile::State::outside) {
        report_.warnings.push_back(record.source.id + ": source text " + resolved +
                                   " is outside the data file's folder and was not read (allow it with --text-root);"
                                   " its quotes were not checked against it");
        return {};
    }
    if (file->state == TextFile::State::missing) {
        report_.warnings.push_back(record.source.id + ": source text " + resolved +
                                   " is not at hand; its quotes were not checked against it");
        return {};
    }
    std::string& text = file.value().bytes;
    if (!is_valid_utf8(text)) return Error{resolved + " is not valid UTF-8", ErrorCode::bad_input, "", "not valid UTF-8", Location{resolved}};
    if (auto problem = text_problem(text); !problem.empty()) return located_error(Location{resolved}, "", problem);
    record.source.text_sha256 = sha256_hex(text);
    record.source.text = std::move(text);
    return {};
}

Result<void> JsonImporter::finish_links() {
    for (const auto& pending : pending_links_) {
        if (auto linked = writer_.put_link(pending.event, pending.link); !linked)
            return located_error(pending.where, "links", linked.error().message);
        ++report_.links;
    }
    return {};
}

}  // namespace

Result<void> import_json(GraphWriter& writer, const std::string& path, JsonShape shape, const ImportOptions& options,
                         ImportReport& report) {
    JsonImporter importer(writer, path, options, report);
    if (shape == JsonShape::lines) {
        std::ifstream in(path, std::ios::binary);
        if (!in) return located_error(Location{path}, "", std::string("cannot open: ") + std::strerror(errno));
        if (auto done = importer.lines(in); !done) return done;
    } else {
        auto text = read_file(path);
        if (!text) return text.error();
        std::size_t base = std::string_view(*text).starts_with(kBom) ? kBom.size() : 0;
        if (auto done = importer.document(*text, base); !done) return done;
    }
    return importer.finish_links();
}

}  // namespace allegraph
