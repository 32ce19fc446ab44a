"""End-to-end test of schema migration: a store written by allegraph at schema version 1
(tests/fixtures/schema/weinstein-v1.db, the curated case imported by that build, without
the articles' text) opens with this binary, migrates, and answers as it did; a PostgreSQL
store at version 8 (made from today's by undoing version 9's step) is upgraded by its owner."""
import os
import shutil
import sqlite3
import unittest

from harness import CASE, CASE_FLAGS, ENGINE, SOURCE_DIR, TempDbCase, psql, run, run_json, sqlite_only

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


# Version 9's step undone: the rejected events' index, the adjacency index's patches and its count of nodes
# (graph/sql/postgres/store_open.cpp).
UNDO_VERSION_9 = """
DROP INDEX allegraph.events_rejected;
DROP VIEW allegraph_redacted.graph_index_patches;
DROP TABLE allegraph.graph_index_patches;
CREATE OR REPLACE VIEW allegraph_redacted.graph_index AS SELECT id, data, nodes FROM allegraph.graph_index;
DROP VIEW allegraph_redacted.graph_index;
ALTER TABLE allegraph.graph_index DROP COLUMN nodes;
CREATE VIEW allegraph_redacted.graph_index AS SELECT id, data FROM allegraph.graph_index;
GRANT SELECT ON allegraph_redacted.graph_index TO allegraph_reporter, allegraph_editor;
UPDATE allegraph.schema_version SET version = 8;
"""


@unittest.skipIf(ENGINE != "postgresql", "upgrades a PostgreSQL schema in place")
class PostgresUpgradeCase(TempDbCase):
    def test_a_version_8_store_is_upgraded_by_its_owner_and_small_writes_then_patch_its_index(self):
        self.import_case()
        psql(self.db, UNDO_VERSION_9)
        self.assertEqual(psql(self.db, "SELECT version FROM allegraph.schema_version").strip(), "8")
        self.import_case()  # opens it to write: upgrades it, then computes the index (it counts no nodes yet)
        self.assertEqual(psql(self.db, "SELECT version FROM allegraph.schema_version").strip(), "9")
        self.assertNotEqual(psql(self.db, "SELECT nodes FROM allegraph.graph_index").strip(), "0")
        code, _, err = run("edit", "org:bafta", "--category", "platform", "--reason", "a hub now", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual(psql(self.db, "SELECT count(*) FROM allegraph.graph_index_patches").strip(), "1")
        patched = run_json("path", "Alyssa Milano", "Harvey Weinstein", db=self.db)
        psql(self.db, "DELETE FROM allegraph.graph_index")  # readers compute from the rows
        self.assertEqual(run_json("path", "Alyssa Milano", "Harvey Weinstein", db=self.db), patched)

if __name__ == "__main__":
    unittest.main()
