"""End-to-end test of schema migration: a store written by allegraph at schema version 1
(tests/fixtures/schema/weinstein-v1.db, the curated case imported by that build, without
the articles' text) opens with this binary, migrates, and answers as it did."""
import os
import shutil
import sqlite3
import unittest

from harness import CASE, CASE_FLAGS, SOURCE_DIR, TempDbCase, run, run_json, sqlite_only

FIXTURE = os.path.join(SOURCE_DIR, "tests", "fixtures", "schema", "weinstein-v1.db")


def weinstein_events(db):
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute(
            """SELECT v.text_id FROM events v JOIN participants p ON p.event = v.id
               JOIN entities e ON e.id = p.entity WHERE e.text_id = 'person:harvey-weinstein'
               AND v.review = 'reviewed'"""))
    finally:
        con.close()


@sqlite_only("migrates a schema-version-1 SQLite file, read with the sqlite3 module")
class MigrationCase(TempDbCase):
    def setUp(self):
        super().setUp()
        shutil.copy(FIXTURE, self.db)
        os.chmod(self.db, 0o600)

    def test_a_version_1_store_migrates_on_first_use_and_answers_the_same(self):
        con = sqlite3.connect(self.db)
        self.assertEqual(con.execute("PRAGMA user_version").fetchone()[0], 1)
        con.close()
        expected = weinstein_events(self.db)
        timeline = run_json("timeline", "Harvey Weinstein", db=self.db)
        self.assertEqual(sorted(e["id"] for e in timeline["events"]), expected)
        con = sqlite3.connect(self.db)
        self.assertGreaterEqual(con.execute("PRAGMA user_version").fetchone()[0], 3)
        self.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        con.close()
        hits = run_json("search", "expelled", db=self.db)["hits"]
        self.assertTrue(any(h["field"] == "quote" for h in hits), hits)
        path = run_json("path", "Alyssa Milano", "Harvey Weinstein", db=self.db)
        self.assertTrue(path["paths"])

    def test_a_migrated_store_takes_imports(self):
        code, _, err = run("import", CASE, *CASE_FLAGS, db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual(len(run_json("timeline", "Harvey Weinstein", db=self.db)["events"]),
                         len(weinstein_events(self.db)))

    def test_a_migrated_store_says_where_its_history_begins(self):
        changes = run_json("history", db=self.db)["changes"]
        self.assertEqual([c["command"] for c in changes], ["history_begins"])
        code, _, err = run("--as-of-db", "2017-01-01", "timeline", db=self.db)
        self.assertEqual(code, 3, err)
        self.assertIn("history of this database begins at " + changes[0]["at"], err)
        self.assertEqual(run_json("--as-of-db", changes[0]["at"], "stats", db=self.db)["events"],
                         run_json("stats", db=self.db)["events"])


if __name__ == "__main__":
    unittest.main()
