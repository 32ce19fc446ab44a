// GraphWriter (graph/writer.hpp): its upserts and lookups as prepared SQLite statements.
#include "graph/writer.hpp"

#include <algorithm>
#include <utility>

#include "graph/editor_values.hpp"
#include "graph/graph_index.hpp"
#include "graph/sql/engine.hpp"
#include "graph/sql/writer_statements.hpp"
#include "graph/support.hpp"
#include "graph/text.hpp"
#include "graph/vocabulary.hpp"
#include "graph/vocabulary_store.hpp"

namespace allegraph {
namespace {

void bind_optional_date(sql::Statement& statement, int first, const std::optional<Date>& date) {
    if (date) {
        statement.bind(first, date->text);
        statement.bind(first + 1, static_cast<std::int64_t>(date->lo));
        statement.bind(first + 2, static_cast<std::int64_t>(date->hi));
    } else {
        statement.bind(first);
        statement.bind(first + 1);
        statement.bind(first + 2);
    }
}

std::optional<std::int64_t> lookup(sql::Statement& statement, std::string_view id) {
    statement.reset();
    statement.bind(1, std::string(id));
    if (!statement.executeStep()) return std::nullopt;
    return statement.getColumn(0).getInt64();
}

// True when `quote` stands in `text` at code points [start, end).
bool quote_at(const std::string& text, const std::string& quote, std::size_t start, std::size_t end) {
    for (std::size_t at = text.find(quote); at != std::string::npos; at = text.find(quote, at + 1)) {
        std::size_t first = code_point_offset(text, at);
        if (first == start && first + code_point_offset(quote, quote.size()) == end) return true;
    }
    return false;
}

// Where `quote` sits in `text`, in code points, or nullopt when it is not a verbatim substring.
std::optional<std::pair<std::size_t, std::size_t>> locate_quote(const std::string& text, const std::string& quote) {
    std::size_t at = text.find(quote);
    if (at == std::string::npos) return std::nullopt;
    std::size_t start = code_point_offset(text, at);
    return std::pair{start, start + code_point_offset(quote, quote.size())};
}

// The key of `id`, from `cache` or else by `statement` (then remembered).
template <class KeyCache>
std::optional<std::int64_t> cached_key(KeyCache& cache, sql::Statement& statement, std::string_view id) {
    if (auto found = cache.find(id); found != cache.end()) return found->second;
    auto key = lookup(statement, id);
    if (key) cache.emplace(std::string(id), *key);
    return key;
}

// Runs the upsert `s` (RETURNING id) of the fact `what`; its key: the one it inserted, else `existing`.
std::int64_t written_key(sql::Statement& s, const std::optional<std::int64_t>& existing, const std::string& what) {
    const bool returned = s.executeStep();
    const std::int64_t key = existing ? *existing : returned ? s.getColumn(0).getInt64() : 0;
    s.reset();  // SQLite commits no transaction while a statement that wrote is still stepping
    if (!returned && !existing) throw sql::Error(what + " was written by another writer meanwhile", sql::Error::Kind::busy);
    return key;
}

}  // namespace

GraphWriter::Statements::Statements(sql::Connection& db)
    : db(db),
      // A retraction stays when a file without one is imported again.
      source_upsert(db, R"(INSERT INTO sources(text_id, title, publisher, author, url, published, published_lo,
                                                published_hi, note, body, sha256, syndicated_from, retracted,
                                                retraction_reason)
          VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
          ON CONFLICT(text_id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher,
              author = excluded.author, url = excluded.url, published = excluded.published,
              published_lo = excluded.published_lo, published_hi = excluded.published_hi, note = excluded.note,
              body = coalesce(excluded.body, sources.body), sha256 = coalesce(excluded.sha256, sources.sha256),
              syndicated_from = excluded.syndicated_from, retracted = coalesce(excluded.retracted, sources.retracted),
              retraction_reason = CASE WHEN excluded.retracted IS NULL THEN sources.retraction_reason
                                       ELSE excluded.retraction_reason END
          WHERE (sources.title, sources.publisher, sources.author, sources.url, sources.published, sources.note,
                 sources.syndicated_from) IS DISTINCT FROM
                (excluded.title, excluded.publisher, excluded.author, excluded.url, excluded.published, excluded.note,
                 excluded.syndicated_from)
             OR (excluded.body IS NOT NULL AND excluded.sha256 IS DISTINCT FROM sources.sha256)
             OR (excluded.retracted IS NOT NULL AND excluded.retracted IS DISTINCT FROM sources.retracted))"),
      source_lookup(db, "SELECT id FROM sources WHERE text_id = ?1"
                         " UNION ALL SELECT source FROM source_redirects WHERE text_id = ?1 LIMIT 1"),
      source_text(db, "SELECT body FROM sources WHERE id = ? AND body IS NOT NULL"),
      entity_upsert(db, R"(INSERT INTO entities(text_id, kind, category, name, name_key, description, size, public,
                                                  needs_review)
          VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
          ON CONFLICT(text_id) DO UPDATE SET kind = excluded.kind, category = excluded.category, name = excluded.name,
              name_key = excluded.name_key, description = excluded.description, size = excluded.size,
              public = excluded.public, needs_review = excluded.needs_review
          WHERE (entities.kind, entities.category, entities.name, entities.description, entities.size, entities.public,
                 entities.needs_review) IS DISTINCT FROM
                (excluded.kind, excluded.category, excluded.name, excluded.description, excluded.size, excluded.public,
                 excluded.needs_review) RETURNING id)"),
      entity_lookup(db, "SELECT id FROM entities WHERE text_id = ?"),
      alias_insert(db, "INSERT INTO aliases(entity, alias, alias_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
      entity_by_name(db, R"(SELECT text_id, kind, category, id FROM entities WHERE name_key = ?1
          UNION SELECT e.text_id, e.kind, e.category, e.id FROM aliases a JOIN entities e ON e.id = a.entity
          WHERE a.alias_key = ?1 ORDER BY 1)"),
      event_upsert(db, R"(INSERT INTO events(text_id, type, category, date, date_lo, date_hi, status, due, due_lo,
                                              due_hi, negated, nature, summary, review)
          VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
          ON CONFLICT(text_id) DO UPDATE SET type = excluded.type, category = excluded.category, date = excluded.date,
              date_lo = excluded.date_lo, date_hi = excluded.date_hi, status = excluded.status, due = excluded.due,
              due_lo = excluded.due_lo, due_hi = excluded.due_hi, negated = excluded.negated,
              nature = excluded.nature, summary = excluded.summary,
              review = CASE WHEN excluded.review = 'unreviewed' OR events.review = 'rejected' THEN events.review
                            ELSE excluded.review END
          WHERE (events.type, events.date, events.status, events.due, events.negated, events.nature, events.summary,
                 events.review) IS DISTINCT FROM
                (excluded.type, excluded.date, excluded.status, excluded.due, excluded.negated, excluded.nature,
                 excluded.summary, excluded.review) RETURNING id)"),
      // A new event under a key the writer reserved: its rows need no answer, so PostgreSQL can hold them.
      event_insert_keyed(db, R"(INSERT INTO events(text_id, type, category, date, date_lo, date_hi, status, due, due_lo,
                                                    due_hi, negated, nature, summary, review, id)
          VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))"),
      event_lookup(db, "SELECT id FROM events WHERE text_id = ?"),
      participants_clear(db, "DELETE FROM participants WHERE event = ?"),
      participant_insert(db, "INSERT INTO participants(event, entity, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
      link_insert(db, "INSERT INTO event_links(event, type, target) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
      relation_upsert(db, R"(INSERT INTO relations(from_entity, type, to_entity, date, date_lo, date_hi, context)
          VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
          ON CONFLICT(from_entity, type, to_entity) DO UPDATE SET date = excluded.date, date_lo = excluded.date_lo,
              date_hi = excluded.date_hi, context = excluded.context
          WHERE (relations.date, relations.context) IS DISTINCT FROM (excluded.date, excluded.context) RETURNING id)"),
      relation_lookup(db, "SELECT id FROM relations WHERE from_entity = ? AND type = ? AND to_entity = ?"),
      redirect_lookup(db, "SELECT entity FROM entity_redirects WHERE text_id = ?"),
      citation_entity(db, "INSERT INTO citations(source, entity, quote, start, \"end\") SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS "
                       "(SELECT 1 FROM citations WHERE entity = ?2 AND source = ?1 AND quote = ?3)"),
      citation_event(db, "INSERT INTO citations(source, event, quote, start, \"end\") SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS "
                       "(SELECT 1 FROM citations WHERE event = ?2 AND source = ?1 AND quote = ?3)"),
      citation_relation(db,
                         "INSERT INTO citations(source, relation, quote, start, \"end\") SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS "
                       "(SELECT 1 FROM citations WHERE relation = ?2 AND source = ?1 AND quote = ?3)"),
      citation_fresh_entity(db, "INSERT INTO citations(source, entity, quote, start, \"end\") VALUES (?, ?, ?, ?, ?)"),
      citation_fresh_event(db, "INSERT INTO citations(source, event, quote, start, \"end\") VALUES (?, ?, ?, ?, ?)"),
      entity_public(db, "SELECT public FROM entities WHERE id = ?"),
      id_owners(db, "SELECT 0, id FROM sources WHERE text_id = ?1 UNION ALL SELECT 1, source FROM source_redirects WHERE text_id = ?1"
                    " UNION ALL SELECT 2, id FROM entities WHERE text_id = ?1 UNION ALL SELECT 3, id FROM events WHERE text_id = ?1"
                    " UNION ALL SELECT 4, entity FROM entity_redirects WHERE text_id = ?1") {}


GraphWriter::GraphWriter(Store& store, bool see_private)
    : store_(store), see_private_(see_private), recorder_(store), sql_(std::make_unique<Statements>(sql_db(store))) {}

GraphWriter::~GraphWriter() = default;

void GraphWriter::finish() {
    give_back_reserved_event_keys();
    refresh_support(store_, recorder_);
    refresh_graph_index(store_);
}

std::optional<std::int64_t> GraphWriter::source_key(std::string_view id) {
    return cached_key(source_keys_, sql_->source_lookup, id);
}
std::optional<std::int64_t> GraphWriter::entity_key(std::string_view id) {
    return cached_key(entity_keys_, sql_->entity_lookup, id);
}
std::optional<std::int64_t> GraphWriter::event_key(std::string_view id) { return lookup(sql_->event_lookup, id); }

void GraphWriter::know_stored_ids() {
    sql::Statement ids(sql_->db, "SELECT text_id FROM sources UNION ALL SELECT text_id FROM source_redirects"
                                 " UNION ALL SELECT text_id FROM entities UNION ALL SELECT text_id FROM events"
                                 " UNION ALL SELECT text_id FROM entity_redirects");
    known_ids_.emplace();
    while (ids.executeStep()) known_ids_->insert(std::hash<std::string>{}(ids.getColumn(0).getString()));
}

namespace {
constexpr const char* kEventKeys = "pg_get_serial_sequence('allegraph.events', 'id')";
constexpr int kReservedEventKeys = 256;
}  // namespace

std::optional<std::int64_t> GraphWriter::reserved_event_key() {
    if (!known_ids_ || sql_->db.dialect() != sql::Dialect::postgresql) return std::nullopt;
    if (reserved_event_keys_.empty()) {
        sql::Statement next(sql_->db, std::string("SELECT nextval(") + kEventKeys + ") FROM generate_series(1, " +
                                          std::to_string(kReservedEventKeys) + ") ORDER BY 1 DESC");
        while (next.executeStep()) reserved_event_keys_.push_back(next.getColumn(0).getInt64());
    }
    const std::int64_t key = reserved_event_keys_.back();
    reserved_event_keys_.pop_back();
    return key;
}

void GraphWriter::give_back_reserved_event_keys() {
    if (reserved_event_keys_.empty()) return;
    // The writer holds the store's write lock: no one else took keys after these.
    sql::Statement back(sql_->db, std::string("SELECT setval(") + kEventKeys + ", ?, false)");
    back.bind(1, reserved_event_keys_.back());
    back.executeStep();
    reserved_event_keys_.clear();
}

GraphWriter::IdOwners GraphWriter::id_owners(std::string_view id) {
    // An id never seen is held by nothing; from now on it may be (the caller is about to write it).
    if (known_ids_ && known_ids_->insert(std::hash<std::string_view>{}(id)).second) return {};
    auto& s = sql_->id_owners;
    s.reset();
    s.bind(1, std::string(id));
    IdOwners owners;
    std::optional<std::int64_t>* kinds[] = {&owners.source, &owners.merged_source, &owners.entity, &owners.event,
                                            &owners.redirect};
    while (s.executeStep()) {
        auto& owner = *kinds[s.getColumn(0).getInt()];
        if (!owner) owner = s.getColumn(1).getInt64();
    }
    s.reset();
    if (auto source = owners.source ? owners.source : owners.merged_source) source_keys_.emplace(std::string(id), *source);
    if (owners.entity) entity_keys_.emplace(std::string(id), *owners.entity);
    return owners;
}
std::optional<std::int64_t> GraphWriter::redirect_key(std::string_view id) { return lookup(sql_->redirect_lookup, id); }

Result<std::string> GraphWriter::review_state(std::string_view event_id) {
    sql::Statement current(sql_->db, "SELECT review FROM events WHERE text_id = ?");
    current.bind(1, std::string(event_id));
    if (!current.executeStep()) return Error{"no event " + std::string(event_id)};
    return current.getColumn(0).getString();
}

bool GraphWriter::stored_public(std::int64_t key) {
    sql_->entity_public.reset();
    sql_->entity_public.bind(1, key);
    return sql_->entity_public.executeStep() && sql_->entity_public.getColumn(0).getInt() != 0;
}

std::vector<GraphWriter::NamedEntity> GraphWriter::entities_named(std::string_view name) {
    sql_->entity_by_name.reset();
    sql_->entity_by_name.bind(1, fold_key(name));
    std::vector<NamedEntity> found;
    std::vector<std::int64_t> keys;
    while (sql_->entity_by_name.executeStep()) {
        found.push_back({sql_->entity_by_name.getColumn(0).getString(), sql_->entity_by_name.getColumn(1).getString(),
                         sql_->entity_by_name.getColumn(2).getString()});
        keys.push_back(sql_->entity_by_name.getColumn(3).getInt64());
    }
    sql_->entity_by_name.reset();
    for (std::size_t i = found.size(); i-- > 0;)
        if (!visible(keys[i])) found.erase(found.begin() + static_cast<std::ptrdiff_t>(i));
    return found;
}

std::optional<std::string> GraphWriter::source_text(std::int64_t key) {
    if (sources_without_text_.count(key)) return std::nullopt;
    sql_->source_text.reset();
    sql_->source_text.bind(1, static_cast<std::int64_t>(key));
    if (!sql_->source_text.executeStep()) {
        sources_without_text_.insert(key);
        return std::nullopt;
    }
    return sql_->source_text.getColumn(0).getString();
}

Result<std::int64_t> GraphWriter::put_source(const Source& source) {
    auto owners = check_id_free(source.id, "source");
    if (!owners) return owners.error();
    if (auto one = same_document(source, *owners)) return *one;
    if (auto checked = check_new_text(source); !checked) return checked.error();
    if (auto existing = source_key(source.id)) recorder_.before_change(FactKind::source, *existing);
    auto& s = sql_->source_upsert;
    s.reset();
    s.bind(1, source.id);
    s.bind(2, source.title);
    s.bind(3, source.publisher);
    s.bind(4, source.author);
    s.bind(5, source.url);
    bind_optional_date(s, 6, source.published);
    s.bind(9, source.note);
    if (source.text) {
        s.bind(10, *source.text);
        s.bind(11, source.text_sha256);
    } else {
        s.bind(10);
        s.bind(11);
    }
    auto original = syndicated_key(source);
    if (!original) return original.error();
    if (*original) s.bind(12, **original);
    else s.bind(12);
    if (source.retracted.empty()) s.bind(13);
    else s.bind(13, source.retracted);
    s.bind(14, source.retraction_reason);
    s.exec();
    auto key = *source_key(source.id);
    if (source.text) sources_without_text_.erase(key);
    return key;
}

Result<std::int64_t> GraphWriter::put_entity(const Entity& entity) {
    auto owners = check_id_free(entity.id, "entity");
    if (!owners) return owners.error();
    const auto existing = owners->entity;
    if (!existing && owners->redirect) return add_to_merged(*owners->redirect, entity);
    if (existing) recorder_.before_change(FactKind::entity, *existing);
    const auto kept = existing ? editor_values(FactKind::entity, *existing) : std::vector<ColumnValue>{};
    auto& s = sql_->entity_upsert;
    s.reset();
    s.bind(1, entity.id);
    s.bind(2, entity.kind);
    s.bind(3, entity.category);
    s.bind(4, entity.name);
    s.bind(5, fold_key(entity.name));
    s.bind(6, entity.description);
    s.bind(7, entity.size);
    s.bind(8, public_to_write(entity, existing) ? 1 : 0);
    s.bind(9, entity.needs_review ? 1 : 0);
    const bool fresh = !existing;
    std::int64_t key = written_key(s, existing, entity.id);
    if (fresh) entity_keys_.emplace(entity.id, key);
    written_entities_.insert(key);
    restore_editor_values(FactKind::entity, key, entity.id, kept);
    add_aliases(key, entity.aliases);
    if (auto cited = put_citations(Owner::entity, key, entity.citations, fresh); !cited) return cited.error();
    return key;
}

void GraphWriter::add_aliases(std::int64_t key, const std::vector<std::string>& aliases) {
    for (const auto& alias : aliases) {
        sql_->alias_insert.reset();
        sql_->alias_insert.bind(1, static_cast<std::int64_t>(key));
        sql_->alias_insert.bind(2, alias);
        sql_->alias_insert.bind(3, fold_key(alias));
        sql_->alias_insert.exec();
    }
}

Result<std::int64_t> GraphWriter::add_to_merged(std::int64_t kept, const Entity& entity) {
    recorder_.before_change(FactKind::entity, kept);
    written_entities_.insert(kept);
    std::vector<std::string> names = entity.aliases;
    sql::Statement name(sql_->db, "SELECT name FROM entities WHERE id = ?");
    name.bind(1, kept);
    name.executeStep();
    if (name.getColumn(0).getString() != entity.name) names.insert(names.begin(), entity.name);
    add_aliases(kept, names);
    if (auto cited = put_citations(Owner::entity, kept, entity.citations); !cited) return cited.error();
    return kept;
}

Result<std::int64_t> GraphWriter::put_event(const Event& event) {
    auto owners = check_id_free(event.id, "event");
    if (!owners) return owners.error();
    std::vector<std::pair<std::int64_t, std::string>> members;
    for (std::size_t i = 0; i < event.participants.size(); ++i) {
        const auto& participant = event.participants[i];
        auto key = resolve_entity(participant.entity, "participants[" + std::to_string(i) + "].entity");
        if (!key) return key.error();
        members.emplace_back(*key, participant.role);
    }
    const auto existing = owners->event;
    if (existing) recorder_.before_change(FactKind::event, *existing);
    const auto kept = existing ? editor_values(FactKind::event, *existing) : std::vector<ColumnValue>{};
    const auto edited = existing ? edited_columns(store_, FactKind::event, *existing) : std::vector<std::string>{};
    const bool keep_participants = std::find(edited.begin(), edited.end(), "participants") != edited.end();
    const bool fresh = !existing;
    const std::int64_t reserved = fresh ? reserved_event_key().value_or(0) : 0;  // keys start at 1
    auto& s = reserved ? sql_->event_insert_keyed : sql_->event_upsert;
    s.reset();
    s.bind(1, event.id);
    s.bind(2, event.type);
    const auto type = store_vocabulary(store_).event_type(event.type);
    s.bind(3, type ? type->category : std::string());
    s.bind(4, event.date.text);
    s.bind(5, static_cast<std::int64_t>(event.date.lo));
    s.bind(6, static_cast<std::int64_t>(event.date.hi));
    s.bind(7, event.status);
    bind_optional_date(s, 8, event.due);
    s.bind(11, event.negated ? 1 : 0);
    s.bind(12, event.nature);
    s.bind(13, event.summary);
    s.bind(14, event.unreviewed ? "unreviewed" : "reviewed");
    std::int64_t key = 0;
    if (reserved) {
        s.bind(15, reserved);
        s.execLater();
        key = reserved;
    } else {
        key = written_key(s, existing, event.id);
    }
    restore_editor_values(FactKind::event, key, event.id, kept);
    if (keep_participants) {
        kept_.push_back(event.id + ": participants kept as an editor set them; the file's were not applied");
        members.clear();
    } else if (!fresh) {
        sql_->participants_clear.reset();
        sql_->participants_clear.bind(1, static_cast<std::int64_t>(key));
        sql_->participants_clear.exec();
    }
    for (const auto& [entity, role] : members) {
        sql_->participant_insert.reset();
        sql_->participant_insert.bind(1, static_cast<std::int64_t>(key));
        sql_->participant_insert.bind(2, static_cast<std::int64_t>(entity));
        sql_->participant_insert.bind(3, role);
        sql_->participant_insert.execLater();
    }
    if (auto cited = put_citations(Owner::event, key, event.citations, fresh); !cited) return cited.error();
    return key;
}

Result<void> GraphWriter::put_link(std::string_view from, const EventLink& link) {
    auto from_key = event_key(from);
    auto to_key = event_key(link.event);
    if (!from_key) return Error{"unknown event id \"" + std::string(from) + "\""};
    if (!to_key) return Error{"unknown event id \"" + link.event + "\""};
    if (*from_key == *to_key) return Error{"an event cannot link to itself (" + link.type + ")"};
    recorder_.before_change(FactKind::event, *from_key);
    sql_->link_insert.reset();
    sql_->link_insert.bind(1, static_cast<std::int64_t>(*from_key));
    sql_->link_insert.bind(2, link.type);
    sql_->link_insert.bind(3, static_cast<std::int64_t>(*to_key));
    sql_->link_insert.execLater();
    return {};
}

Result<std::int64_t> GraphWriter::put_relation(const Relation& relation) {
    bool swap = is_symmetric_relation(relation.type) && relation.to < relation.from;
    auto from = resolve_entity(swap ? relation.to : relation.from, swap ? "to" : "from");
    if (!from) return from.error();
    auto to = resolve_entity(swap ? relation.from : relation.to, swap ? "from" : "to");
    if (!to) return to.error();
    std::optional<std::int64_t> context;
    if (!relation.context.empty()) {
        auto key = resolve_entity(relation.context, "context");
        if (!key) return key.error();
        context = *key;
    }
    sql_->relation_lookup.reset();
    sql_->relation_lookup.bind(1, static_cast<std::int64_t>(*from));
    sql_->relation_lookup.bind(2, relation.type);
    sql_->relation_lookup.bind(3, static_cast<std::int64_t>(*to));
    std::optional<std::int64_t> existing;
    if (sql_->relation_lookup.executeStep()) existing = sql_->relation_lookup.getColumn(0).getInt64();
    if (existing) recorder_.before_change(FactKind::relation, *existing);
    const auto kept = existing ? editor_values(FactKind::relation, *existing) : std::vector<ColumnValue>{};
    auto& s = sql_->relation_upsert;
    s.reset();
    s.bind(1, static_cast<std::int64_t>(*from));
    s.bind(2, relation.type);
    s.bind(3, static_cast<std::int64_t>(*to));
    bind_optional_date(s, 4, relation.date);
    if (context) s.bind(7, static_cast<std::int64_t>(*context));
    else s.bind(7);
    std::int64_t key = written_key(s, existing, relation.from + " " + relation.type + " " + relation.to);
    restore_editor_values(FactKind::relation, key, relation.from + " " + relation.type + " " + relation.to, kept);
    if (auto cited = put_citations(Owner::relation, key, relation.citations); !cited) return cited.error();
    return key;
}

Result<void> GraphWriter::put_citations(Owner owner, std::int64_t key, const std::vector<Citation>& citations,
                                        bool fresh_owner) {
    auto& s = owner == Owner::entity ? (fresh_owner ? sql_->citation_fresh_entity : sql_->citation_entity)
              : owner == Owner::event  ? (fresh_owner ? sql_->citation_fresh_event : sql_->citation_event)
                                       : sql_->citation_relation;
    for (std::size_t i = 0; i < citations.size(); ++i) {
        const auto& citation = citations[i];
        auto where = [i] { return "citations[" + std::to_string(i) + "]"; };
        auto source = source_key(citation.source);
        if (!source) return field_error(where() + ".source", "unknown source id \"" + citation.source + "\"");
        std::optional<std::size_t> start = citation.start, end = citation.end;
        if (auto text = source_text(*source)) {
            auto found = locate_quote(*text, citation.quote);
            if (!found)
                return field_error(where() + ".quote", "not a verbatim substring of the text of " + citation.source);
            if (!start) std::tie(start, end) = *found;
            else if (!end || !quote_at(*text, citation.quote, *start, *end))
                return field_error(where() + ".start", "the text of " + citation.source +
                                   " does not hold the quote at these offsets");
        }
        // A fresh owner has no citations in the store yet: only this record's own repeats are duplicates.
        auto same = [&](const Citation& c) { return c.source == citation.source && c.quote == citation.quote; };
        if (fresh_owner && std::any_of(citations.begin(), citations.begin() + static_cast<std::ptrdiff_t>(i), same))
            continue;
        s.reset();
        s.bind(1, static_cast<std::int64_t>(*source));
        s.bind(2, static_cast<std::int64_t>(key));
        s.bind(3, citation.quote);
        if (start) s.bind(4, static_cast<std::int64_t>(*start));
        else s.bind(4);
        if (end) s.bind(5, static_cast<std::int64_t>(*end));
        else s.bind(5);
        s.execLater();
    }
    return {};
}

}  // namespace allegraph
