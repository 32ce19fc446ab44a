-- PostgreSQL's floor for ingest, the analog of floor_schema.sql: the store's tables with only
-- the columns the generator's CSV files carry, in their order (the CSV headers) and with the
-- store's types (bigint; text COLLATE "C"), in a schema of their own, and nothing else: no keys,
-- no constraints, no indexes, no full-text index. bench/run.py runs this in a freshly created
-- database, then loads every CSV with psql's \copy (FORMAT csv, HEADER true) in the same
-- transaction.
CREATE SCHEMA floor;
CREATE TABLE floor.sources (id bigint, text_id text COLLATE "C", title text COLLATE "C", publisher text COLLATE "C",
                            url text COLLATE "C", published text COLLATE "C", published_lo bigint, published_hi bigint);
CREATE TABLE floor.entities (id bigint, text_id text COLLATE "C", kind text COLLATE "C", category text COLLATE "C",
                             name text COLLATE "C", name_key text COLLATE "C", public bigint);
CREATE TABLE floor.aliases (entity bigint, alias text COLLATE "C", alias_key text COLLATE "C");
CREATE TABLE floor.events (id bigint, text_id text COLLATE "C", type text COLLATE "C", category text COLLATE "C",
                           date text COLLATE "C", date_lo bigint, date_hi bigint, status text COLLATE "C",
                           negated bigint, nature text COLLATE "C", summary text COLLATE "C");
CREATE TABLE floor.participants (event bigint, entity bigint, role text COLLATE "C");
CREATE TABLE floor.event_links (event bigint, type text COLLATE "C", target bigint);
CREATE TABLE floor.relations (id bigint, from_entity bigint, type text COLLATE "C", to_entity bigint);
CREATE TABLE floor.citations (id bigint, source bigint, entity bigint, event bigint, relation bigint,
                              quote text COLLATE "C");
