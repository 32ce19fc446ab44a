-- Roles and grants of allegraph on PostgreSQL 15, run by `allegraph init` after schema.sql, as the
-- owner of the schemas. Idempotent, and safe when two databases of one cluster run it at once (roles
-- belong to the cluster: the second CREATE ROLE fails with duplicate_object, or unique_violation
-- when the two race, and is ignored).
--
-- allegraph_editor: reads and writes every fact table of `allegraph`; the history (changes,
--   change_facts) only SELECT and INSERT. Login roles of editors are members of it.
-- allegraph_reporter: no privilege on any table of `allegraph`; reads the views of
--   `allegraph_redacted` (same names and columns, private persons redacted). USAGE on the schema
--   `allegraph` only lets it call the folding functions (allegraph.fold_text in search queries).

DO $$
BEGIN
    CREATE ROLE allegraph_editor NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END $$;

DO $$
BEGIN
    CREATE ROLE allegraph_reporter NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END $$;


-- Editors.
GRANT USAGE ON SCHEMA allegraph TO allegraph_editor;
GRANT SELECT, INSERT, UPDATE, DELETE ON
    allegraph.sources, allegraph.entities, allegraph.aliases, allegraph.events, allegraph.participants,
    allegraph.event_links, allegraph.relations, allegraph.citations, allegraph.graph_index, allegraph.graph_index_patches,
    allegraph.graph_index_dirty,
    allegraph.entity_redirects, allegraph.search_name_rows, allegraph.editor_values, allegraph.judgements,
    allegraph.event_redirects, allegraph.source_redirects, allegraph.vocabulary
    TO allegraph_editor;
GRANT SELECT ON allegraph.schema_version TO allegraph_editor;
REVOKE UPDATE, DELETE, TRUNCATE ON allegraph.changes, allegraph.change_facts FROM allegraph_editor;
GRANT SELECT, INSERT ON allegraph.changes, allegraph.change_facts TO allegraph_editor;
GRANT SELECT ON allegraph.private_names, allegraph.private_name_forms, allegraph.private_forms TO allegraph_editor;
GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA allegraph TO allegraph_editor;  -- UPDATE: `allegraph copy` continues the keys

-- Reporters: nothing of allegraph's tables, views or sequences.
REVOKE ALL ON ALL TABLES IN SCHEMA allegraph FROM allegraph_reporter;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA allegraph FROM allegraph_reporter;
GRANT USAGE ON SCHEMA allegraph TO allegraph_reporter;

-- The redacted views, for both.
GRANT USAGE ON SCHEMA allegraph_redacted TO allegraph_reporter, allegraph_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA allegraph_redacted TO allegraph_reporter, allegraph_editor;

