#!/usr/bin/python3
"""Checks graph/sql/postgres/schema.sql, graph_index_dirty.sql and roles.sql against a throw-away PostgreSQL 15 cluster.

- Loads schema.sql, graph_index_dirty.sql and roles.sql into four databases of one cluster at once (roles.sql races on
  CREATE ROLE), then roles.sql again (idempotence).
- Fills a small graph as an editor login, with a public "Annabel Lee" and private persons named in
  many spellings in every kind of free text.
- As a reporter login: base tables are denied; every column of every table and view it can read
  is read, and no private name, alias or id appears in any spelling, while "Annabel Lee" does; a
  function of the reporter's own in a WHERE clause sees no hidden row.
- The redacted views have the tables' columns (names, order, types, collations).
- The history is append-only: UPDATE/DELETE denied to editors, refused by trigger for the owner.
- Triggers: the name index rows, the adjacency index's dirty keys, editor_values cleanup.

Run as root (initdb runs as `nobody`) or as an ordinary user: python3 tests/pg/test_reporter_views.py
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import unicodedata

BIN = "/usr/lib/postgresql/15/bin"
HERE = os.path.dirname(os.path.abspath(__file__))
SQL = os.environ.get("ALLEGRAPH_PG_SQL_DIR") or os.path.join(HERE, "..", "..", "graph", "sql", "postgres")
SCHEMA = os.path.join(SQL, "schema.sql")
DIRTY = os.path.join(SQL, "graph_index_dirty.sql")
ROLES = os.path.join(SQL, "roles.sql")

failures = []


def check(condition, message):
    if condition:
        print("ok   " + message)
    else:
        print("FAIL " + message)
        failures.append(message)


class Cluster:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="allegraph-pg-")
        os.chmod(self.dir, 0o700)
        self.as_user = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "nobody", "nogroup")
            self.as_user = ["runuser", "-u", "nobody", "--"]
        self.data = os.path.join(self.dir, "data")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = str(s.getsockname()[1])
        self.started = False

    def start(self):
        subprocess.run(self.as_user + [BIN + "/initdb", "-D", self.data, "-U", "postgres", "--auth=trust",
                                       "--encoding=UTF8", "--locale=C"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(self.as_user + [BIN + "/pg_ctl", "-D", self.data, "-w", "-l", os.path.join(self.dir, "log"),
                                       "-o", f"-c listen_addresses='' -c unix_socket_directories={self.dir} -p {self.port}",
                                       "start"], check=True, stdout=subprocess.DEVNULL)
        self.started = True

    def stop(self):
        if self.started:
            subprocess.run(self.as_user + [BIN + "/pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"],
                           stdout=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)

    def psql_args(self, db, user, *extra):
        return [BIN + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.dir, "-p", self.port,
                "-U", user, "-d", db] + list(extra)

    def psql(self, db, user, sql=None, files=(), options=(), ok=True):
        """Runs psql; returns (returncode, stdout, stderr). Raises when `ok` and psql fails."""
        args = self.psql_args(db, user, *options)
        # The SQL files are loaded in one transaction, as `allegraph init` runs them.
        args += ["-1"] if files else []
        for f in files:
            args += ["-f", f]
        if sql is not None:
            args += ["-c", sql]
        run = subprocess.run(args, capture_output=True, text=True,
                             env=dict(os.environ, PGOPTIONS="", PGCLIENTENCODING="UTF8"))
        if ok and run.returncode != 0:
            raise RuntimeError(f"psql as {user} on {db} failed:\n{sql}\n{run.stderr}")
        return run.returncode, run.stdout, run.stderr

    def query(self, db, user, sql):
        return self.psql(db, user, sql, options=("-A", "-t", "-F", "\x1f"))[1]


# ------------------------------------------------------------------------------------------------
# Folding in Python, independent of the SQL: a private name must not appear in any spelling.

APOSTROPHES = "'’‘ʼ`´′ʹ＇"


def fold(text, join_apostrophes):
    for a in APOSTROPHES:
        text = text.replace(a, "" if join_apostrophes else " ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Cf"))
    text = text.casefold()
    for a in APOSTROPHES:
        text = text.replace(a, "" if join_apostrophes else " ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def private_forms(names):
    forms = set()
    for name in names:
        for join in (True, False):
            words = fold(name, join)
            if words:
                forms.add(" " + words + " ")
                if " " in words:
                    forms.add(words.replace(" ", ""))
    return forms


def leaks(text, forms):
    found = set()
    for join in (True, False):
        folded = " " + fold(text, join) + " "
        for form in forms:
            if form in folded:
                found.add(form)
    return found


# ------------------------------------------------------------------------------------------------

PRIVATE_NAMES = ["Ann O’Neil", "Annie O'Neil", "Ann", "Zoë Müller", "person:ann-oneil", "person:zoe-muller",
                 "person:a-oneil"]

GRAPH = r"""
SET search_path = allegraph;
INSERT INTO entities (id, text_id, kind, name, name_key, description, public) VALUES
    (1, 'person:annabel-lee', 'person', 'Annabel Lee', 'annabel lee', 'A public figure; see Annabel Lee.', 1),
    (2, 'person:ann-oneil', 'person', 'Ann O’Neil', 'ann o''neil', 'Survivor, born in Cork', 0),
    (3, 'person:zoe-muller', 'person', 'Zoë Müller', 'zoe muller', 'Witness', 0),
    (4, 'org:acme', 'organization', 'Acme Corp', 'acme corp', 'Employer of Ann O''Neil', 1),
    (5, 'org:annals', 'organization', 'The Annals Annual', 'the annals annual', 'A review', 1);
INSERT INTO aliases (entity, alias, alias_key) VALUES
    (2, 'Annie O''Neil', 'annie o''neil'), (2, 'Ann', 'ann'), (1, 'A. Lee', 'a. lee'), (1, 'Ann Lee', 'ann lee');
INSERT INTO entity_redirects (text_id, entity) VALUES ('person:a-oneil', 2), ('person:annabel', 1);
INSERT INTO events (id, text_id, type, category, date, date_lo, date_hi, summary, nature, status) VALUES
    (1, 'event:e1', 'allegation', 'conduct', '2020-01-01', 1, 2, 'ANN O''NEIL accused Acme Corp', '', ''),
    (2, 'event:e2', 'testimony', 'legal', '2020-02-01', 3, 4, 'Zoe Muller testified about Annabel Lee', '', ''),
    (3, 'event:e3', 'statement', 'legal', '2020-03-01', 5, 6, 'Annabel Lee spoke at the Annual meeting', '', ''),
    (4, 'event:ann-oneil-complaint', 'allegation', 'conduct', '2020-04-01', 7, 8, 'A complaint was filed', 'verbal', ''),
    (5, 'event:e5', 'allegation', 'conduct', '2020-05-01', 9, 10, '#JusticeForAnnONeil trended', '', ''),
    (6, 'event:e6', 'allegation', 'conduct', '2020-06-01', 11, 12, 'Ｚｏｅ　Ｍｕｌｌｅｒ (full width)', '', ''),
    (7, 'event:e7', 'allegation', 'conduct', '2020-07-01', 13, 14, 'Zoe' || chr(769) || ' Mu' || chr(776) || 'ller, combining', '', ''),
    (8, 'event:e8', 'allegation', 'conduct', '2020-08-01', 15, 16, 'Zo' || chr(173) || 'ë Mül' || chr(8203) || 'ler, soft hyphen', '', ''),
    (9, 'event:e9', 'allegation', 'conduct', '2020-09-01', 17, 18, 'ann oʼneil and ANN O‘NEIL and Ann O`Neil and Ann O´Neil', '', ''),
    (10, 'event:e10', 'allegation', 'conduct', '2020-10-01', 19, 20, 'Ann O Neil, again', '', 'said by Ann');
INSERT INTO event_redirects (text_id, event) VALUES ('event:zoe-muller-old', 2), ('event:old-e1', 1);
INSERT INTO participants (event, entity, role) VALUES (1, 2, 'accuser'), (1, 4, 'accused'), (2, 3, 'witness'), (3, 1, 'speaker');
INSERT INTO event_links (event, type, target) VALUES (2, 'follows', 1);
INSERT INTO relations (id, from_entity, type, to_entity, context) VALUES (1, 2, 'employee_of', 4, NULL), (2, 1, 'friend_of', 3, 4);
INSERT INTO sources (id, text_id, title, publisher, author, url, note, body, sha256) VALUES
    (1, 'source:s1', 'Interview with Annie O`Neil', 'Daily', 'Reporter', 'https://example.org/ann-oneil', '', 'Ann O’Neil said she was harassed.', 'abc'),
    (2, 'source:s2', 'Court report', 'Gazette', 'Zoë Müller', 'https://example.org/court', 'via Zoe MULLER', NULL, NULL),
    (3, 'source:s3', 'Annabel Lee profile', 'Weekly', 'Staff', 'https://example.org/annabel-lee', 'Annabel Lee, annotated', 'Annabel Lee won an award. Anne was there.', 'def');
INSERT INTO source_redirects (text_id, source) VALUES ('source:zoe-muller-interview', 2), ('source:old-s3', 3);
INSERT INTO citations (source, entity, event, relation, quote, start, "end") VALUES
    (1, NULL, 1, NULL, 'I, Ann O''Neil, was harassed', 0, 10),
    (2, NULL, 2, NULL, 'ZOË MÜLLER: I saw it', NULL, NULL),
    (3, NULL, 3, NULL, 'Annabel Lee said thanks', 1, 5),
    (3, 1, NULL, NULL, 'Annabel Lee, poet', NULL, NULL),
    (1, NULL, NULL, 1, 'she worked at Acme (annie o’neil)', NULL, NULL);
INSERT INTO judgements (kind, first, second, verdict, reason) VALUES
    ('entity', 1, 2, 'not_same', 'Annabel Lee is not Ann O''Neil'), ('entity', 1, 4, 'not_same', 'Annabel Lee is a person');
INSERT INTO vocabulary (text_id, list, word, definition) VALUES
    ('event_type:doxxing', 'event_types', 'doxxing', 'Publishing private details, as done to zoe muller');
INSERT INTO editor_values (kind, key, column_name) VALUES ('entity', 1, 'description'), ('entity', 5, 'description');
INSERT INTO changes (at, command, files, reason) VALUES
    ('2020-01-01T00:00:00Z', 'import', '["/data/zoe_muller.csv"]', 'first import'),
    ('2020-01-02T00:00:00Z', 'edit person:ann-oneil', '[]', 'fixed the name of Ann O''Neil'),
    ('2020-01-03T00:00:00Z', 'edit person:annabel-lee', '[]', 'Annabel Lee asked');
INSERT INTO change_facts (change, kind, fact, action, key, before) VALUES
    (1, 'entity', 'person:ann-oneil', 'added', 2, NULL),
    (2, 'entity', 'person:anne-oneal', 'changed', 2, '{"name":"Anne O''Neal"}'),
    (2, 'event', 'event:e1', 'changed', 1, '{"summary":"Ann O’Neil accused"}'),
    (3, 'entity', 'person:annabel-lee', 'changed', 1, '{"name":"Annabel Lee"}');
INSERT INTO graph_index (id, data) VALUES (1, '\x41475833');
"""


def main():
    cluster = Cluster()
    try:
        cluster.start()
        su = ("postgres", "postgres")
        cluster.psql(*su, "CREATE ROLE gowner LOGIN CREATEROLE")

        # --- Four databases loaded at once: schema.sql then roles.sql, racing on CREATE ROLE.
        dbs = ["c1", "c2", "c3", "c4"]
        for db in dbs:
            cluster.psql(*su, f"CREATE DATABASE {db} OWNER gowner")
        procs = [subprocess.Popen(cluster.psql_args(db, "gowner", "-1", "-f", SCHEMA, "-f", DIRTY, "-f", ROLES),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for db in dbs]
        results = [(p.wait(), p.communicate()) for p in procs]
        for db, (rc, (out, err)) in zip(dbs, results):
            check(rc == 0, f"schema.sql + roles.sql load concurrently into {db}" + (f": {err}" if rc else ""))
        rc, _, err = cluster.psql("c1", "gowner", files=[ROLES], ok=False)
        check(rc == 0, "roles.sql runs again on a loaded database" + (f": {err}" if rc else ""))
        rc, _, err = cluster.psql("c2", "gowner", files=[SCHEMA], ok=False)
        check(rc != 0 and "already exists" in err, "schema.sql refuses a database that has the schema")

        db = "c1"
        cluster.psql(*su, "CREATE ROLE ed1 LOGIN IN ROLE allegraph_editor; CREATE ROLE rep1 LOGIN IN ROLE allegraph_reporter;"
                          "ALTER ROLE ed1 SET search_path = allegraph; ALTER ROLE rep1 SET search_path = allegraph_redacted")

        # --- Column parity between tables and views.
        cols = cluster.query(db, "gowner", """
            SELECT table_schema, table_name, ordinal_position, column_name, data_type, coalesce(collation_name, '')
            FROM information_schema.columns
            WHERE table_schema IN ('allegraph', 'allegraph_redacted')
              AND table_name NOT IN ('private_names', 'private_name_forms', 'private_forms')
            ORDER BY 2, 3, 1""")
        by_schema = {"allegraph": [], "allegraph_redacted": []}
        for line in cols.splitlines():
            schema, *rest = line.split("\x1f")
            by_schema[schema].append(tuple(rest))
        tables = {r[0] for r in by_schema["allegraph"]}
        check(len(tables) == 21, f"21 tables in allegraph ({len(tables)}: {sorted(tables)})")
        check(by_schema["allegraph"] == by_schema["allegraph_redacted"],
              "every table has a view of the same name, columns, types and collations")
        for a, b in zip(by_schema["allegraph"], by_schema["allegraph_redacted"]):
            if a != b:
                print("     table", a, "view", b)
                break
        seqs = cluster.query(db, "gowner", "SELECT string_agg(schemaname || '.' || sequencename || ' (' || start_value || ')', ' ' ORDER BY sequencename) FROM pg_sequences WHERE schemaname = 'allegraph'").strip()
        print("     sequences:", seqs)

        # --- The SQL folding agrees with the test's (which follows graph/folding.hpp).
        samples = ["Ann O’Neil", "ANN O‘NEIL", "ann oʼneil", "Ann O`Neil", "Ann O´Neil", "Zoë Müller",
                   "Zoe\u0301 Mu\u0308ller", "Ｚｏｅ　Ｍｕｌｌｅｒ", "Zo\u00ade Mül\u200bler", "Straße", "ﬁnance",
                   "#JusticeForAnn!", "Jean-Luc  Picard,Jr.", "ŞTEFAN Ćosić", "Ελένη Παπαδοπούλου", "Жанна Ильина",
                   "İstanbul", "x_y", "\t tab\nnewline "]
        for join in (True, False):
            sql = "SELECT " + ", ".join(
                "allegraph.fold_words(" + "'" + t.replace("'", "''") + "', " + str(join).lower() + ")" for t in samples)
            got = cluster.query(db, "gowner", sql).rstrip("\n").split("\x1f")
            want = [fold(t, join) for t in samples]
            bad = [(t, g, w) for t, g, w in zip(samples, got, want) if g != w]
            check(not bad, f"fold_words(t, {join}) folds as graph/folding.hpp does ({bad})")
        got = cluster.query(db, "gowner", "SELECT allegraph.fold_text('ZOË Müller O’Neil Жанна')").strip()
        check(got == "zoe muller o'neil жанна", f"fold_text lowers and strips accents ({got!r})")

        # --- The graph, written by an editor.
        cluster.psql(db, "ed1", GRAPH)
        check(cluster.query(db, "ed1", "SELECT id FROM allegraph.vocabulary").strip() == "10000",
              "vocabulary ids start at 10000")

        # --- Triggers.
        names = cluster.query(db, "ed1", "SELECT owner || '/' || field || '/' || body FROM allegraph.search_name_rows ORDER BY id")
        check("person:ann-oneil/alias/Annie O'Neil" in names and "person:acme" not in names
              and "org:acme/description/Employer of Ann O'Neil" in names, "entity and alias inserts fill search_name_rows")
        cluster.psql(db, "ed1", "DELETE FROM allegraph.graph_index_dirty;"  # the fill's
                                "UPDATE allegraph.entities SET description = 'Poet and writer' WHERE id = 1;"
                                "DELETE FROM allegraph.aliases WHERE entity = 1 AND alias = 'A. Lee';"
                                "INSERT INTO allegraph.entities (id, text_id, kind, name, name_key) VALUES (9, 'person:tmp', 'person', 'Tmp', 'tmp');"
                                "INSERT INTO allegraph.editor_values VALUES ('entity', 9, 'name');"
                                "DELETE FROM allegraph.entities WHERE id = 9;")
        names = cluster.query(db, "ed1", "SELECT owner || '/' || field || '/' || body FROM allegraph.search_name_rows ORDER BY id")
        check("person:annabel-lee/description/Poet and writer" in names and "see Annabel Lee" not in names
              and "A. Lee" not in names and "person:tmp" not in names, "updates and deletes keep search_name_rows")
        check(cluster.query(db, "ed1", "SELECT count(*) FROM allegraph.editor_values WHERE key = 9").strip() == "0",
              "deleting an entity deletes its editor_values")
        dirty = lambda: cluster.query(db, "ed1", "SELECT string_agg(kind || ' ' || key, ',' ORDER BY kind, key) FROM allegraph.graph_index_dirty").strip()
        check(dirty() == "entity 9", f"inserting and deleting an entity records its key in graph_index_dirty ({dirty()})")
        cluster.psql(db, "ed1", "DELETE FROM allegraph.graph_index_dirty; UPDATE allegraph.entities SET description = 'x' WHERE id = 5")
        check(dirty() == "", "a change to a column the index does not hold records nothing")
        cluster.psql(db, "ed1", "UPDATE allegraph.events SET review = 'unreviewed' WHERE id = 1; UPDATE allegraph.events SET review = review;"
                                "UPDATE allegraph.events SET review = 'reviewed' WHERE id = 1")
        check(dirty() == "event 1", f"an UPDATE of events.review records the events it changed ({dirty()})")
        cluster.psql(db, "ed1", "DELETE FROM allegraph.graph_index_dirty; UPDATE allegraph.participants SET role = role WHERE event = 1;"
                                "INSERT INTO allegraph.citations (source, relation, quote) VALUES (1, 1, 'again');"
                                "DELETE FROM allegraph.citations WHERE quote = 'again'")
        check(dirty() == "event 1,relation 1", f"participants and citations record their event or relation ({dirty()})")
        cluster.psql(db, "ed1", "DELETE FROM allegraph.graph_index_dirty; UPDATE allegraph.sources SET title = title;"
                                "UPDATE allegraph.sources SET retracted = '2021-01-01' WHERE id = 1; UPDATE allegraph.sources SET retracted = NULL")
        check(dirty() == "all 0", f"a retraction records 'all', a change of title nothing ({dirty()})")
        reporter_dirty = cluster.query(db, "rep1", "SELECT count(*) FROM allegraph_redacted.graph_index_dirty").strip()
        check(reporter_dirty == cluster.query(db, "ed1", "SELECT count(*) FROM allegraph.graph_index_dirty").strip(),
              "a reporter reads the dirty keys")
        cluster.psql(db, "ed1", "DELETE FROM allegraph.graph_index_dirty")
        fts = cluster.query(db, "ed1", "SELECT count(*) FROM allegraph.events WHERE to_tsvector('simple', allegraph.fold_text(summary)) @@ to_tsquery('simple', 'muller')").strip()
        check(fts == "2", f"full-text folds accents and case (events matching 'muller': {fts})")

        # --- The history is append-only.
        for user, why in (("ed1", "permission denied"), ("gowner", "append-only")):
            for sql in ("UPDATE allegraph.changes SET reason = 'x'", "DELETE FROM allegraph.changes",
                        "UPDATE allegraph.change_facts SET action = 'removed'", "DELETE FROM allegraph.change_facts",
                        "TRUNCATE allegraph.change_facts"):
                rc, _, err = cluster.psql(db, user, sql, ok=False)
                check(rc != 0 and why in err, f"as {user}: {sql} fails ({err.strip().splitlines()[0] if err.strip() else 'succeeded'})")
        rc, _, err = cluster.psql(db, "ed1", "INSERT INTO allegraph.changes (at, command) VALUES ('2021-01-01T00:00:00Z', 'test');"
                                             "INSERT INTO allegraph.change_facts VALUES (currval('allegraph.changes_id_seq'), 'source', 'source:s9', 'added', 9, NULL)", ok=False)
        check(rc == 0, "as an editor: INSERT into changes and change_facts works" + (f": {err}" if rc else ""))

        # --- The base data does hold the private names (else the test below proves nothing).
        base = cluster.query(db, "gowner", "SELECT e::text FROM allegraph.events e UNION ALL SELECT s::text FROM allegraph.sources s UNION ALL SELECT a::text FROM allegraph.aliases a")
        forms = private_forms(PRIVATE_NAMES)
        check(len(leaks(base, forms)) >= 5, f"the base tables name the private persons ({sorted(leaks(base, forms))})")

        # --- The reporter (statistics gathered, so that pg_stats would show values if it could).
        cluster.psql(db, "postgres", "ANALYZE")
        for sql in ("SELECT name FROM allegraph.entities", "SELECT * FROM allegraph.private_forms",
                    "SELECT * FROM allegraph.private_names", "SELECT * FROM allegraph.changes"):
            rc, _, err = cluster.psql(db, "rep1", sql, ok=False)
            check(rc != 0 and "permission denied" in err, f"as a reporter: {sql} is denied")
        visible = cluster.query(db, "rep1", """
            SELECT table_schema, table_name, string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position)
            FROM information_schema.columns
            WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
            GROUP BY 1, 2 ORDER BY 1, 2""")
        relations = [line.split("\x1f") for line in visible.splitlines()]
        check({r[0] for r in relations} == {"allegraph_redacted"} and len(relations) == 21,
              f"a reporter can read the 21 views of allegraph_redacted and nothing else ({[r[0] + '.' + r[1] for r in relations]})")
        output = []
        for schema, table, columns in relations:
            select = ", ".join(f"{c}::text" for c in columns.split(","))
            output.append(f"== {table}\n" + cluster.query(db, "rep1", f"SELECT {select} FROM {schema}.{table}"))
        dump = "\n".join(output)
        # Queries as the C++ runs them, with search_path, and a reporter's leaky function in WHERE.
        _, out, err = cluster.psql(db, "rep1", """
            CREATE FUNCTION pg_temp.peek(text) RETURNS boolean LANGUAGE plpgsql COST 0.0001 AS
                $$ BEGIN RAISE NOTICE 'peek: %', $1; RETURN true; END $$;
            SELECT * FROM aliases WHERE pg_temp.peek(alias);
            SELECT * FROM search_name_rows WHERE pg_temp.peek(body);
            SELECT * FROM entity_redirects WHERE pg_temp.peek(text_id);
            SELECT * FROM event_redirects WHERE pg_temp.peek(text_id);
            SELECT * FROM source_redirects WHERE pg_temp.peek(text_id);
            SELECT * FROM entities WHERE pg_temp.peek(name) AND pg_temp.peek(description);
            SELECT * FROM events WHERE pg_temp.peek(summary);
            SELECT * FROM pg_stats;
            SELECT * FROM pg_stats_ext;
            SELECT id FROM events WHERE to_tsvector('simple', allegraph.fold_text(summary)) @@ to_tsquery('simple', 'muller');
            """)
        dump += "\n" + out + "\n" + err
        check("peek:" in err, "the reporter's function ran (its notices are checked too)")
        found = leaks(dump, forms)
        check(not found, f"no private name, alias or id in anything a reporter reads (found: {sorted(found)})")
        if found:
            for line in dump.splitlines():
                if leaks(line, forms):
                    print("     leak:", line)
        check("Annabel Lee" in dump, "the public 'Annabel Lee' is shown")
        check("The Annals Annual" in dump and "Annabel Lee won an award. Anne was there." in dump,
              "names holding a private name inside a word are shown ('Annals', 'Anne')")
        check("[redacted person]" in dump and "private:2" in dump and "private:3" in dump,
              "private persons are shown as '[redacted person]', 'private:<key>'")
        check("[withheld: names a private person]" in dump, "texts naming a private person are withheld")
        entities = cluster.query(db, "rep1", "SELECT id, text_id, name, name_key, description FROM entities ORDER BY id")
        check("2\x1fprivate:2\x1f[redacted person]\x1f[redacted person]\x1f\n" in entities,
              "a private entity's row: placeholder id, name and key, no description")
        for sql, expect in (("SELECT count(*) FROM aliases", "0"),  # "Ann Lee" (public) names the private alias "Ann"
                            ("SELECT count(*) FROM entity_redirects", "1"),
                            ("SELECT count(*) FROM event_redirects", "1"),
                            ("SELECT count(*) FROM source_redirects", "1"),
                            ("SELECT count(*) FROM events", "10"),
                            ("SELECT summary FROM events WHERE id = 3", "Annabel Lee spoke at the Annual meeting"),
                            ("SELECT text_id FROM events WHERE id = 4", "withheld:4"),
                            ("SELECT files FROM changes WHERE id = 1", '["[withheld: names a private person]"]'),
                            ("SELECT count(*) FROM change_facts WHERE before IS NULL", "4"),
                            ("SELECT body FROM sources WHERE id = 2", ""),
                            ("SELECT version FROM schema_version", "9")):
            got = cluster.query(db, "rep1", sql).strip()
            check(got == expect, f"as a reporter: {sql} = {expect!r} (got {got!r})")
        print("     entities as a reporter:\n" + "\n".join("       " + l.replace("\x1f", " | ") for l in entities.splitlines()))
    finally:
        cluster.stop()
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
