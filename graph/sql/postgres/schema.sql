-- The PostgreSQL 15 schema of allegraph: the same tables, columns and indexes as the SQLite store
-- after its version 8 (graph/sql/sqlite/schema.cpp), in schema `allegraph`, and the reporter's redacted
-- views of the same names and columns in schema `allegraph_redacted`. The adjacency index's dirty
-- keys and their triggers are in graph_index_dirty.sql, and roles and grants in roles.sql, both run
-- after this file, in the same transaction (`allegraph init`). The database must be UTF8 encoded
-- (the privacy folding normalizes Unicode) and PostgreSQL built with ICU (collation "und-x-icu").
--
-- Types: INTEGER -> bigint, TEXT -> text COLLATE "C" (byte order, as SQLite compares), BLOB -> bytea.
-- Integer keys are identity columns BY DEFAULT, so that a copy may insert explicit ids; after one,
-- set each sequence past the largest id (see the list at the end of this file).


CREATE SCHEMA allegraph;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA allegraph;

CREATE TABLE allegraph.schema_version (version integer NOT NULL);
INSERT INTO allegraph.schema_version (version) VALUES (9);

-- ---------------------------------------------------------------------------------------------
-- Folding
-- ---------------------------------------------------------------------------------------------

-- The fold the full-text indexes use: accents off, lower case. The two-argument unaccent with a
-- schema-qualified dictionary does not depend on search_path, which is what makes it immutable.
CREATE FUNCTION allegraph.fold_text(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(allegraph.unaccent('allegraph.unaccent'::regdictionary, t) COLLATE "und-x-icu");

-- The fold privacy compares words in, after graph/folding.hpp: compatibility decomposition (NFKD:
-- full-width letters, ligatures), combining marks and invisible format characters removed, accents
-- off (unaccent also maps the letters NFKD leaves, such as ø, ł, ß), lower case, typographic
-- apostrophes (’ ‘ ʼ ` ´ ′ ʹ) as '. Apostrophes are then dropped (join_apostrophes: "O’Neil" is
-- "oneil") or taken as separators ("o neil"); every other run of characters that are not letters or
-- digits is one space. The result is the words separated by single spaces, without a leading or
-- trailing space.
CREATE FUNCTION allegraph.fold_words(t text, join_apostrophes boolean) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN btrim(regexp_replace(
        regexp_replace(
            lower(allegraph.unaccent('allegraph.unaccent'::regdictionary,
                regexp_replace(
                    normalize(regexp_replace(t, '[''’‘ʼ`´′ʹ＇]', CASE WHEN join_apostrophes THEN '' ELSE ' ' END, 'g'),
                              NFKD),
                    '[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]',
                    '', 'g')) COLLATE "und-x-icu"),
            '[''’‘ʼ`´′ʹ]', CASE WHEN join_apostrophes THEN '' ELSE ' ' END, 'g'),
        '[^[:alnum:]]+', ' ', 'g'));

-- Does `t` name a private person? The private names, aliases and ids are folded into forms
-- (allegraph.private_name_forms): ' word word ' (space-delimited, so matched on whole words only:
-- "ann" is not found in "annabel") and, for names of two words or more, the words run together
-- ("annoneil", found anywhere, as in "#JusticeForAnnONeil"). `keys` (allegraph.private_forms) files
-- them in a jsonb object, a hashed look-up: a whole-word form under its first word, a run-together
-- form under '~' and its first four letters. The text is folded both ways of apostrophes; each of
-- its words, and each four-letter piece of its words, is looked up, and only the forms found so are
-- compared with it: a few look-ups per word, whatever the number of private names.
-- The keys are an argument, not read here: the function reads nothing, so a reporter calling it
-- learns nothing; the redacted views pass them from a view the reporter cannot read.
CREATE FUNCTION allegraph.names_private(t text, keys jsonb) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    folds text[];
    words text;
    padded text;
    w text;
    piece integer;
    forms jsonb;
    form text;
BEGIN
    IF t IS NULL OR t = '' OR keys = '{}'::jsonb THEN
        RETURN false;
    END IF;
    folds := ARRAY[allegraph.fold_words(t, true)];
    IF t ~ '[''’‘ʼ`´′ʹ＇]' THEN
        folds := folds || allegraph.fold_words(t, false);
    END IF;
    FOREACH words IN ARRAY folds LOOP
        padded := ' ' || words || ' ';
        FOREACH w IN ARRAY string_to_array(words, ' ') LOOP
            forms := keys -> w;
            IF forms IS NOT NULL THEN
                FOR form IN SELECT jsonb_array_elements_text(forms) LOOP
                    IF strpos(padded, form) > 0 THEN
                        RETURN true;
                    END IF;
                END LOOP;
            END IF;
            FOR piece IN 1 .. length(w) - 3 LOOP
                forms := keys -> ('~' || substr(w, piece, 4));
                IF forms IS NOT NULL THEN
                    FOR form IN SELECT jsonb_array_elements_text(forms) LOOP
                        IF strpos(padded, form) > 0 THEN
                            RETURN true;
                        END IF;
                    END LOOP;
                END IF;
            END LOOP;
        END LOOP;
    END LOOP;
    RETURN false;
END $$;

-- What the redacted views show in place of a text that names a private person.
CREATE FUNCTION allegraph.withheld_marker() RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN '[withheld: names a private person]' COLLATE "C";

-- `t`, or the marker when it names a private person (NULL stays NULL).
CREATE FUNCTION allegraph.withheld(t text, keys jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN t <> '' AND allegraph.names_private(t, keys) THEN allegraph.withheld_marker() ELSE t END COLLATE "C";

-- ---------------------------------------------------------------------------------------------
-- Tables (graph/sqlite/schema.cpp, versions 1 to 7, in their final form)
-- ---------------------------------------------------------------------------------------------

CREATE TABLE allegraph.sources (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    text_id text COLLATE "C" NOT NULL UNIQUE,
    title text COLLATE "C" NOT NULL DEFAULT '',
    publisher text COLLATE "C" NOT NULL DEFAULT '',
    author text COLLATE "C" NOT NULL DEFAULT '',
    url text COLLATE "C" NOT NULL DEFAULT '',
    published text COLLATE "C",
    published_lo bigint,
    published_hi bigint,
    note text COLLATE "C" NOT NULL DEFAULT '',
    body text COLLATE "C",
    sha256 text COLLATE "C",
    retracted text COLLATE "C",
    retraction_reason text COLLATE "C" NOT NULL DEFAULT '',
    syndicated_from bigint REFERENCES allegraph.sources(id) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX sources_retracted ON allegraph.sources(id) WHERE retracted IS NOT NULL;
CREATE INDEX sources_sha256 ON allegraph.sources(sha256) WHERE sha256 IS NOT NULL;

CREATE TABLE allegraph.entities (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    text_id text COLLATE "C" NOT NULL UNIQUE,
    kind text COLLATE "C" NOT NULL,
    category text COLLATE "C" NOT NULL DEFAULT '',
    name text COLLATE "C" NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    description text COLLATE "C" NOT NULL DEFAULT '',
    size text COLLATE "C" NOT NULL DEFAULT '',
    public bigint NOT NULL DEFAULT 1,
    needs_review bigint NOT NULL DEFAULT 0,
    unsupported bigint NOT NULL DEFAULT 0
);
CREATE INDEX entities_name_key ON allegraph.entities(name_key);
CREATE INDEX entities_private ON allegraph.entities(public, name) WHERE public = 0;
CREATE INDEX entities_unsupported ON allegraph.entities(id) WHERE unsupported = 1;

CREATE TABLE allegraph.aliases (
    entity bigint NOT NULL REFERENCES allegraph.entities(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    alias text COLLATE "C" NOT NULL,
    alias_key text COLLATE "C" NOT NULL,
    PRIMARY KEY (entity, alias)
);
CREATE INDEX aliases_key ON allegraph.aliases(alias_key);

CREATE TABLE allegraph.events (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    text_id text COLLATE "C" NOT NULL UNIQUE,
    type text COLLATE "C" NOT NULL,
    category text COLLATE "C" NOT NULL,
    date text COLLATE "C" NOT NULL,
    date_lo bigint NOT NULL,
    date_hi bigint NOT NULL,
    status text COLLATE "C" NOT NULL DEFAULT '',
    due text COLLATE "C",
    due_lo bigint,
    due_hi bigint,
    negated bigint NOT NULL DEFAULT 0,
    nature text COLLATE "C" NOT NULL DEFAULT '',
    summary text COLLATE "C" NOT NULL DEFAULT '',
    review text COLLATE "C" NOT NULL DEFAULT 'reviewed' CHECK (review IN ('reviewed', 'unreviewed', 'rejected')),
    unsupported bigint NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON allegraph.events(date_lo, date_hi);
CREATE INDEX events_type ON allegraph.events(type, date_lo);
CREATE INDEX events_unsupported ON allegraph.events(id) WHERE unsupported = 1;
CREATE INDEX events_rejected ON allegraph.events(type, review) WHERE review = 'rejected';

CREATE TABLE allegraph.participants (
    event bigint NOT NULL REFERENCES allegraph.events(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    entity bigint NOT NULL REFERENCES allegraph.entities(id) DEFERRABLE INITIALLY IMMEDIATE,
    role text COLLATE "C" NOT NULL,
    PRIMARY KEY (event, entity, role)
);
CREATE INDEX participants_entity ON allegraph.participants(entity, role, event);

CREATE TABLE allegraph.event_links (
    event bigint NOT NULL REFERENCES allegraph.events(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    type text COLLATE "C" NOT NULL,
    target bigint NOT NULL REFERENCES allegraph.events(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    PRIMARY KEY (event, type, target)
);
CREATE INDEX event_links_target ON allegraph.event_links(target, type);

CREATE TABLE allegraph.relations (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    from_entity bigint NOT NULL REFERENCES allegraph.entities(id) DEFERRABLE INITIALLY IMMEDIATE,
    type text COLLATE "C" NOT NULL,
    to_entity bigint NOT NULL REFERENCES allegraph.entities(id) DEFERRABLE INITIALLY IMMEDIATE,
    date text COLLATE "C",
    date_lo bigint,
    date_hi bigint,
    context bigint REFERENCES allegraph.entities(id) DEFERRABLE INITIALLY IMMEDIATE,
    unsupported bigint NOT NULL DEFAULT 0,
    UNIQUE (from_entity, type, to_entity)
);
CREATE INDEX relations_to ON allegraph.relations(to_entity, type);
CREATE INDEX relations_unsupported ON allegraph.relations(id) WHERE unsupported = 1;

CREATE TABLE allegraph.citations (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    source bigint NOT NULL REFERENCES allegraph.sources(id) DEFERRABLE INITIALLY IMMEDIATE,
    entity bigint REFERENCES allegraph.entities(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    event bigint REFERENCES allegraph.events(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    relation bigint REFERENCES allegraph.relations(id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    quote text COLLATE "C" NOT NULL,
    start bigint,
    "end" bigint,
    CHECK ((entity IS NOT NULL)::integer + (event IS NOT NULL)::integer + (relation IS NOT NULL)::integer = 1)
);
CREATE INDEX citations_entity ON allegraph.citations(entity, source) WHERE entity IS NOT NULL;
CREATE INDEX citations_event ON allegraph.citations(event, source) WHERE event IS NOT NULL;
CREATE INDEX citations_relation ON allegraph.citations(relation, source) WHERE relation IS NOT NULL;

-- The adjacency index (graph/graph_index.hpp): one row, id 1, written by allegraph, with the patches of
-- the writes since (graph/graph_index_patch.hpp); the keys a change may have altered are recorded beside
-- it (graph_index_dirty.sql). Their ids are always given, so they have no identity.
CREATE TABLE allegraph.graph_index (
    id bigint PRIMARY KEY CHECK (id = 1),
    data bytea NOT NULL,
    nodes bigint NOT NULL DEFAULT 0
);
CREATE TABLE allegraph.graph_index_patches (
    seq bigint PRIMARY KEY,
    keys_so_far bigint NOT NULL,
    data bytea NOT NULL
);

-- The history (graph/history.hpp): append-only, by trigger and by privilege (roles.sql).
CREATE TABLE allegraph.changes (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at text COLLATE "C" NOT NULL,
    command text COLLATE "C" NOT NULL,
    files text COLLATE "C" NOT NULL DEFAULT '[]',
    reason text COLLATE "C" NOT NULL DEFAULT ''
);
CREATE TABLE allegraph.change_facts (
    change bigint NOT NULL REFERENCES allegraph.changes(id) DEFERRABLE INITIALLY IMMEDIATE,
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('source', 'entity', 'event', 'relation', 'vocabulary')),
    fact text COLLATE "C" NOT NULL,
    action text COLLATE "C" NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
    key bigint NOT NULL,
    before text COLLATE "C",
    PRIMARY KEY (change, kind, fact)
);
CREATE INDEX change_facts_fact ON allegraph.change_facts(fact, change);

CREATE TABLE allegraph.entity_redirects (
    text_id text COLLATE "C" PRIMARY KEY,
    entity bigint NOT NULL REFERENCES allegraph.entities(id) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX entity_redirects_entity ON allegraph.entity_redirects(entity);

-- The name index's rows (version 5); the full-text index is a GIN expression index on them.
CREATE TABLE allegraph.search_name_rows (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    owner text COLLATE "C" NOT NULL,
    field text COLLATE "C" NOT NULL,
    body text COLLATE "C" NOT NULL
);
CREATE INDEX search_name_rows_owner ON allegraph.search_name_rows(owner, field);

CREATE TABLE allegraph.editor_values (
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('entity', 'event', 'relation')),
    key bigint NOT NULL,
    column_name text COLLATE "C" NOT NULL,
    PRIMARY KEY (kind, key, column_name)
);

CREATE TABLE allegraph.judgements (
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('source', 'entity', 'event')),
    first bigint NOT NULL,
    second bigint NOT NULL,
    verdict text COLLATE "C" NOT NULL CHECK (verdict IN ('not_same')),
    reason text COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (kind, first, second),
    CHECK (first < second)
);
CREATE INDEX judgements_second ON allegraph.judgements(kind, second);

CREATE TABLE allegraph.event_redirects (
    text_id text COLLATE "C" PRIMARY KEY,
    event bigint NOT NULL REFERENCES allegraph.events(id) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX event_redirects_event ON allegraph.event_redirects(event);

CREATE TABLE allegraph.source_redirects (
    text_id text COLLATE "C" PRIMARY KEY,
    source bigint NOT NULL REFERENCES allegraph.sources(id) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX source_redirects_source ON allegraph.source_redirects(source);

CREATE TABLE allegraph.vocabulary (
    id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 10000) PRIMARY KEY,
    text_id text COLLATE "C" NOT NULL UNIQUE,
    list text COLLATE "C" NOT NULL CHECK (list IN ('event_types', 'organization_categories')),
    word text COLLATE "C" NOT NULL,
    definition text COLLATE "C" NOT NULL,
    UNIQUE (list, word)
);

-- ---------------------------------------------------------------------------------------------
-- Full text: GIN expression indexes in place of the FTS5 tables. A query uses them when it
-- repeats the expression: to_tsvector('simple', allegraph.fold_text(body)) @@ <tsquery>.
-- ---------------------------------------------------------------------------------------------

CREATE INDEX search_name_rows_body_fts ON allegraph.search_name_rows
    USING gin (to_tsvector('simple', allegraph.fold_text(body)));
CREATE INDEX events_summary_fts ON allegraph.events
    USING gin (to_tsvector('simple', allegraph.fold_text(summary)));
CREATE INDEX citations_quote_fts ON allegraph.citations
    USING gin (to_tsvector('simple', allegraph.fold_text(quote)));

-- ---------------------------------------------------------------------------------------------
-- Triggers
-- ---------------------------------------------------------------------------------------------

-- The name index's rows, kept as the SQLite version-5 triggers keep them.
CREATE FUNCTION allegraph.entities_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO allegraph.search_name_rows(owner, field, body) VALUES (NEW.text_id, 'name', NEW.name);
    IF NEW.description <> '' THEN
        INSERT INTO allegraph.search_name_rows(owner, field, body) VALUES (NEW.text_id, 'description', NEW.description);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER entities_search_insert AFTER INSERT ON allegraph.entities
    FOR EACH ROW EXECUTE FUNCTION allegraph.entities_search_insert();

CREATE FUNCTION allegraph.entities_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM allegraph.search_name_rows WHERE owner = OLD.text_id AND field IN ('name', 'description');
    INSERT INTO allegraph.search_name_rows(owner, field, body) VALUES (NEW.text_id, 'name', NEW.name);
    IF NEW.description <> '' THEN
        INSERT INTO allegraph.search_name_rows(owner, field, body) VALUES (NEW.text_id, 'description', NEW.description);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER entities_search_update AFTER UPDATE OF name, description ON allegraph.entities
    FOR EACH ROW EXECUTE FUNCTION allegraph.entities_search_update();

CREATE FUNCTION allegraph.entities_search_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM allegraph.search_name_rows WHERE owner = OLD.text_id;
    RETURN NULL;
END $$;
CREATE TRIGGER entities_search_delete AFTER DELETE ON allegraph.entities
    FOR EACH ROW EXECUTE FUNCTION allegraph.entities_search_delete();

CREATE FUNCTION allegraph.aliases_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO allegraph.search_name_rows(owner, field, body)
        SELECT e.text_id, 'alias', NEW.alias FROM allegraph.entities e WHERE e.id = NEW.entity;
    RETURN NULL;
END $$;
CREATE TRIGGER aliases_search_insert AFTER INSERT ON allegraph.aliases
    FOR EACH ROW EXECUTE FUNCTION allegraph.aliases_search_insert();

CREATE FUNCTION allegraph.aliases_search_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM allegraph.search_name_rows
        WHERE owner = (SELECT e.text_id FROM allegraph.entities e WHERE e.id = OLD.entity)
          AND field = 'alias' AND body = OLD.alias;
    RETURN NULL;
END $$;
CREATE TRIGGER aliases_search_delete AFTER DELETE ON allegraph.aliases
    FOR EACH ROW EXECUTE FUNCTION allegraph.aliases_search_delete();

-- The columns an editor set by hand go with their fact.
CREATE FUNCTION allegraph.editor_values_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM allegraph.editor_values WHERE kind = TG_ARGV[0] AND key = OLD.id;
    RETURN NULL;
END $$;
CREATE TRIGGER editor_values_entities_delete AFTER DELETE ON allegraph.entities
    FOR EACH ROW EXECUTE FUNCTION allegraph.editor_values_delete('entity');
CREATE TRIGGER editor_values_events_delete AFTER DELETE ON allegraph.events
    FOR EACH ROW EXECUTE FUNCTION allegraph.editor_values_delete('event');
CREATE TRIGGER editor_values_relations_delete AFTER DELETE ON allegraph.relations
    FOR EACH ROW EXECUTE FUNCTION allegraph.editor_values_delete('relation');

-- The history is append-only, for its owner too.
CREATE FUNCTION allegraph.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the change history is append-only' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE ON allegraph.changes
    FOR EACH ROW EXECUTE FUNCTION allegraph.append_only();
CREATE TRIGGER changes_append_only_truncate BEFORE TRUNCATE ON allegraph.changes
    FOR EACH STATEMENT EXECUTE FUNCTION allegraph.append_only();
CREATE TRIGGER change_facts_append_only BEFORE UPDATE OR DELETE ON allegraph.change_facts
    FOR EACH ROW EXECUTE FUNCTION allegraph.append_only();
CREATE TRIGGER change_facts_append_only_truncate BEFORE TRUNCATE ON allegraph.change_facts
    FOR EACH STATEMENT EXECUTE FUNCTION allegraph.append_only();

-- ---------------------------------------------------------------------------------------------
-- Private names: what the redacted views hide. Readable by the schema owner (and editors), never
-- by reporters; the views read them with their owner's rights.
-- ---------------------------------------------------------------------------------------------

-- Every name a private entity goes by: its name, its aliases, its text id and the ids merged into it.
CREATE VIEW allegraph.private_names AS
    SELECT e.id AS entity, e.name AS name FROM allegraph.entities e WHERE e.public = 0
    UNION ALL
    SELECT e.id, e.text_id FROM allegraph.entities e WHERE e.public = 0
    UNION ALL
    SELECT a.entity, a.alias FROM allegraph.aliases a JOIN allegraph.entities e ON e.id = a.entity WHERE e.public = 0
    UNION ALL
    SELECT r.entity, r.text_id FROM allegraph.entity_redirects r JOIN allegraph.entities e ON e.id = r.entity
        WHERE e.public = 0;

-- Their folded forms, as allegraph.names_private matches them: ' words ' (whole words; apostrophes
-- dropped or as separators) and, for two words or more, the words run together.
CREATE VIEW allegraph.private_name_forms AS
    SELECT DISTINCT f.form
    FROM allegraph.private_names n
    CROSS JOIN LATERAL (VALUES (allegraph.fold_words(n.name, true)), (allegraph.fold_words(n.name, false))) AS w(words)
    CROSS JOIN LATERAL (VALUES (' ' || w.words || ' '),
                               (CASE WHEN strpos(w.words, ' ') > 0 AND length(w.words) >= 5
                                     THEN replace(w.words, ' ', '') END)) AS f(form)
    WHERE w.words <> '' AND f.form IS NOT NULL;

-- The forms filed for look-up (one row, one jsonb object): a whole-word form under its first word,
-- a run-together form under '~' and its first four letters; the last argument of
-- allegraph.names_private.
CREATE VIEW allegraph.private_forms AS
    SELECT coalesce(jsonb_object_agg(k, forms), '{}'::jsonb) AS keys
    FROM (SELECT CASE WHEN left(form, 1) = ' ' THEN split_part(btrim(form), ' ', 1) ELSE '~' || left(form, 4) END AS k,
                 jsonb_agg(form) AS forms
          FROM allegraph.private_name_forms
          GROUP BY 1) AS filed;

-- ---------------------------------------------------------------------------------------------
-- The reporter's views: same names, same columns, same types as the tables of allegraph, so the
-- same SELECT statements run on them (search_path allegraph_redacted). A private entity (public = 0)
-- is shown as Privacy shows it (queries/privacy.cpp): text id 'private:<key>', name
-- '[redacted <kind>]', no description; its aliases, name-index rows and redirects are not shown.
-- Any other text naming a private person (its name, an alias or an id, in any spelling folding
-- reaches) is replaced whole by allegraph.withheld_marker(); JSON columns keep a JSON form.
-- Views that drop rows are security barriers, so that a reporter's own function in a WHERE clause
-- never sees a row the view hides.
-- ---------------------------------------------------------------------------------------------

CREATE SCHEMA allegraph_redacted;

CREATE VIEW allegraph_redacted.schema_version AS SELECT version FROM allegraph.schema_version;

CREATE VIEW allegraph_redacted.sources AS
    SELECT s.id,
           CASE WHEN allegraph.names_private(s.text_id, p.keys) THEN 'withheld:' || s.id ELSE s.text_id END
               COLLATE "C" AS text_id,
           allegraph.withheld(s.title, p.keys) AS title,
           allegraph.withheld(s.publisher, p.keys) AS publisher,
           allegraph.withheld(s.author, p.keys) AS author,
           allegraph.withheld(s.url, p.keys) AS url,
           s.published, s.published_lo, s.published_hi,
           allegraph.withheld(s.note, p.keys) AS note,
           allegraph.withheld(s.body, p.keys) AS body,
           s.sha256,
           allegraph.withheld(s.retracted, p.keys) AS retracted,
           allegraph.withheld(s.retraction_reason, p.keys) AS retraction_reason,
           s.syndicated_from
    FROM allegraph.sources s CROSS JOIN allegraph.private_forms p;

CREATE VIEW allegraph_redacted.entities AS
    SELECT e.id,
           CASE WHEN e.public = 0 THEN 'private:' || e.id
                WHEN allegraph.names_private(e.text_id, p.keys) THEN 'withheld:' || e.id
                ELSE e.text_id END COLLATE "C" AS text_id,
           e.kind, e.category,
           CASE WHEN e.public = 0 THEN '[redacted ' || e.kind || ']'
                ELSE allegraph.withheld(e.name, p.keys) END COLLATE "C" AS name,
           CASE WHEN e.public = 0 THEN lower('[redacted ' || e.kind || ']')
                WHEN allegraph.names_private(e.name_key, p.keys) THEN allegraph.withheld_marker()
                ELSE e.name_key END COLLATE "C" AS name_key,
           CASE WHEN e.public = 0 THEN '' ELSE allegraph.withheld(e.description, p.keys) END COLLATE "C" AS description,
           e.size, e.public, e.needs_review, e.unsupported
    FROM allegraph.entities e CROSS JOIN allegraph.private_forms p;

CREATE VIEW allegraph_redacted.aliases WITH (security_barrier) AS
    SELECT a.entity, a.alias, a.alias_key
    FROM allegraph.aliases a JOIN allegraph.entities e ON e.id = a.entity CROSS JOIN allegraph.private_forms p
    WHERE e.public <> 0 AND NOT allegraph.names_private(a.alias, p.keys);

CREATE VIEW allegraph_redacted.events AS
    SELECT v.id,
           CASE WHEN allegraph.names_private(v.text_id, p.keys) THEN 'withheld:' || v.id ELSE v.text_id END
               COLLATE "C" AS text_id,
           v.type, v.category, v.date, v.date_lo, v.date_hi,
           allegraph.withheld(v.status, p.keys) AS status,
           v.due, v.due_lo, v.due_hi, v.negated,
           allegraph.withheld(v.nature, p.keys) AS nature,
           allegraph.withheld(v.summary, p.keys) AS summary,
           v.review, v.unsupported
    FROM allegraph.events v CROSS JOIN allegraph.private_forms p;

CREATE VIEW allegraph_redacted.participants AS SELECT event, entity, role FROM allegraph.participants;

CREATE VIEW allegraph_redacted.event_links AS SELECT event, type, target FROM allegraph.event_links;

CREATE VIEW allegraph_redacted.relations AS
    SELECT id, from_entity, type, to_entity, date, date_lo, date_hi, context, unsupported FROM allegraph.relations;

CREATE VIEW allegraph_redacted.citations AS
    SELECT c.id, c.source, c.entity, c.event, c.relation,
           allegraph.withheld(c.quote, p.keys) AS quote,
           c.start, c."end"
    FROM allegraph.citations c CROSS JOIN allegraph.private_forms p;

CREATE VIEW allegraph_redacted.graph_index AS SELECT id, data, nodes FROM allegraph.graph_index;
CREATE VIEW allegraph_redacted.graph_index_patches AS SELECT seq, keys_so_far, data FROM allegraph.graph_index_patches;

CREATE VIEW allegraph_redacted.changes AS
    SELECT c.id, c.at,
           allegraph.withheld(c.command, p.keys) AS command,
           CASE WHEN allegraph.names_private(c.files, p.keys) THEN '["[withheld: names a private person]"]'
                ELSE c.files END COLLATE "C" AS files,
           allegraph.withheld(c.reason, p.keys) AS reason
    FROM allegraph.changes c CROSS JOIN allegraph.private_forms p;

-- A fact of a private entity is withheld whatever it says (its image may hold an earlier name).
CREATE VIEW allegraph_redacted.change_facts AS
    SELECT f.change, f.kind,
           CASE WHEN x.private_entity OR allegraph.names_private(f.fact, p.keys) THEN allegraph.withheld_marker()
                ELSE f.fact END COLLATE "C" AS fact,
           f.action, f.key,
           CASE WHEN x.private_entity OR allegraph.names_private(f.before, p.keys) THEN NULL
                ELSE f.before END COLLATE "C" AS before
    FROM allegraph.change_facts f
    CROSS JOIN allegraph.private_forms p
    CROSS JOIN LATERAL (SELECT f.kind = 'entity' AND EXISTS (
        SELECT 1 FROM allegraph.entities e WHERE e.id = f.key AND e.public = 0) AS private_entity) x;

CREATE VIEW allegraph_redacted.entity_redirects WITH (security_barrier) AS
    SELECT r.text_id, r.entity
    FROM allegraph.entity_redirects r JOIN allegraph.entities e ON e.id = r.entity CROSS JOIN allegraph.private_forms p
    WHERE e.public <> 0 AND NOT allegraph.names_private(r.text_id, p.keys);

CREATE VIEW allegraph_redacted.search_name_rows WITH (security_barrier) AS
    SELECT s.id, s.owner, s.field, s.body
    FROM allegraph.search_name_rows s CROSS JOIN allegraph.private_forms p
    WHERE NOT EXISTS (SELECT 1 FROM allegraph.entities e WHERE e.text_id = s.owner AND e.public = 0)
      AND NOT allegraph.names_private(s.owner, p.keys)
      AND NOT allegraph.names_private(s.body, p.keys);

CREATE VIEW allegraph_redacted.editor_values AS SELECT kind, key, column_name FROM allegraph.editor_values;

CREATE VIEW allegraph_redacted.judgements AS
    SELECT j.kind, j.first, j.second, j.verdict, allegraph.withheld(j.reason, p.keys) AS reason
    FROM allegraph.judgements j CROSS JOIN allegraph.private_forms p;

CREATE VIEW allegraph_redacted.event_redirects WITH (security_barrier) AS
    SELECT r.text_id, r.event
    FROM allegraph.event_redirects r CROSS JOIN allegraph.private_forms p
    WHERE NOT allegraph.names_private(r.text_id, p.keys);

CREATE VIEW allegraph_redacted.source_redirects WITH (security_barrier) AS
    SELECT r.text_id, r.source
    FROM allegraph.source_redirects r CROSS JOIN allegraph.private_forms p
    WHERE NOT allegraph.names_private(r.text_id, p.keys);

CREATE VIEW allegraph_redacted.vocabulary AS
    SELECT v.id, v.text_id, v.list,
           allegraph.withheld(v.word, p.keys) AS word,
           allegraph.withheld(v.definition, p.keys) AS definition
    FROM allegraph.vocabulary v CROSS JOIN allegraph.private_forms p;

-- Identity sequences (setval after a copy with explicit ids):
--   allegraph.sources_id_seq, allegraph.entities_id_seq, allegraph.events_id_seq,
--   allegraph.relations_id_seq, allegraph.citations_id_seq, allegraph.changes_id_seq,
--   allegraph.search_name_rows_id_seq, allegraph.vocabulary_id_seq (starts at 10000).

