// GraphWriter: upserts model records into the store, with statements prepared once per writer.
// Importers call it inside their one transaction; it never commits. Upserts are
// by text id and skip unchanged rows, so writing the same record twice changes
// nothing. Reference errors (unknown ids) come back as values. A re-import never
// undoes an editor: the columns an editor set (graph/editor_values.hpp) keep their
// values, and a record that leaves `public` out keeps a private entity private.
// A writer that may not see private entities (an import without --include-private)
// treats them as if they were not there: their ids are unknown, their names find
// nothing — unless this writer wrote them itself.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/column_update.hpp"
#include "graph/history.hpp"
#include "graph/model.hpp"
#include "graph/name_index.hpp"
#include "graph/same_fact.hpp"
#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

class GraphWriter {
public:
    // `see_private`: private entities are found by id and name (else only those this writer wrote).
    explicit GraphWriter(Store& store, bool see_private = true);
    Store& store() { return store_; }
    ~GraphWriter();
    GraphWriter(const GraphWriter&) = delete;
    GraphWriter& operator=(const GraphWriter&) = delete;

    // Inserts or updates a source; returns its key.
    Result<std::int64_t> put_source(const Source& source);

    // Inserts or updates an entity, adds its aliases and citations; returns its key.
    Result<std::int64_t> put_entity(const Entity& entity);

    // Inserts or updates an event with its participants and citations (links are
    // written separately, once every event of an import is known); returns its key.
    Result<std::int64_t> put_event(const Event& event);

    // Links event `from` to event `to`; fails when either id is unknown.
    Result<void> put_link(std::string_view from, const EventLink& link);

    // Inserts a relation (symmetric types stored once, in id order) with its citations.
    Result<std::int64_t> put_relation(const Relation& relation);

    // Marks an unreviewed candidate event "reviewed" (accepted) or "rejected"; a rejected candidate
    // stays in the store so that a re-import does not propose it again.
    Result<void> set_review(std::string_view event_id, std::string_view state);

    // Brings what is derived from the records (support flags, the adjacency index) up to
    // date. Call it after the last change, then log the command through recorder().
    void finish();

    // What this writer changed, for the history; see graph/history.hpp.
    ChangeRecorder& recorder() { return recorder_; }

    // The records that hold text id `id`, of each kind, asked in one statement (a large import asks it
    // for every record, and on PostgreSQL each statement is a round trip).
    struct IdOwners {
        std::optional<std::int64_t> source, merged_source;  // a source record's; the source an id was merged into
        std::optional<std::int64_t> entity, event, redirect;  // redirect: the entity an id was merged into
    };
    IdOwners id_owners(std::string_view id);

    // Reads a hash of every text id in the store (8 bytes each), so that a record whose id the store
    // has never held is written without asking the store first. For a large import beside the store:
    // on PostgreSQL each question is a round trip.
    void know_stored_ids();

    // The surrogate key of a text id, if it is in the store (a source's: or merged into one).
    std::optional<std::int64_t> source_key(std::string_view id);
    std::optional<std::int64_t> entity_key(std::string_view id);
    std::optional<std::int64_t> event_key(std::string_view id);

    // The entity a merged-away id now names (graph/merge.hpp), if `id` is one.
    std::optional<std::int64_t> redirect_key(std::string_view id);

    // The key of entity `id` (or of the entity it was merged into) if this writer may see it.
    std::optional<std::int64_t> visible_entity_key(std::string_view id);

    // What re-imports did not apply: "ID: COLUMN kept as an editor set it", one line each.
    const std::vector<std::string>& kept_editor_values() const { return kept_; }

    // The entities (id, kind, category) whose name or an alias folds to the same key as `name`, by id,
    // that this writer may see.
    struct NamedEntity {
        std::string id, kind, category;
    };
    std::vector<NamedEntity> entities_named(std::string_view name);

    // Makes `id` (an entity id not on record) name the entity `existing` (an id, or one merged into
    // an entity), as a merged id does.
    Result<void> link_entity_id(std::string_view id, std::string_view existing);

    // The source a source record is already on record as, if any: the source its id was merged into,
    // or the one that holds the same text (its id then names that source, as a merged id does).
    // `owners`: who holds the record's id (id_owners).
    std::optional<std::int64_t> same_document(const Source& source, const IdOwners& owners);

    // The stored full text of a source, if any.
    std::optional<std::string> source_text(std::int64_t source_key);

    // What the article importer asks before it writes (graph/sql/writer_lookups.cpp):
    // The id of the stored source whose text has this SHA-256 (hex), if any.
    std::optional<std::string> source_with_text(std::string_view sha256);
    // Entities whose name or an alias is longer than `name` and holds its words in order
    // ("Motion Picture Arts" in "Academy of Motion Picture Arts and Sciences"), by id, that this writer may see.
    std::vector<NamedEntity> entities_containing(std::string_view name);
    // Whether the entity cites the source.
    bool entity_cites_source(std::string_view entity_id, std::string_view source_id);
    // Whether the entity takes part in any event; whether it takes part in one with `other`.
    bool has_events(std::string_view entity_id);
    bool shares_event(std::string_view entity_id, std::string_view other_id);
    // Whether an editor rejected a candidate event of `type` that quotes `quote` from the source.
    bool rejected_candidate(std::string_view source_id, std::string_view quote, std::string_view type);

    // What the importers ask to keep one record per person, body and event (graph/sql/writer_lookups.cpp):
    // Every entity with its aliases, private ones only when `include_private` (graph/name_index.hpp).
    std::vector<NamedRecord> named_records(bool include_private);
    // The stored event that states the same fact as `statement` (graph/same_fact.hpp), if any.
    std::optional<EventStatement> same_fact(const EventStatement& statement, bool with_unreviewed);
    // Adds citations to a stored event (an import's row that states a fact on record).
    Result<void> add_event_citations(std::string_view event_id, const std::vector<Citation>& citations);

private:
    // Text id -> key, remembered for the writer's life (one transaction): a large import
    // names the same entities and sources millions of times.
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using KeyCache = std::unordered_map<std::string, std::int64_t, StringHash, std::equal_to<>>;

    enum class Owner { entity, event, relation };
    // `fresh_owner`: the entity or event was inserted just now, so no stored citation can repeat these.
    Result<void> put_citations(Owner owner, std::int64_t key, const std::vector<Citation>& citations,
                               bool fresh_owner = false);
    Result<std::string> review_state(std::string_view event_id);
    // Refuses `id` for a record of `kind` ("source", "entity", "event") when a record of another kind
    // has it; else who holds it (at most a record of `kind`, or an entity merged away for a source).
    Result<IdOwners> check_id_free(std::string_view id, std::string_view kind);
    // Refuses a new text for a stored source unless every quote cited from it stays verbatim.
    Result<void> check_new_text(const Source& source);
    Result<std::int64_t> resolve_entity(std::string_view id, std::string_view what);
    // The key of the source `source` republishes, if it names one; refuses unknown ids and cycles.
    Result<std::optional<std::int64_t>> syndicated_key(const Source& source);
    void add_aliases(std::int64_t key, const std::vector<std::string>& aliases);
    // Whether this writer may see entity `key`: public, or private persons allowed, or written by it.
    bool visible(std::int64_t key);
    // Whether the stored entity `key` is public.
    bool stored_public(std::int64_t key);
    // The public flag an entity record writes: a record that leaves it out keeps a stored private entity private.
    bool public_to_write(const Entity& entity, std::optional<std::int64_t> existing);
    // The columns of fact `key` an editor set, as they stand before an upsert; after it, puts back
    // any the upsert changed and says so (restore_editor_values).
    std::vector<ColumnValue> editor_values(FactKind kind, std::int64_t key);
    void restore_editor_values(FactKind kind, std::int64_t key, std::string_view id, const std::vector<ColumnValue>& kept);
    // An entity record under an id merged away: its name and aliases become aliases of the
    // kept entity, and its citations are added there.
    Result<std::int64_t> add_to_merged(std::int64_t kept, const Entity& entity);

    Store& store_;
    bool see_private_;
    ChangeRecorder recorder_;
    struct Statements;  // prepared once, in the engine (graph/sql/writer.cpp)
    std::unique_ptr<Statements> sql_;
    KeyCache source_keys_, entity_keys_;
    std::unordered_set<std::int64_t> sources_without_text_;
    std::unordered_set<std::int64_t> written_entities_;
    // On PostgreSQL, after know_stored_ids, new events take keys reserved from the events' sequence,
    // so that their rows can be sent in batches (sql::Cursor::run_later); finish gives back the rest.
    std::optional<std::int64_t> reserved_event_key();
    void give_back_reserved_event_keys();
    std::vector<std::int64_t> reserved_event_keys_;  // the next last
    // With know_stored_ids: hashes of the ids the store held then and of every id checked since.
    std::optional<std::unordered_set<std::uint64_t>> known_ids_;
    std::vector<std::string> kept_;
};

}  // namespace allegraph
