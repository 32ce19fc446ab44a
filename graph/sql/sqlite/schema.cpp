#include "graph/sql/sqlite/schema.hpp"

#include <sqlite3.h>

#include <string>
#include <vector>

#include "graph/text.hpp"

namespace allegraph {
namespace {

// Version 1: the whole graph with provenance, and the full-text index kept in step by triggers.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    text_id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT,
    published_lo INTEGER,
    published_hi INTEGER,
    note TEXT NOT NULL DEFAULT '',
    body TEXT,
    sha256 TEXT
);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    text_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT '',
    public INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX entities_private ON entities(public) WHERE public = 0;
CREATE TABLE aliases (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_key ON aliases(alias_key);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    text_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    category TEXT NOT NULL,
    date TEXT NOT NULL,
    date_lo INTEGER NOT NULL,
    date_hi INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT '',
    due TEXT,
    due_lo INTEGER,
    due_hi INTEGER,
    negated INTEGER NOT NULL DEFAULT 0,
    nature TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    review TEXT NOT NULL DEFAULT 'reviewed' CHECK (review IN ('reviewed', 'unreviewed', 'rejected'))
);
CREATE INDEX events_date ON events(date_lo, date_hi);
CREATE INDEX events_type ON events(type, date_lo);
CREATE INDEX events_category ON events(category, date_lo);
CREATE TABLE participants (
    event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity INTEGER NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL,
    PRIMARY KEY (event, entity, role)
) WITHOUT ROWID;
CREATE INDEX participants_entity ON participants(entity, role, event);
CREATE TABLE event_links (
    event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    target INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (event, type, target)
) WITHOUT ROWID;
CREATE INDEX event_links_target ON event_links(target, type);
CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    from_entity INTEGER NOT NULL REFERENCES entities(id),
    type TEXT NOT NULL,
    to_entity INTEGER NOT NULL REFERENCES entities(id),
    date TEXT,
    date_lo INTEGER,
    date_hi INTEGER,
    context INTEGER REFERENCES entities(id),
    UNIQUE (from_entity, type, to_entity)
);
CREATE INDEX relations_to ON relations(to_entity, type);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES sources(id),
    entity INTEGER REFERENCES entities(id) ON DELETE CASCADE,
    event INTEGER REFERENCES events(id) ON DELETE CASCADE,
    relation INTEGER REFERENCES relations(id) ON DELETE CASCADE,
    quote TEXT NOT NULL,
    start INTEGER,
    end INTEGER,
    CHECK ((entity IS NOT NULL) + (event IS NOT NULL) + (relation IS NOT NULL) = 1)
);
CREATE UNIQUE INDEX citations_entity ON citations(entity, source, quote) WHERE entity IS NOT NULL;
CREATE UNIQUE INDEX citations_event ON citations(event, source, quote) WHERE event IS NOT NULL;
CREATE UNIQUE INDEX citations_relation ON citations(relation, source, quote) WHERE relation IS NOT NULL;
CREATE INDEX citations_source ON citations(source);

CREATE VIRTUAL TABLE search USING fts5(
    owner UNINDEXED, field UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER entities_search_insert AFTER INSERT ON entities BEGIN
    INSERT INTO search(owner, field, body) VALUES (new.text_id, 'name', new.name);
    INSERT INTO search(owner, field, body) SELECT new.text_id, 'description', new.description WHERE new.description <> '';
END;
CREATE TRIGGER entities_search_update AFTER UPDATE OF name, description ON entities BEGIN
    DELETE FROM search WHERE owner = old.text_id AND field IN ('name', 'description');
    INSERT INTO search(owner, field, body) VALUES (new.text_id, 'name', new.name);
    INSERT INTO search(owner, field, body) SELECT new.text_id, 'description', new.description WHERE new.description <> '';
END;
CREATE TRIGGER entities_search_delete AFTER DELETE ON entities BEGIN
    DELETE FROM search WHERE owner = old.text_id;
END;
CREATE TRIGGER aliases_search_insert AFTER INSERT ON aliases BEGIN
    INSERT INTO search(owner, field, body)
        SELECT text_id, 'alias', new.alias FROM entities WHERE id = new.entity;
END;
CREATE TRIGGER aliases_search_delete AFTER DELETE ON aliases BEGIN
    DELETE FROM search WHERE field = 'alias' AND body = old.alias
        AND owner = (SELECT text_id FROM entities WHERE id = old.entity);
END;
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO search(owner, field, body) VALUES (new.text_id, 'summary', new.summary);
END;
CREATE TRIGGER events_search_update AFTER UPDATE OF summary ON events BEGIN
    DELETE FROM search WHERE owner = old.text_id AND field = 'summary';
    INSERT INTO search(owner, field, body) VALUES (new.text_id, 'summary', new.summary);
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    DELETE FROM search WHERE owner = old.text_id;
END;
CREATE TRIGGER citations_search_insert AFTER INSERT ON citations BEGIN
    INSERT INTO search(owner, field, body) VALUES (
        coalesce((SELECT text_id FROM entities WHERE id = new.entity),
                 (SELECT text_id FROM events WHERE id = new.event),
                 'relation:' || new.relation),
        'quote', new.quote);
END;
)SQL";

// Version 2: entities created on the fly by an import (a CSV row naming someone new) await review.
constexpr const char* kVersion2 = R"SQL(
ALTER TABLE entities ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 3, for archives of millions of events (bench/RESULTS.md): the full-text index no
// longer keeps its own copy of every quote and summary (external-content FTS5 over citations
// and events); citations are deduplicated by the writer through a small (owner, source) index
// instead of a unique index holding each quote a second time; and the adjacency index that
// path questions read is kept in the store (graph/graph_index.hpp). The private-entity index
// now covers names, since every query reads them all to redact them.
constexpr const char* kVersion3 = R"SQL(
DROP TRIGGER entities_search_insert;
DROP TRIGGER entities_search_update;
DROP TRIGGER entities_search_delete;
DROP TRIGGER aliases_search_insert;
DROP TRIGGER aliases_search_delete;
DROP TRIGGER events_search_insert;
DROP TRIGGER events_search_update;
DROP TRIGGER events_search_delete;
DROP TRIGGER citations_search_insert;
DROP TABLE search;
DROP INDEX citations_entity;
DROP INDEX citations_event;
DROP INDEX citations_relation;
DROP INDEX events_category;
DROP INDEX citations_source;
DROP INDEX entities_private;
CREATE INDEX entities_private ON entities(public, name) WHERE public = 0;
CREATE INDEX citations_entity ON citations(entity, source) WHERE entity IS NOT NULL;
CREATE INDEX citations_event ON citations(event, source) WHERE event IS NOT NULL;
CREATE INDEX citations_relation ON citations(relation, source) WHERE relation IS NOT NULL;

CREATE VIRTUAL TABLE search_names USING fts5(
    owner UNINDEXED, field UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
-- Search matches words, never phrases, so summaries and quotes need no token positions
-- (detail = none); snippets and ranks re-read the text from events and citations.
CREATE VIRTUAL TABLE search_summaries USING fts5(summary, content = 'events', content_rowid = 'id',
    detail = none, columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_quotes USING fts5(quote, content = 'citations', content_rowid = 'id',
    detail = none, columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER entities_search_insert AFTER INSERT ON entities BEGIN
    INSERT INTO search_names(owner, field, body) VALUES (new.text_id, 'name', new.name);
    INSERT INTO search_names(owner, field, body) SELECT new.text_id, 'description', new.description
        WHERE new.description <> '';
END;
CREATE TRIGGER entities_search_update AFTER UPDATE OF name, description ON entities BEGIN
    DELETE FROM search_names WHERE owner = old.text_id AND field IN ('name', 'description');
    INSERT INTO search_names(owner, field, body) VALUES (new.text_id, 'name', new.name);
    INSERT INTO search_names(owner, field, body) SELECT new.text_id, 'description', new.description
        WHERE new.description <> '';
END;
CREATE TRIGGER entities_search_delete AFTER DELETE ON entities BEGIN
    DELETE FROM search_names WHERE owner = old.text_id;
END;
CREATE TRIGGER aliases_search_insert AFTER INSERT ON aliases BEGIN
    INSERT INTO search_names(owner, field, body)
        SELECT text_id, 'alias', new.alias FROM entities WHERE id = new.entity;
END;
CREATE TRIGGER aliases_search_delete AFTER DELETE ON aliases BEGIN
    DELETE FROM search_names WHERE field = 'alias' AND body = old.alias
        AND owner = (SELECT text_id FROM entities WHERE id = old.entity);
END;
CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO search_summaries(rowid, summary) VALUES (new.id, new.summary);
END;
CREATE TRIGGER events_search_update AFTER UPDATE OF summary ON events BEGIN
    INSERT INTO search_summaries(search_summaries, rowid, summary) VALUES ('delete', old.id, old.summary);
    INSERT INTO search_summaries(rowid, summary) VALUES (new.id, new.summary);
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
    INSERT INTO search_summaries(search_summaries, rowid, summary) VALUES ('delete', old.id, old.summary);
END;
CREATE TRIGGER citations_search_insert AFTER INSERT ON citations BEGIN
    INSERT INTO search_quotes(rowid, quote) VALUES (new.id, new.quote);
END;
CREATE TRIGGER citations_search_update AFTER UPDATE OF quote ON citations BEGIN
    INSERT INTO search_quotes(search_quotes, rowid, quote) VALUES ('delete', old.id, old.quote);
    INSERT INTO search_quotes(rowid, quote) VALUES (new.id, new.quote);
END;
CREATE TRIGGER citations_search_delete AFTER DELETE ON citations BEGIN
    INSERT INTO search_quotes(search_quotes, rowid, quote) VALUES ('delete', old.id, old.quote);
END;

-- The adjacency index (graph/graph_index.hpp): any change to what it holds deletes it.
CREATE TABLE graph_index (id INTEGER PRIMARY KEY CHECK (id = 1), data BLOB NOT NULL);
CREATE TRIGGER graph_index_entities_insert AFTER INSERT ON entities BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_entities_delete AFTER DELETE ON entities BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_entities_update AFTER UPDATE OF id, public, kind, category ON entities
    BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_events_insert AFTER INSERT ON events BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_events_delete AFTER DELETE ON events BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_events_update AFTER UPDATE OF id, type, review ON events
    BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_participants_insert AFTER INSERT ON participants BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_participants_delete AFTER DELETE ON participants BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_participants_update AFTER UPDATE ON participants BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_relations_insert AFTER INSERT ON relations BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_relations_delete AFTER DELETE ON relations BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_relations_update AFTER UPDATE OF id, from_entity, to_entity, type ON relations
    BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_event_links_insert AFTER INSERT ON event_links BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_event_links_delete AFTER DELETE ON event_links BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_event_links_update AFTER UPDATE ON event_links BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_citations_insert AFTER INSERT ON citations BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_citations_delete AFTER DELETE ON citations BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_citations_update AFTER UPDATE OF source, event, relation ON citations
    BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_sources_update AFTER UPDATE OF id, published_hi ON sources
    BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_sources_delete AFTER DELETE ON sources BEGIN DELETE FROM graph_index; END;

INSERT INTO search_names(owner, field, body) SELECT text_id, 'name', name FROM entities;
INSERT INTO search_names(owner, field, body) SELECT text_id, 'description', description FROM entities
    WHERE description <> '';
INSERT INTO search_names(owner, field, body)
    SELECT e.text_id, 'alias', a.alias FROM aliases a JOIN entities e ON e.id = a.entity;
INSERT INTO search_summaries(search_summaries) VALUES ('rebuild');
INSERT INTO search_quotes(search_quotes) VALUES ('rebuild');
)SQL";

// Version 4: corrections and their history (graph/history.hpp). `changes` and `change_facts`
// are the append-only log: one row per command that changed the store, and one per fact it
// added, changed or removed, with the fact as it stood before (its image, graph/fact_image.hpp).
// Sources may be retracted and may name the source they republish; a fact whose every citation
// comes from a retracted source is `unsupported`. A merged entity's id redirects to the kept one.
constexpr const char* kVersion4 = R"SQL(
CREATE TABLE changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    command TEXT NOT NULL,
    files TEXT NOT NULL DEFAULT '[]',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE change_facts (
    change INTEGER NOT NULL REFERENCES changes(id),
    kind TEXT NOT NULL CHECK (kind IN ('source', 'entity', 'event', 'relation')),
    fact TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
    key INTEGER NOT NULL,
    before TEXT,
    PRIMARY KEY (change, kind, fact)
) WITHOUT ROWID;
CREATE INDEX change_facts_fact ON change_facts(fact, change);
CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
    BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END;
CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
    BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END;
CREATE TRIGGER change_facts_append_only_update BEFORE UPDATE ON change_facts
    BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END;
CREATE TRIGGER change_facts_append_only_delete BEFORE DELETE ON change_facts
    BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END;

ALTER TABLE sources ADD COLUMN retracted TEXT;
ALTER TABLE sources ADD COLUMN retraction_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN syndicated_from INTEGER REFERENCES sources(id);
ALTER TABLE entities ADD COLUMN unsupported INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN unsupported INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relations ADD COLUMN unsupported INTEGER NOT NULL DEFAULT 0;
CREATE TABLE entity_redirects (
    text_id TEXT PRIMARY KEY,
    entity INTEGER NOT NULL REFERENCES entities(id)
) WITHOUT ROWID;

CREATE TRIGGER graph_index_events_unsupported AFTER UPDATE OF unsupported ON events
    BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_relations_unsupported AFTER UPDATE OF unsupported ON relations
    BEGIN DELETE FROM graph_index; END;
CREATE TRIGGER graph_index_sources_retracted AFTER UPDATE OF retracted ON sources
    BEGIN DELETE FROM graph_index; END;
CREATE INDEX sources_retracted ON sources(id) WHERE retracted IS NOT NULL;
CREATE INDEX events_unsupported ON events(id) WHERE unsupported = 1;
CREATE INDEX relations_unsupported ON relations(id) WHERE unsupported = 1;
CREATE INDEX entities_unsupported ON entities(id) WHERE unsupported = 1;
DELETE FROM graph_index;
-- A store older than its history: say so, so that --as-of-db does not pretend to know earlier states.
INSERT INTO changes(at, command, reason)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'history_begins',
           'schema upgrade: changes before this moment were not recorded'
    WHERE EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM entities);
)SQL";

// Version 5. The name index reads its text from a table of its own (search_name_rows), indexed by
// owner, instead of holding the only copy: renaming or deleting an entity used to scan the whole
// full-text table for its rows (an FTS5 column cannot be indexed), so renaming a thousand entities
// in a large store, or undoing a large import for --as-of-db, took the square of the store's size.
// The columns an editor set by hand are recorded (editor_values, graph/editor_values.hpp), so that a
// re-import keeps them. And name keys are folded anew: folding now drops invisible format characters
// (graph/folding.hpp).
constexpr const char* kVersion5 = R"SQL(
DROP TRIGGER entities_search_insert;
DROP TRIGGER entities_search_update;
DROP TRIGGER entities_search_delete;
DROP TRIGGER aliases_search_insert;
DROP TRIGGER aliases_search_delete;
DROP TABLE search_names;
CREATE TABLE search_name_rows (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    field TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX search_name_rows_owner ON search_name_rows(owner, field);
CREATE VIRTUAL TABLE search_names USING fts5(owner UNINDEXED, field UNINDEXED, body, content = 'search_name_rows',
    content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER name_rows_search_insert AFTER INSERT ON search_name_rows BEGIN
    INSERT INTO search_names(rowid, owner, field, body) VALUES (new.id, new.owner, new.field, new.body);
END;
CREATE TRIGGER name_rows_search_delete AFTER DELETE ON search_name_rows BEGIN
    INSERT INTO search_names(search_names, rowid, owner, field, body) VALUES ('delete', old.id, old.owner, old.field, old.body);
END;
CREATE TRIGGER entities_search_insert AFTER INSERT ON entities BEGIN
    INSERT INTO search_name_rows(owner, field, body) VALUES (new.text_id, 'name', new.name);
    INSERT INTO search_name_rows(owner, field, body) SELECT new.text_id, 'description', new.description
        WHERE new.description <> '';
END;
CREATE TRIGGER entities_search_update AFTER UPDATE OF name, description ON entities BEGIN
    DELETE FROM search_name_rows WHERE owner = old.text_id AND field IN ('name', 'description');
    INSERT INTO search_name_rows(owner, field, body) VALUES (new.text_id, 'name', new.name);
    INSERT INTO search_name_rows(owner, field, body) SELECT new.text_id, 'description', new.description
        WHERE new.description <> '';
END;
CREATE TRIGGER entities_search_delete AFTER DELETE ON entities BEGIN
    DELETE FROM search_name_rows WHERE owner = old.text_id;
END;
CREATE TRIGGER aliases_search_insert AFTER INSERT ON aliases BEGIN
    INSERT INTO search_name_rows(owner, field, body)
        SELECT text_id, 'alias', new.alias FROM entities WHERE id = new.entity;
END;
CREATE TRIGGER aliases_search_delete AFTER DELETE ON aliases BEGIN
    DELETE FROM search_name_rows WHERE owner = (SELECT text_id FROM entities WHERE id = old.entity)
        AND field = 'alias' AND body = old.alias;
END;
INSERT INTO search_name_rows(owner, field, body) SELECT text_id, 'name', name FROM entities;
INSERT INTO search_name_rows(owner, field, body) SELECT text_id, 'description', description FROM entities
    WHERE description <> '';
INSERT INTO search_name_rows(owner, field, body)
    SELECT e.text_id, 'alias', a.alias FROM aliases a JOIN entities e ON e.id = a.entity;
CREATE TABLE editor_values (
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'event', 'relation')),
    key INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    PRIMARY KEY (kind, key, column_name)
) WITHOUT ROWID;
CREATE TRIGGER editor_values_entities_delete AFTER DELETE ON entities BEGIN
    DELETE FROM editor_values WHERE kind = 'entity' AND key = old.id;
END;
CREATE TRIGGER editor_values_events_delete AFTER DELETE ON events BEGIN
    DELETE FROM editor_values WHERE kind = 'event' AND key = old.id;
END;
CREATE TRIGGER editor_values_relations_delete AFTER DELETE ON relations BEGIN
    DELETE FROM editor_values WHERE kind = 'relation' AND key = old.id;
END;
UPDATE entities SET name_key = allegraph_fold_key(name) WHERE name_key <> allegraph_fold_key(name);
UPDATE aliases SET alias_key = allegraph_fold_key(alias) WHERE alias_key <> allegraph_fold_key(alias);
)SQL";

// Version 6: resolution (one record per person, body, event and source). An editor's judgement that
// two records are not the same is kept (`judgements`, keys of the same kind, the smaller first) so
// that dedupe never proposes the pair again; merged events and sources keep their ids resolving, as
// merged entities do; sources are found by their text's SHA-256.
constexpr const char* kVersion6 = R"SQL(
CREATE TABLE judgements (
    kind TEXT NOT NULL CHECK (kind IN ('source', 'entity', 'event')),
    first INTEGER NOT NULL,
    second INTEGER NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('not_same')),
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, first, second),
    CHECK (first < second)
) WITHOUT ROWID;
CREATE INDEX judgements_second ON judgements(kind, second);
CREATE TABLE event_redirects (
    text_id TEXT PRIMARY KEY,
    event INTEGER NOT NULL REFERENCES events(id)
) WITHOUT ROWID;
CREATE INDEX event_redirects_event ON event_redirects(event);
CREATE TABLE source_redirects (
    text_id TEXT PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES sources(id)
) WITHOUT ROWID;
CREATE INDEX source_redirects_source ON source_redirects(source);
CREATE INDEX entity_redirects_entity ON entity_redirects(entity);
CREATE INDEX sources_sha256 ON sources(sha256) WHERE sha256 IS NOT NULL;
)SQL";

// Version 7: the vocabulary a database adds to the built-in document (graph/vocabulary_store.hpp):
// event types and organization categories, each with its stable id (from 10000 up, never reused)
// and its definition as the native file's `vocabulary` section writes it. Additions are facts of
// the history like any other, so the log's kinds take them. The adjacency index now refers to
// types and roles by stable id (format AGX3): an index stored by position is dropped.
constexpr const char* kVersion7 = R"SQL(
CREATE TABLE vocabulary (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text_id TEXT NOT NULL UNIQUE,
    list TEXT NOT NULL CHECK (list IN ('event_types', 'organization_categories')),
    word TEXT NOT NULL,
    definition TEXT NOT NULL,
    UNIQUE (list, word)
);
INSERT INTO sqlite_sequence(name, seq) VALUES ('vocabulary', 9999);
DROP TRIGGER change_facts_append_only_update;
DROP TRIGGER change_facts_append_only_delete;
CREATE TABLE change_facts_7 (
    change INTEGER NOT NULL REFERENCES changes(id),
    kind TEXT NOT NULL CHECK (kind IN ('source', 'entity', 'event', 'relation', 'vocabulary')),
    fact TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
    key INTEGER NOT NULL,
    before TEXT,
    PRIMARY KEY (change, kind, fact)
) WITHOUT ROWID;
INSERT INTO change_facts_7 SELECT change, kind, fact, action, key, before FROM change_facts;
DROP TABLE change_facts;
ALTER TABLE change_facts_7 RENAME TO change_facts;
CREATE INDEX change_facts_fact ON change_facts(fact, change);
CREATE TRIGGER change_facts_append_only_update BEFORE UPDATE ON change_facts
    BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END;
CREATE TRIGGER change_facts_append_only_delete BEFORE DELETE ON change_facts
    BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END;
DELETE FROM graph_index;
)SQL";

// Version 8: a change to what the adjacency index holds no longer deletes it; triggers record the keys
// whose entries may have changed (graph_index_dirty), and the writer's refresh re-reads just those
// (graph/graph_index.hpp). Participants and links are an event's; a citation is its event's or
// relation's. A source's publication or retraction may move any number of first publications: 'all'.
// Each mark is inserted only when absent (not INSERT OR IGNORE, which an outer statement's own
// conflict clause would override). The stored index is dropped once: the order of an event's links
// to one target now includes their type.
constexpr const char* kVersion8 = R"SQL(
DROP TRIGGER graph_index_entities_insert;
DROP TRIGGER graph_index_entities_delete;
DROP TRIGGER graph_index_entities_update;
DROP TRIGGER graph_index_events_insert;
DROP TRIGGER graph_index_events_delete;
DROP TRIGGER graph_index_events_update;
DROP TRIGGER graph_index_events_unsupported;
DROP TRIGGER graph_index_participants_insert;
DROP TRIGGER graph_index_participants_delete;
DROP TRIGGER graph_index_participants_update;
DROP TRIGGER graph_index_relations_insert;
DROP TRIGGER graph_index_relations_delete;
DROP TRIGGER graph_index_relations_update;
DROP TRIGGER graph_index_relations_unsupported;
DROP TRIGGER graph_index_event_links_insert;
DROP TRIGGER graph_index_event_links_delete;
DROP TRIGGER graph_index_event_links_update;
DROP TRIGGER graph_index_citations_insert;
DROP TRIGGER graph_index_citations_delete;
DROP TRIGGER graph_index_citations_update;
DROP TRIGGER graph_index_sources_update;
DROP TRIGGER graph_index_sources_delete;
DROP TRIGGER graph_index_sources_retracted;
CREATE TABLE graph_index_dirty (
    kind TEXT NOT NULL CHECK (kind IN ('entity', 'event', 'relation', 'all')),
    key INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE VIEW graph_index_marks(kind, key) AS SELECT kind, key FROM graph_index_dirty;
CREATE TRIGGER graph_index_mark INSTEAD OF INSERT ON graph_index_marks BEGIN
    INSERT INTO graph_index_dirty(kind, key) SELECT new.kind, new.key
        WHERE new.key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM graph_index_dirty WHERE kind = new.kind AND key = new.key);
END;
CREATE TRIGGER graph_index_entities_insert AFTER INSERT ON entities
    BEGIN INSERT INTO graph_index_marks VALUES ('entity', new.id); END;
CREATE TRIGGER graph_index_entities_delete AFTER DELETE ON entities
    BEGIN INSERT INTO graph_index_marks VALUES ('entity', old.id); END;
CREATE TRIGGER graph_index_entities_update AFTER UPDATE OF id, public, kind, category ON entities
    WHEN old.id IS NOT new.id OR old.public IS NOT new.public OR old.kind IS NOT new.kind OR old.category IS NOT new.category
    BEGIN INSERT INTO graph_index_marks VALUES ('entity', old.id), ('entity', new.id); END;
CREATE TRIGGER graph_index_events_insert AFTER INSERT ON events
    BEGIN INSERT INTO graph_index_marks VALUES ('event', new.id); END;
CREATE TRIGGER graph_index_events_delete AFTER DELETE ON events
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.id); END;
CREATE TRIGGER graph_index_events_update AFTER UPDATE OF id, type, review, unsupported ON events
    WHEN old.id IS NOT new.id OR old.type IS NOT new.type OR old.review IS NOT new.review
        OR old.unsupported IS NOT new.unsupported
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.id), ('event', new.id); END;
CREATE TRIGGER graph_index_participants_insert AFTER INSERT ON participants
    BEGIN INSERT INTO graph_index_marks VALUES ('event', new.event); END;
CREATE TRIGGER graph_index_participants_delete AFTER DELETE ON participants
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.event); END;
CREATE TRIGGER graph_index_participants_update AFTER UPDATE ON participants
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.event), ('event', new.event); END;
CREATE TRIGGER graph_index_event_links_insert AFTER INSERT ON event_links
    BEGIN INSERT INTO graph_index_marks VALUES ('event', new.event); END;
CREATE TRIGGER graph_index_event_links_delete AFTER DELETE ON event_links
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.event); END;
CREATE TRIGGER graph_index_event_links_update AFTER UPDATE ON event_links
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.event), ('event', new.event); END;
CREATE TRIGGER graph_index_relations_insert AFTER INSERT ON relations
    BEGIN INSERT INTO graph_index_marks VALUES ('relation', new.id); END;
CREATE TRIGGER graph_index_relations_delete AFTER DELETE ON relations
    BEGIN INSERT INTO graph_index_marks VALUES ('relation', old.id); END;
CREATE TRIGGER graph_index_relations_update AFTER UPDATE OF id, from_entity, to_entity, type, unsupported ON relations
    WHEN old.id IS NOT new.id OR old.from_entity IS NOT new.from_entity OR old.to_entity IS NOT new.to_entity
        OR old.type IS NOT new.type OR old.unsupported IS NOT new.unsupported
    BEGIN INSERT INTO graph_index_marks VALUES ('relation', old.id), ('relation', new.id); END;
CREATE TRIGGER graph_index_citations_insert AFTER INSERT ON citations
    BEGIN INSERT INTO graph_index_marks VALUES ('event', new.event), ('relation', new.relation); END;
CREATE TRIGGER graph_index_citations_delete AFTER DELETE ON citations
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.event), ('relation', old.relation); END;
CREATE TRIGGER graph_index_citations_update AFTER UPDATE OF source, event, relation ON citations
    WHEN old.source IS NOT new.source OR old.event IS NOT new.event OR old.relation IS NOT new.relation
    BEGIN INSERT INTO graph_index_marks VALUES ('event', old.event), ('relation', old.relation),
                                                ('event', new.event), ('relation', new.relation); END;
CREATE TRIGGER graph_index_sources_update AFTER UPDATE OF id, published_hi, retracted ON sources
    WHEN old.id IS NOT new.id OR old.published_hi IS NOT new.published_hi OR (old.retracted IS NULL) <> (new.retracted IS NULL)
    BEGIN INSERT INTO graph_index_marks VALUES ('all', 0); END;
CREATE TRIGGER graph_index_sources_delete AFTER DELETE ON sources
    BEGIN INSERT INTO graph_index_marks VALUES ('all', 0); END;
DELETE FROM graph_index;
)SQL";

// Version 9: a small write no longer rewrites the adjacency index whole; it stores the changed keys'
// entries as a patch (graph_index_patches, graph/graph_index_patch.hpp), and the index keeps its count
// of nodes, against which the writer weighs its patches: before the index's bytes, which SQLite would
// otherwise walk page by page to reach it. An index stored before counts none until the next write
// computes it anew. An article's import asks whether each candidate was rejected before
// (GraphWriter::rejected_candidate): the rejected events, few, get an index of their own, which spares
// it a walk through every event of the candidate's type. It holds the review too, so that it covers the
// question: without statistics SQLite's planner picks it over events_type only then.
constexpr const char* kVersion9 = R"SQL(
CREATE INDEX events_rejected ON events(type, review) WHERE review = 'rejected';
CREATE TABLE graph_index_9 (id INTEGER PRIMARY KEY CHECK (id = 1), nodes INTEGER NOT NULL DEFAULT 0, data BLOB NOT NULL);
INSERT INTO graph_index_9(id, data) SELECT id, data FROM graph_index;
DROP TABLE graph_index;
ALTER TABLE graph_index_9 RENAME TO graph_index;
CREATE TABLE graph_index_patches (
    seq INTEGER PRIMARY KEY,
    keys_so_far INTEGER NOT NULL,
    data BLOB NOT NULL
);
)SQL";

const std::vector<const char*>& migrations() {
    static const std::vector<const char*> steps = {kVersion1, kVersion2, kVersion3, kVersion4,
                                                   kVersion5, kVersion6, kVersion7, kVersion8, kVersion9};
    return steps;
}

// fold_key as an SQL function, for migrations that fold stored names anew.
void fold_key_function(sqlite3_context* context, int, sqlite3_value** values) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    std::string key = fold_key(text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(values[0])))
                                    : std::string_view());
    sqlite3_result_text(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

}  // namespace

int current_schema_version() { return static_cast<int>(migrations().size()); }

Result<void> migrate(SQLite::Database& db, int target) {
    int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > current_schema_version())
        return Error{"database schema version " + std::to_string(version) + " is newer than this allegraph (" +
                     std::to_string(current_schema_version()) + "); upgrade allegraph"};
    if (version >= target) return {};
    db.createFunction("allegraph_fold_key", 1, true, nullptr, fold_key_function);
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (int step = version; step < target; ++step) db.exec(migrations()[step]);
    db.exec("PRAGMA user_version = " + std::to_string(target));
    transaction.commit();
    return {};
}

}  // namespace allegraph
