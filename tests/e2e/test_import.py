"""End-to-end tests of `allegraph import`: counts, idempotence, atomicity,
dry runs, located errors for bad input, JSON Lines, and the database file."""
import json
import sqlite3
import os
import stat
import threading
import unittest

from harness import CASE, CASE_FLAGS, TempDbCase, canonical_dump, load_case, run, sha256_of, sqlite_only, write

SOURCE = {"id": "src:a", "title": "A", "publisher": "P", "published": "2017-10-16"}
PERSON = {"id": "person:a", "kind": "person", "name": "Person A",
          "citations": [{"source": "src:a", "quote": "q"}]}
ORG = {"id": "org:b", "kind": "organization", "category": "academy", "name": "Org B",
       "citations": [{"source": "src:a", "quote": "q"}]}


def facts_of(db):
    """canonical_dump without the stored adjacency index and its patches."""
    return [line for line in canonical_dump(db) if not line.startswith(('INSERT INTO "graph_index"', 'INSERT INTO "graph_index_patches"'))]


def event(**changes):
    record = {"id": "event:x", "type": "expulsion", "date": "2017-10-14",
              "participants": [{"entity": "org:b", "role": "actor"}, {"entity": "person:a", "role": "subject"}],
              "citations": [{"source": "src:a", "quote": "q"}]}
    record.update(changes)
    return record


def document(events=(), relations=()):
    return json.dumps({"allegraph": 1, "sources": [SOURCE], "entities": [PERSON, ORG],
                       "events": list(events), "relations": list(relations)}, indent=1)


class ImportCase(TempDbCase):
    def test_curated_case_counts_match_the_file(self):
        case = load_case()
        self.import_case()
        stats = json.loads(run("stats", "--json", db=self.db)[1])
        self.assertEqual(stats["sources"], len(case["sources"]))
        self.assertEqual(stats["entities"], len(case["entities"]))
        self.assertEqual(stats["events"], len(case["events"]))
        self.assertEqual(stats["relations"], len(case["relations"]))
        expected_citations = sum(len(r.get("citations", [])) for k in ("entities", "events", "relations")
                                 for r in case[k])
        self.assertEqual(stats["citations"], expected_citations)
        self.assertEqual(stats["private_entities"], sum(1 for e in case["entities"] if e.get("public") is False))

    def test_reimport_changes_nothing(self):
        self.import_case()
        before = canonical_dump(self.db)
        self.import_case()
        self.assertEqual(before, canonical_dump(self.db))

    def test_bad_last_record_leaves_database_byte_identical(self):
        self.import_case()
        run("stats", db=self.db)  # let SQLite checkpoint and close
        before = sha256_of(self.db)
        good = [event(id=f"event:e{i}") for i in range(5)]
        bad = write(self.dir, "bad.json", document(good + [event(id="event:last", date="2017-02-29")]))
        code, _, err = run("import", bad, db=self.db)
        self.assertEqual(code, 3)
        self.assertEqual(before, sha256_of(self.db))
        self.assertNotIn("event:e0", run("timeline", db=self.db)[1])
        self.assertIn("2017-02-29", err)

    def large_lines(self, count):
        """A JSON Lines file over 1 MB, large enough for the importer to defer its indexes."""
        lines = [dict(SOURCE, record="source"), dict(PERSON, record="entity"), dict(ORG, record="entity")]
        lines += [dict(event(id=f"event:bulk-{i}", summary=f"bulk summary {i} zebra{i}"), record="event",
                       citations=[{"source": SOURCE["id"], "quote": f"quoted words number {i} " + "x" * 300}])
                  for i in range(count)]
        return lines

    @sqlite_only("checks the SQLite file and its FTS5 index with the sqlite3 module")
    def test_large_import_defers_indexes_with_the_same_result(self):
        lines = self.large_lines(4000)
        big = write(self.dir, "big.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n")
        self.assertGreater(os.path.getsize(big), 1 << 20)
        self.import_ok(big)
        one_by_one = self.new_database("small.db")
        for start in range(0, len(lines), 500):
            part = write(self.dir, f"part{start}.jsonl", "\n".join(json.dumps(r) for r in lines[start:start + 500]))
            code, _, err = run("import", part, db=one_by_one)
            self.assertEqual(code, 0, err)
        # The stored adjacency index and its patches depend on the writes that made them; that they read
        # as the index computed from the rows is tests/test_graph_index.cpp's.
        self.assertEqual(facts_of(one_by_one), facts_of(self.db))
        hits = json.loads(run("search", "zebra3999", "--json", db=self.db)[1])
        self.assertEqual([h["owner"] for h in hits["hits"]], ["event:bulk-3999"])
        con = sqlite3.connect(self.db)
        self.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        con.execute("INSERT INTO search_quotes(search_quotes) VALUES ('integrity-check')")
        con.close()

    def test_large_import_with_a_bad_last_record_leaves_the_store_and_its_indexes(self):
        self.import_case()
        run("stats", db=self.db)
        before = sha256_of(self.db)
        lines = self.large_lines(4000)
        lines[-1]["date"] = "2017-13-01"
        big = write(self.dir, "big.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n")
        code, _, err = run("import", big, db=self.db)
        self.assertEqual(code, 3, err)
        self.assertIn("big.jsonl:4003:", err)
        self.assertEqual(before, sha256_of(self.db))

    def test_dry_run_writes_nothing(self):
        self.import_case()
        before = canonical_dump(self.db)
        path = write(self.dir, "more.json", document([event()]))
        code, out, err = run("import", path, "--dry-run", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertIn("dry run", out)
        self.assertEqual(before, canonical_dump(self.db))

    @sqlite_only("the mode of the SQLite file")
    def test_database_file_is_private(self):
        self.import_case()
        self.assertEqual(stat.S_IMODE(os.stat(self.db).st_mode), 0o600)

    @sqlite_only("the default SQLite path: $ALLEGRAPH_DB as a file, else ./allegraph.db")
    def test_db_path_from_environment_then_cwd(self):
        env_db = os.path.join(self.dir, "env.db")
        code, _, err = run("import", CASE, *CASE_FLAGS, env={"ALLEGRAPH_DB": env_db})
        self.assertEqual(code, 0, err)
        self.assertTrue(os.path.exists(env_db))
        code, _, err = run("import", CASE, *CASE_FLAGS, cwd=self.dir)
        self.assertEqual(code, 0, err)
        self.assertTrue(os.path.exists(os.path.join(self.dir, "allegraph.db")))

    def test_json_lines_streamed_records(self):
        lines = [dict(SOURCE, record="source"), dict(PERSON, record="entity"), dict(ORG, record="entity"),
                 dict(event(), record="event")]
        path = write(self.dir, "case.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n")
        self.import_ok(path)
        self.assertEqual(len(json.loads(run("timeline", "--json", db=self.db)[1])["events"]), 1)

    def test_json_lines_reference_to_a_later_record_is_an_error(self):
        lines = [dict(SOURCE, record="source"), dict(event(), record="event"), dict(PERSON, record="entity"),
                 dict(ORG, record="entity")]
        path = write(self.dir, "late.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n")
        code, _, err = run("import", path, db=self.db)
        self.assertEqual(code, 3)
        self.assertRegex(err, r"late\.jsonl:2:\d+: record 2 \(event:x\): participants\[0\]\.entity: unknown entity")

    def test_uncited_fact_refused_unless_allowed(self):
        path = write(self.dir, "uncited.json", document([event(citations=[])]))
        code, _, err = run("import", path, db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("citations", err)
        uncited = event()
        del uncited["citations"]
        path = write(self.dir, "uncited2.json", document([uncited]))
        self.assertEqual(run("import", path, db=self.db)[0], 3)
        self.import_ok(path, extra=("--allow-uncited",))

    def test_quote_not_in_source_text_is_refused(self):
        write(self.dir, "article.txt", "The Academy expelled him on Saturday.")
        source = dict(SOURCE, text_file="article.txt")
        doc = {"allegraph": 1, "sources": [source], "entities": [
            dict(PERSON, citations=[{"source": "src:a", "quote": "expelled him"}]),
            dict(ORG, citations=[{"source": "src:a", "quote": "The Academy expelled him"}])]}
        self.import_ok(write(self.dir, "ok.json", json.dumps(doc)))
        entity = json.loads(run("entity", "person:a", "--json", db=self.db)[1])
        self.assertEqual((entity["citations"][0]["start"], entity["citations"][0]["end"]), (12, 24))
        doc["entities"][0]["citations"][0]["quote"] = "expelled her"
        code, _, err = run("import", write(self.dir, "bad.json", json.dumps(doc)), db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("not a verbatim substring", err)

    def source_text_of(self, source_id):
        con = sqlite3.connect(self.db)
        try:
            return con.execute("SELECT body FROM sources WHERE text_id = ?", (source_id,)).fetchone()[0]
        finally:
            con.close()

    @sqlite_only("reads the stored text from the SQLite file with the sqlite3 module")
    def test_a_text_file_outside_the_data_folder_is_read_only_when_allowed(self):
        outside = os.path.join(self.dir, "outside")
        inside = os.path.join(self.dir, "data")
        os.makedirs(outside)
        os.makedirs(inside)
        write(outside, "secret.txt", "The Academy expelled him on Saturday.")
        doc = {"allegraph": 1, "sources": [dict(SOURCE, text_file="../outside/secret.txt")]}
        path = write(inside, "case.json", json.dumps(doc))
        _, err = self.import_ok(path)
        self.assertIn("outside the data file's folder", err)
        self.assertIsNone(self.source_text_of("src:a"))
        self.import_ok(path, extra=("--text-root", outside))
        self.assertEqual(self.source_text_of("src:a"), "The Academy expelled him on Saturday.")

    @sqlite_only("reads the stored text from the SQLite file with the sqlite3 module")
    def test_a_symlink_out_of_the_data_folder_is_not_followed(self):
        write(self.dir, "secret.txt", "private notes")
        inside = os.path.join(self.dir, "data")
        os.makedirs(inside)
        os.symlink(os.path.join(self.dir, "secret.txt"), os.path.join(inside, "article.txt"))
        path = write(inside, "case.json", json.dumps({"allegraph": 1, "sources": [dict(SOURCE, text_file="article.txt")]}))
        _, err = self.import_ok(path)
        self.assertIn("outside the data file's folder", err)
        self.assertIsNone(self.source_text_of("src:a"))

    @sqlite_only("reads the stored text from the SQLite file with the sqlite3 module")
    def test_a_text_file_swapped_for_a_link_while_it_is_read_is_never_read_outside(self):
        """The check and the read are of one opened file: a file swapped in a loop for a link out of
        the data folder is either read as it was or refused, never followed."""
        write(self.dir, "secret.txt", "private notes of someone else")
        inside = os.path.join(self.dir, "data")
        os.makedirs(inside)
        article = os.path.join(inside, "article.txt")
        write(inside, "real.txt", "The Academy expelled him on Saturday.")
        path = write(inside, "case.json", json.dumps({"allegraph": 1, "sources": [dict(SOURCE, text_file="article.txt")]}))
        stop = threading.Event()

        def swap():
            while not stop.is_set():
                for target in (os.path.join(self.dir, "secret.txt"), os.path.join(inside, "real.txt")):
                    os.symlink(target, article + ".new")
                    os.replace(article + ".new", article)
                os.link(os.path.join(inside, "real.txt"), article + ".new")
                os.replace(article + ".new", article)

        swapper = threading.Thread(target=swap)
        swapper.start()
        try:
            for attempt in range(200):
                code, _, err = run("import", path, db=self.db)
                self.assertIn(code, (0, 3), err)
                self.assertNotEqual(self.source_text_of("src:a"), "private notes of someone else", attempt)
        finally:
            stop.set()
            swapper.join()

    def test_an_absolute_or_special_text_file_is_refused(self):
        self.import_case()
        before = sha256_of(self.db)
        doc = {"allegraph": 1, "sources": [dict(SOURCE, text_file="/etc/hostname")]}
        code, _, err = run("import", write(self.dir, "abs.json", json.dumps(doc)), db=self.db)
        self.assertEqual(code, 3, err)
        self.assertIn("text_file: must be a path relative to the data file", err)
        os.mkfifo(os.path.join(self.dir, "pipe.txt"))
        doc["sources"][0]["text_file"] = "pipe.txt"
        code, _, err = run("import", write(self.dir, "fifo.json", json.dumps(doc)), db=self.db)
        self.assertEqual(code, 3, err)
        self.assertIn("is not a regular file", err)
        self.assertEqual(sha256_of(self.db), before)


class BadInputCase(TempDbCase):
    """Each bad input: exit 3, one located line naming file, line, column and field; nothing written."""

    def assert_rejected(self, text, pattern, name="bad.json"):
        self.import_case()
        before = canonical_dump(self.db)
        path = write(self.dir, name, text)
        code, out, err = run("import", path, db=self.db)
        self.assertEqual(code, 3, err)
        lines = err.strip().splitlines()
        self.assertEqual(len(lines), 1, err)
        self.assertTrue(lines[0].startswith("allegraph: error: " + path + ":"), err)
        self.assertRegex(lines[0], pattern)
        self.assertEqual(before, canonical_dump(self.db))

    def test_malformed_json(self):
        self.assert_rejected('{"allegraph": 1, "sources": [\n  {"id": "src:a",, }]}', r"bad\.json:2:\d+: ")

    def test_truncated_file(self):
        self.assert_rejected(document([event()])[:-40], r"bad\.json:\d+:\d+: ")

    def test_wrong_type(self):
        self.assert_rejected(document([event(date=20171014)]),
                             r":\d+:\d+: record 4 \(event:x\): date: expected a string, got number")

    def test_wrong_type_column_points_at_value(self):
        text = '{"allegraph": 1, "sources": [{"id": "src:a", "title": ["T"]}]}'
        self.assert_rejected(text, r"bad\.json:1:55: record 1 \(src:a\): title: expected a string, got array")

    def test_unknown_entity_id(self):
        self.assert_rejected(document([event(participants=[{"entity": "person:nobody", "role": "subject"}])]),
                             r"participants\[0\]\.entity: unknown entity id \"person:nobody\"")

    def test_unknown_source_id(self):
        self.assert_rejected(document([event(citations=[{"source": "src:nope", "quote": "q"}])]),
                             r"citations\[0\]\.source: unknown source id")

    def test_unknown_event_type_lists_valid_ones(self):
        self.assert_rejected(document([event(type="banishment")]),
                             r"type: unknown value \"banishment\" \(expected one of: allegation, denial")

    def test_unknown_role(self):
        self.assert_rejected(document([event(participants=[{"entity": "person:a", "role": "villain"}])]),
                             r"participants\[0\]\.role: unknown value \"villain\"")

    def test_impossible_dates(self):
        for bad in ("2017-13-01", "2017-02-29", "2017-10-32", "0000-00-00", "../..", "yesterday"):
            with self.subTest(date=bad):
                self.assert_rejected(document([event(date=bad)]), r"date: invalid date")

    def test_invalid_utf8(self):
        text = document([event(summary="SUMMARY")]).encode().replace(b"SUMMARY", b"bad \xff\xfe bytes")
        self.assert_rejected(text, r"bad\.json:\d+:\d+: record 4 \(event:x\): summary: invalid UTF-8")

    def test_nul_byte(self):
        self.assert_rejected(document([event(summary="A\u0000B")]), r"summary: control characters")

    def test_megabyte_field(self):
        self.assert_rejected(document([event(summary="x" * (2 << 20))]), r"summary: too long")

    def test_deep_nesting(self):
        self.assert_rejected('{"allegraph": 1, "x": ' + "[" * 100000 + "]" * 100000 + "}", r"nesting deeper than")

    def test_duplicate_key(self):
        self.assert_rejected('{"allegraph": 1, "allegraph": 1}', r"duplicate key \"allegraph\"")

    def test_missing_required_field(self):
        record = event()
        del record["participants"]
        self.assert_rejected(document([record]), r"record 4 \(event:x\): participants: required field is missing")

    def test_markup_in_names_is_stored_verbatim_not_rejected(self):
        self.import_case()
        odd = dict(PERSON, name='<b>"Tom" & Jerry</b>')
        path = write(self.dir, "odd.json", json.dumps({"allegraph": 1, "sources": [SOURCE], "entities": [odd]}))
        self.import_ok(path)
        self.assertEqual(json.loads(run("entity", "person:a", "--json", db=self.db)[1])["name"], odd["name"])

    def test_wrong_format_version(self):
        self.assert_rejected('{"allegraph": 2}', r"allegraph: expected the format version 1")

    def test_link_to_unknown_event(self):
        self.assert_rejected(document([event(links=[{"type": "responds_to", "event": "event:ghost"}])]),
                             r"links: unknown event id \"event:ghost\"")


if __name__ == "__main__":
    unittest.main()
