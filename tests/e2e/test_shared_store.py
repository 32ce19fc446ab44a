"""End-to-end tests of the shared PostgreSQL store (a newsroom's server): `init` makes the schema and
the two roles; a reporter reading with plain psql finds no private person's name anywhere; the
history is append-only by the server's own rules; two imports and an edit running at once end as
some serial order of them, with readers never seeing half an import; and `copy` moves a whole store
between SQLite and PostgreSQL and back, byte for byte. Run against the throw-away cluster of
tests/pg_cluster.py (ALLEGRAPH_TEST_ENGINE=postgresql); skipped on the SQLite run."""
import itertools
import json
import os
import re
import secrets
import sqlite3
import subprocess
import unicodedata
import unittest
import urllib.parse

from harness import CASE, CASE_FLAGS, ENGINE, TempDbCase, pg_admin_url, psql, run, run_json, sha256_of, write

PRIVATE = ("@2Fikornot2fik", "Dominique Fraser", "Alexis Benveniste")


def fold(text):
    """Lower case, no accents, apostrophes and every separator dropped: a name in any spelling."""
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[\W_]+", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def as_user(url, user):
    """`url` with `user` instead of its user."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(netloc=user + "@" + parts.netloc.split("@", 1)[1]))


def login(url, group):
    """A new login role, member of `group`, connecting to the database of `url`."""
    name = "u_" + secrets.token_hex(6)
    psql(pg_admin_url(), f"CREATE ROLE {name} LOGIN IN ROLE {group}")
    return as_user(url, name)


def psql_as(url, sql):
    """Runs `sql` with plain psql; returns (exit code, output, errors)."""
    done = subprocess.run(["psql", url, "-XAtq", "-c", sql], capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


@unittest.skipIf(ENGINE != "postgresql", "the shared store is a PostgreSQL database")
class SharedStore(TempDbCase):
    def test_init_makes_the_schema_and_both_roles_once(self):
        first = run_json("init", self.db)
        self.assertEqual((first["engine"], first["created"]), ("postgresql", True))
        self.assertEqual(run_json("init", self.db)["created"], False)
        roles = psql(self.db, "SELECT rolname FROM pg_roles WHERE rolname IN ('allegraph_editor', 'allegraph_reporter')"
                              " ORDER BY 1").split()
        self.assertEqual(roles, ["allegraph_editor", "allegraph_reporter"])
        self.assertEqual(run("timeline", "anyone", db=self.db)[0], 1)  # an empty store, not a missing one

    def test_a_reporter_with_psql_finds_no_private_name_anywhere(self):
        self.import_case()
        reporter = login(self.db, "allegraph_reporter")
        code, _, err = psql_as(reporter, "SELECT name FROM allegraph.entities")
        self.assertNotEqual(code, 0)
        self.assertIn("permission denied", err)
        columns = psql_as(reporter, "SELECT table_schema, table_name, column_name FROM information_schema.columns"
                                    " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                                    " ORDER BY 1, 2, ordinal_position")[1].splitlines()
        self.assertGreater(len(columns), 50)
        seen = []
        for schema, table, column in (line.split("|") for line in columns):
            code, out, err = psql_as(reporter, f'SELECT "{column}"::text FROM "{schema}"."{table}"')
            if code == 0:
                seen.append(out)
            else:
                self.assertIn("permission denied", err)
        folded = fold("".join(seen))
        self.assertIn(fold("Harvey Weinstein"), folded)
        for name in PRIVATE:
            self.assertNotIn(fold(name), folded, name)
        # allegraph itself, connected as the reporter, reads the redacted face: not even --include-private shows them.
        code, out, err = run("--include-private", "export", "json", db=reporter)
        self.assertEqual(code, 0, err)
        self.assertIn("Harvey Weinstein", out)
        for name in PRIVATE:
            self.assertNotIn(fold(name), fold(out), name)

    def test_a_reporter_cannot_write(self):
        self.import_case()
        before = sha256_of(self.db)
        reporter = login(self.db, "allegraph_reporter")
        doc = write(self.dir, "more.json", json.dumps({"allegraph": 1, "entities": [
            {"id": "person:new", "kind": "person", "name": "New Person", "public": True,
             "citations": [{"source": "src:cbc-metoo", "quote": "movie mogul Harvey Weinstein"}]}]}))
        code, _, err = run("import", doc, db=reporter)
        self.assertEqual(code, 3, err)
        self.assertIn("allegraph_reporter: it may read, not write", err)
        self.assertEqual(sha256_of(self.db), before)
        editor = login(self.db, "allegraph_editor")
        self.assertEqual(run("import", doc, db=editor)[0], 0)
        self.assertNotEqual(sha256_of(self.db), before)

    def test_the_history_is_append_only_by_the_server(self):
        self.import_case()
        editor = login(self.db, "allegraph_editor")
        for sql in ("UPDATE allegraph.changes SET reason = 'rewritten'", "DELETE FROM allegraph.change_facts",
                    "TRUNCATE allegraph.changes CASCADE"):
            for url in (editor, self.db):  # an editor lacks the privilege; the owner meets the trigger
                code, _, err = psql_as(url, sql)
                self.assertNotEqual(code, 0, (url, sql))
                self.assertRegex(err, "permission denied|append-only")
        self.assertEqual(psql_as(editor, "INSERT INTO allegraph.changes(at, command) VALUES ('x', 'y')")[0], 0)

    def test_a_large_import_leaves_the_planner_statistics_current(self):
        # Without them, plans made right after the import take the new tables for empty ones.
        lines = [json.dumps({"record": "source", "id": f"src:s{i}", "title": f"Source {i} " + "x" * 400,
                             "publisher": "Bench Wire", "published": "2017-10-05"}) for i in range(3000)]
        archive = write(self.dir, "large.jsonl", "\n".join(lines) + "\n")
        self.assertGreater(os.path.getsize(archive), 1 << 20)
        self.import_ok(archive)
        analysed = psql(self.db, "SELECT n_live_tup, last_analyze IS NOT NULL FROM pg_stat_user_tables"
                                 " WHERE schemaname = 'allegraph' AND relname = 'sources'").strip()
        self.assertEqual(analysed, "3000|t")


def large_archive(count):
    """A JSON-lines import of `count` events (over 1 MB, so imported as a large one), naming the case's
    people: private persons side by side in one role, citations of entities, events and relations,
    links between events, and ids that repeat to update a record written earlier in the file."""
    people = [{"record": "entity", "id": f"person:p{i}", "kind": "person", "name": f"Person Number {i}",
               "public": i % 7 != 0, "aliases": [f"P. Number {i}"],
               "citations": [{"source": "src:wire", "quote": f"person {i} said"}]} for i in range(count // 5)]
    lines = [{"record": "source", "id": "src:wire", "title": "Wire " + "w" * 200, "publisher": "Desk",
              "published": "2020-01-03"}] + people
    for i in range(count):
        event = {"record": "event", "id": f"event:e{i}", "type": "allegation" if i % 3 else "denial",
                 "date": f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}", "summary": f"Event {i} " + "s" * 300,
                 "participants": [{"entity": f"person:p{(i * 7) % len(people)}", "role": "participant"},
                                  {"entity": f"person:p{(i * 7 + 7) % len(people)}", "role": "participant"},
                                  {"entity": "person:harvey-weinstein", "role": "accused"}],
                 "citations": [{"source": "src:wire", "quote": f"event {i}"}, {"source": "src:cbc-metoo",
                                                                           "quote": "movie mogul Harvey Weinstein"}]}
        if i and i % 3 == 0:
            event["links"] = [{"type": "responds_to", "event": f"event:e{i - 1}"}]
        lines.append(event)
        if i % 50 == 49:
            lines.append(dict(lines[-10], summary=f"Event {i - 9} updated"))  # written again, later in the file
            lines.append({"record": "relation", "from": f"person:p{i % len(people)}", "type": "friend_of",
                          "to": "person:harvey-weinstein", "citations": [{"source": "src:wire", "quote": f"rel {i}"}]})
    return "\n".join(json.dumps(line) for line in lines) + "\n"


@unittest.skipIf(ENGINE != "postgresql", "compares the PostgreSQL engine with SQLite")
class LargeImport(TempDbCase):
    """A large import into PostgreSQL sends its rows in batches under keys it reserved (graph/sql/postgres/)."""

    def setUp(self):
        super().setUp()
        self.archive = write(self.dir, "large.jsonl", large_archive(2000))
        self.assertGreater(os.path.getsize(self.archive), 1 << 20)
        self.sqlite_store = os.path.join(self.dir, "same.db")

    def both(self, *args):
        """Runs the command on both stores; its exit code and output on PostgreSQL, which must equal SQLite's."""
        on_sqlite = run(*args, db=self.sqlite_store)
        on_postgresql = run(*args, db=self.db)
        self.assertEqual(on_postgresql[:2], on_sqlite[:2], args)
        return on_postgresql

    def test_a_large_import_writes_what_it_writes_into_sqlite(self):
        self.assertEqual(self.both("import", CASE, *CASE_FLAGS)[0], 0)
        self.assertEqual(self.both("import", self.archive)[0], 0)
        # The full-text indexes' pending entries were merged at its end (searches would scan them all).
        psql(self.db, "CREATE EXTENSION IF NOT EXISTS pgstattuple")
        pending = psql(self.db, "SELECT count(*), sum((pgstatginindex(c.oid)).pending_tuples) FROM pg_class c"
                                " JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin'"
                                " AND c.relnamespace = 'allegraph'::regnamespace")
        self.assertEqual(pending.strip(), "3|0")
        largest = int(psql(self.db, "SELECT max(id) FROM allegraph.events"))
        later = write(self.dir, "later.json", json.dumps({"allegraph": 1, "events": [
            {"id": "event:after", "type": "allegation", "date": "2021-01-01",
             "participants": [{"entity": "person:p8", "role": "accuser"}],
             "citations": [{"source": "src:wire", "quote": "after"}]}]}))
        self.assertEqual(self.both("import", later)[0], 0)  # keys go on where the large import stopped
        for args in (("export", "json"), ("timeline", "--json"), ("timeline", "Harvey Weinstein", "--json"),
                     ("export", "graphml"), ("--include-private", "export", "json")):
            self.assertEqual(self.both(*args)[0], 0, args)
        for table in ("events", "participants", "citations", "event_links", "aliases", "graph_index_dirty"):
            with sqlite3.connect(self.sqlite_store) as lite:
                rows = lite.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            self.assertEqual(psql(self.db, f"SELECT count(*) FROM allegraph.{table}").strip(), str(rows), table)
        # The keys the large import reserved and left unused went back: the next event takes the next key.
        self.assertEqual(int(psql(self.db, "SELECT id FROM allegraph.events WHERE text_id = 'event:after'")), largest + 1)

    def test_a_large_import_that_fails_at_its_end_leaves_the_store_as_it_was(self):
        self.import_case()
        before = run("export", "json", db=self.db)[1]
        with open(self.archive) as f:
            archive = f.read()
        broken = write(self.dir, "broken.jsonl", archive + json.dumps(
            {"record": "event", "id": "event:last", "type": "allegation", "date": "2020-01-01",
             "participants": [{"entity": "person:nobody", "role": "accused"}],
             "citations": [{"source": "src:wire", "quote": "last"}]}) + "\n")
        code, _, err = run("import", broken, db=self.db)
        self.assertEqual(code, 3, err)
        self.assertIn("person:nobody", err)
        self.assertEqual(run("export", "json", db=self.db)[1], before)
        self.assertEqual(psql(self.db, "SELECT count(*) FROM allegraph.participants WHERE event NOT IN "
                                       "(SELECT id FROM allegraph.events)").strip(), "0")


def batch(prefix, count, shared):
    """An import of `count` people and as many events, plus the `shared` person both batches name."""
    cited = [{"source": f"src:{prefix}", "quote": f"{prefix} quote"}]
    entities = [{"id": f"person:{prefix}-{i}", "kind": "person", "name": f"{prefix.title()} Person {i}", "public": True,
                 "citations": cited} for i in range(count)] + [dict(shared, citations=cited)]
    events = [{"id": f"event:{prefix}-{i}", "type": "allegation", "date": "2020-01-02",
               "participants": [{"entity": f"person:{prefix}-{i}", "role": "accused"},
                                {"entity": shared["id"], "role": "accuser"}],
               "summary": f"{prefix} event {i}",
               "citations": [{"source": f"src:{prefix}", "quote": f"{prefix} quote"}]} for i in range(count)]
    sources = [{"id": f"src:{prefix}", "title": f"{prefix} source", "publisher": "Desk", "published": "2020-01-03"}]
    return {"allegraph": 1, "sources": sources, "entities": entities, "events": events}


@unittest.skipIf(ENGINE != "postgresql", "concurrent writers share a PostgreSQL store")
class ConcurrentWriters(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()
        shared = {"id": "person:shared", "kind": "person", "name": "Shared Witness", "public": True}
        self.a = write(self.dir, "a.json", json.dumps(batch("alpha", 300, shared)))
        self.b = write(self.dir, "b.json", json.dumps(batch("beta", 300, shared)))
        self.edit = ["edit", "event:bafta-suspends-weinstein", "--date", "2017-10", "--reason", "month only"]

    def commands(self):
        return {"a": ["import", self.a], "b": ["import", self.b], "edit": self.edit}

    def serial_results(self):
        """`export json` after each serial order of the three writes, from copies of the store."""
        results = set()
        for order in itertools.permutations(self.commands()):
            db = self.new_database(template=self.db)
            for name in order:
                code, _, err = run(*self.commands()[name], db=db)
                self.assertEqual(code, 0, err)
            results.add(run("export", "json", db=db)[1])
        return results

    def test_two_imports_and_an_edit_at_once_end_as_some_serial_order(self):
        serial = self.serial_results()
        counts = {run_json("stats", db=self.db)["entities"]}
        writers = [subprocess.Popen(["sh", "-c", " ".join(["exec", os.environ.get("ALLEGRAPH_BIN", "build/allegraph"),
                                                           "--db", f"'{self.db}'"] + [f"'{w}'" for w in command])],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for command in self.commands().values()]
        while any(w.poll() is None for w in writers):  # a reader meanwhile sees whole imports only
            counts.add(run_json("stats", db=self.db)["entities"])
        for w in writers:
            out, err = w.communicate()
            self.assertEqual(w.returncode, 0, err)
        base = min(counts)
        self.assertLessEqual(counts, {base, base + 301, base + 300 + 301, base + 301 + 300})
        self.assertIn(run("export", "json", db=self.db)[1], serial)
        keys = psql(self.db, "SELECT count(*), count(DISTINCT text_id) FROM allegraph.events").strip().split("|")
        self.assertEqual(keys[0], keys[1])


@unittest.skipIf(ENGINE != "postgresql", "a copy between engines needs a PostgreSQL server")
class CopyBetweenEngines(TempDbCase):
    def test_sqlite_to_postgresql_and_back_is_byte_identical(self):
        sqlite_store = os.path.join(self.dir, "original.db")
        self.assertEqual(run("import", CASE, *CASE_FLAGS, db=sqlite_store)[0], 0)
        edited = run("edit", "event:bafta-suspends-weinstein", "--date", "2017-10", "--reason", "month", db=sqlite_store)
        self.assertEqual(edited[0], 0, edited[2])
        self.assertEqual(run("init", self.db)[0], 0)  # the server's admin makes the store; an editor fills it
        copy = run_json("copy", sqlite_store, login(self.db, "allegraph_editor"))
        self.assertIn({"table": "changes", "rows": 2}, copy["tables"])
        back = os.path.join(self.dir, "back.db")
        self.assertEqual(run("copy", self.db, back)[0], 0)
        for args in (("export", "json"), ("history", "--json"), ("timeline", "Harvey Weinstein", "--json")):
            original = run(*args, db=sqlite_store)[1]
            self.assertEqual(run(*args, db=self.db)[1], original, args)
            self.assertEqual(run(*args, db=back)[1], original, args)
        # The history came along: the copy answers as the original stood before the edit.
        moment = run_json("history", db=sqlite_store)["changes"][0]["at"]
        before = run("--as-of-db", moment, "timeline", "Harvey Weinstein", "--json", db=sqlite_store)[1]
        self.assertNotEqual(before, run("timeline", "Harvey Weinstein", "--json", db=sqlite_store)[1])
        self.assertEqual(run("--as-of-db", moment, "timeline", "Harvey Weinstein", "--json", db=self.db)[1], before)
        # New facts get new keys after the copied ones.
        more = write(self.dir, "more.json", json.dumps({"allegraph": 1, "entities": [
            {"id": "person:after-copy", "kind": "person", "name": "After Copy", "public": True,
             "citations": [{"source": "src:cbc-metoo", "quote": "movie mogul Harvey Weinstein"}]}]}))
        self.assertEqual(run("import", more, db=self.db)[0], 0)

    def test_a_copy_never_merges_into_a_store_that_holds_anything(self):
        self.import_case()
        target = os.path.join(self.dir, "target.db")
        self.assertEqual(run("import", CASE, *CASE_FLAGS, db=target)[0], 0)
        before = sha256_of(target)
        code, _, err = run("copy", self.db, target)
        self.assertEqual(code, 3)
        self.assertIn("not empty", err)
        self.assertEqual(sha256_of(target), before)


if __name__ == "__main__":
    unittest.main()
