-- The keys whose adjacency-index entries a change may have altered (graph/graph_index.hpp), run after
-- schema.sql by `allegraph init` and by the upgrade to version 8 (graph/sql/postgres/store_open.cpp).
-- Statement-level triggers read each statement's transition tables, so a large import pays one
-- insert per statement, not a trigger per row. PostgreSQL allows transition tables only on a
-- trigger of one event, and on an UPDATE trigger without a column list: each table has one trigger
-- per event, and an update records the keys of the rows whose indexed columns differ between the
-- old and new rows (a row whose columns are all unchanged appears in both and cancels). As on
-- SQLite, participants and links are their event's, a citation is its event's or relation's, and a
-- change to a source's publication or retraction, a deletion of one, or a TRUNCATE records 'all'.

CREATE TABLE allegraph.graph_index_dirty (
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('entity', 'event', 'relation', 'all')),
    key bigint NOT NULL,
    PRIMARY KEY (kind, key)
);

CREATE FUNCTION allegraph.graph_index_entities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'entity', id FROM new_rows ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'entity', id FROM old_rows ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'entity', id FROM (
            (SELECT id, public, kind, category FROM old_rows EXCEPT SELECT id, public, kind, category FROM new_rows)
            UNION ALL
            (SELECT id, public, kind, category FROM new_rows EXCEPT SELECT id, public, kind, category FROM old_rows)) c
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION allegraph.graph_index_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'event', id FROM new_rows ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'event', id FROM old_rows ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'event', id FROM (
            (SELECT id, type, review, unsupported FROM old_rows EXCEPT SELECT id, type, review, unsupported FROM new_rows)
            UNION ALL
            (SELECT id, type, review, unsupported FROM new_rows EXCEPT SELECT id, type, review, unsupported FROM old_rows)) c
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- Participants and event links: every column is indexed, so an update records the old and new event.
CREATE FUNCTION allegraph.graph_index_event_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'event', event FROM new_rows ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'event', event FROM old_rows ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO allegraph.graph_index_dirty
            SELECT 'event', event FROM old_rows UNION SELECT 'event', event FROM new_rows
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION allegraph.graph_index_relations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'relation', id FROM new_rows ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'relation', id FROM old_rows ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO allegraph.graph_index_dirty SELECT DISTINCT 'relation', id FROM (
            (SELECT id, from_entity, to_entity, type, unsupported FROM old_rows
             EXCEPT SELECT id, from_entity, to_entity, type, unsupported FROM new_rows)
            UNION ALL
            (SELECT id, from_entity, to_entity, type, unsupported FROM new_rows
             EXCEPT SELECT id, from_entity, to_entity, type, unsupported FROM old_rows)) c
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION allegraph.graph_index_citations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO allegraph.graph_index_dirty
            SELECT 'event', event FROM new_rows WHERE event IS NOT NULL
            UNION SELECT 'relation', relation FROM new_rows WHERE relation IS NOT NULL
        ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO allegraph.graph_index_dirty
            SELECT 'event', event FROM old_rows WHERE event IS NOT NULL
            UNION SELECT 'relation', relation FROM old_rows WHERE relation IS NOT NULL
        ON CONFLICT DO NOTHING;
    ELSE
        WITH changed AS (
            (SELECT id, source, event, relation FROM old_rows EXCEPT SELECT id, source, event, relation FROM new_rows)
            UNION ALL
            (SELECT id, source, event, relation FROM new_rows EXCEPT SELECT id, source, event, relation FROM old_rows))
        INSERT INTO allegraph.graph_index_dirty
            SELECT 'event', event FROM changed WHERE event IS NOT NULL
            UNION SELECT 'relation', relation FROM changed WHERE relation IS NOT NULL
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- A source deleted, or its publication or retraction changed (only whether it is retracted matters).
CREATE FUNCTION allegraph.graph_index_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM old_rows) THEN
            INSERT INTO allegraph.graph_index_dirty VALUES ('all', 0) ON CONFLICT DO NOTHING;
        END IF;
    ELSIF EXISTS ((SELECT id, published_hi, retracted IS NULL FROM old_rows
                EXCEPT SELECT id, published_hi, retracted IS NULL FROM new_rows)
               UNION ALL
               (SELECT id, published_hi, retracted IS NULL FROM new_rows
                EXCEPT SELECT id, published_hi, retracted IS NULL FROM old_rows)) THEN
        INSERT INTO allegraph.graph_index_dirty VALUES ('all', 0) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION allegraph.graph_index_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO allegraph.graph_index_dirty VALUES ('all', 0) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

-- Each table's triggers: one per event (transition tables allow no more), and 'all' after a TRUNCATE.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('entities', 'graph_index_entities', true), ('events', 'graph_index_events', true),
                                   ('participants', 'graph_index_event_rows', true),
                                   ('event_links', 'graph_index_event_rows', true),
                                   ('relations', 'graph_index_relations', true),
                                   ('citations', 'graph_index_citations', true),
                                   ('sources', 'graph_index_sources', false)) AS m(tab, fn, on_insert) LOOP
        IF t.on_insert THEN  -- a new source is cited by no one yet
            EXECUTE format('CREATE TRIGGER graph_index_insert AFTER INSERT ON allegraph.%I REFERENCING NEW TABLE AS new_rows'
                           ' FOR EACH STATEMENT EXECUTE FUNCTION allegraph.%I()', t.tab, t.fn);
        END IF;
        EXECUTE format('CREATE TRIGGER graph_index_delete AFTER DELETE ON allegraph.%I REFERENCING OLD TABLE AS old_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION allegraph.%I()', t.tab, t.fn);
        EXECUTE format('CREATE TRIGGER graph_index_update AFTER UPDATE ON allegraph.%I'
                       ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION allegraph.%I()', t.tab, t.fn);
        EXECUTE format('CREATE TRIGGER graph_index_truncate AFTER TRUNCATE ON allegraph.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION allegraph.graph_index_all()', t.tab);
    END LOOP;
END $$;

-- Keys, no names: the reporter reads them as they are, to know whether the stored index is current.
CREATE VIEW allegraph_redacted.graph_index_dirty AS SELECT kind, key FROM allegraph.graph_index_dirty;
