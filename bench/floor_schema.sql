-- The floor for ingest: the store's tables with only the columns the generator's CSV
-- files carry, in their order and with the store's types, and nothing else: no keys,
-- no constraints, no indexes, no full-text index. bench/run.py creates these in an
-- empty database, then loads every CSV with sqlite3's own .import in one transaction.
CREATE TABLE sources (id INTEGER, text_id TEXT, title TEXT, publisher TEXT, url TEXT, published TEXT,
                      published_lo INTEGER, published_hi INTEGER);
CREATE TABLE entities (id INTEGER, text_id TEXT, kind TEXT, category TEXT, name TEXT, name_key TEXT,
                       public INTEGER);
CREATE TABLE aliases (entity INTEGER, alias TEXT, alias_key TEXT);
CREATE TABLE events (id INTEGER, text_id TEXT, type TEXT, category TEXT, date TEXT, date_lo INTEGER,
                     date_hi INTEGER, status TEXT, negated INTEGER, nature TEXT, summary TEXT);
CREATE TABLE participants (event INTEGER, entity INTEGER, role TEXT);
CREATE TABLE event_links (event INTEGER, type TEXT, target INTEGER);
CREATE TABLE relations (id INTEGER, from_entity INTEGER, type TEXT, to_entity INTEGER);
CREATE TABLE citations (id INTEGER, source INTEGER, entity INTEGER, event INTEGER, relation INTEGER, quote TEXT);
