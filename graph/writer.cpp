// GraphWriter's rules (graph/writer.hpp): which ids are free, which texts and republications a
// source may take, which entities a writer sees, and which editor values a re-import keeps. Its
// statements are the engine's (graph/sql/writer.cpp).
#include "graph/writer.hpp"

#include <algorithm>

#include "graph/editor_values.hpp"
#include "graph/event_records.hpp"
#include "graph/source_records.hpp"

namespace allegraph {

Result<void> GraphWriter::set_review(std::string_view event_id, std::string_view state) {
    auto current = review_state(event_id);
    if (!current) return current.error();
    const std::string& was = current.value();
    if (was != "unreviewed" && was != state)
        return Error{std::string(event_id) + " is already " + (was == "reviewed" ? "accepted" : was)};
    const std::int64_t key = *event_key(event_id);
    recorder_.before_change(FactKind::event, key);
    set_event_review(store_, key, std::string(state));
    return {};
}

Result<void> GraphWriter::check_new_text(const Source& source) {
    auto key = source_key(source.id);
    if (!key || !source.text) return {};
    std::size_t lost = 0;
    for (const auto& quote : quotes_cited_from(store_, *key))
        if (source.text->find(quote) == std::string::npos) ++lost;
    if (lost)
        return field_error("text", "differs from the text stored for " + source.id + ": " + std::to_string(lost) +
                               " of the quotes cited from it would no longer be verbatim");
    return {};
}

Result<GraphWriter::IdOwners> GraphWriter::check_id_free(std::string_view id, std::string_view kind) {
    auto taken = [&](const char* other) {
        return field_error("id", "\"" + std::string(id) + "\" is already the id of " + other +
                                     "; ids are unique across sources, entities and events");
    };
    auto owners = id_owners(id);
    if (kind != "source" && (owners.source || owners.merged_source)) return taken("a source");
    if (kind != "entity" && owners.entity) return taken("an entity");
    if (kind != "event" && owners.event) return taken("an event");
    if (kind != "entity" && owners.redirect) return taken("an entity merged into another");
    return owners;
}

Result<std::optional<std::int64_t>> GraphWriter::syndicated_key(const Source& source) {
    if (source.syndicated_from.empty()) return std::optional<std::int64_t>{};
    auto original = source_key(source.syndicated_from);
    if (!original) return field_error("syndicated_from", "unknown source id \"" + source.syndicated_from + "\"");
    // A chain of republications must end at an original, not come back to this source.
    if (republishes(store_, *original, source.id)) return field_error("syndicated_from", source.syndicated_from + " already republishes " + source.id);
    return std::optional<std::int64_t>{*original};
}

bool GraphWriter::visible(std::int64_t key) {
    return see_private_ || written_entities_.count(key) || stored_public(key);
}

std::optional<std::int64_t> GraphWriter::visible_entity_key(std::string_view id) {
    auto key = entity_key(id);
    if (!key) key = redirect_key(id);
    if (key && visible(*key)) return key;
    return std::nullopt;
}

Result<std::int64_t> GraphWriter::resolve_entity(std::string_view id, std::string_view what) {
    if (auto key = visible_entity_key(id)) return *key;
    return field_error(std::string(what), "unknown entity id \"" + std::string(id) + "\"");
}

bool GraphWriter::public_to_write(const Entity& entity, std::optional<std::int64_t> existing) {
    if (entity.public_stated || !existing) return entity.is_public;
    return stored_public(*existing);
}

std::vector<ColumnValue> GraphWriter::editor_values(FactKind kind, std::int64_t key) {
    auto columns = edited_columns(store_, kind, key);
    std::erase(columns, "participants");
    return column_values(store_, kind, key, columns);
}

void GraphWriter::restore_editor_values(FactKind kind, std::int64_t key, std::string_view id,
                                        const std::vector<ColumnValue>& kept) {
    if (kept.empty()) return;
    std::vector<std::string> columns;
    for (const auto& value : kept) columns.push_back(value.column);
    auto now = column_values(store_, kind, key, columns);
    bool changed = false;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (now[i].value == kept[i].value) continue;
        changed = true;
        // Columns that follow from another (a date's interval, a name's key, an event type's category) go unsaid.
        const std::string& column = kept[i].column;
        bool derived = column.ends_with("_lo") || column.ends_with("_hi") || column.ends_with("_key") ||
                       (kind == FactKind::event && column == "category");
        if (!derived) kept_.push_back(std::string(id) + ": " + column + " kept as an editor set it; the file's value was not applied");
    }
    if (changed) update_columns(store_, kind, key, kept);
}

}  // namespace allegraph
