"""End-to-end tests of what a deadline does to the store: an import killed at random
points leaves it whole, with all or none of the file and everything before it; readers
running while an import writes see the store before or after it, never between, and
never a "database is locked" error."""
import json
import os
import random
import signal
import sqlite3
import subprocess
import time
import unittest

from harness import BIN, CASE, TempDbCase, run, run_json, sqlite_only, write

SOURCE = {"record": "source", "id": "src:bulk", "title": "Bulk", "publisher": "P", "published": "2020-01-01"}
ORG = {"record": "entity", "id": "org:bulk", "kind": "organization", "category": "police", "name": "Bulk Police",
       "citations": [{"source": "src:bulk", "quote": "the police"}]}
SUBJECT = "person:harvey-weinstein"


def bulk_lines(count):
    """JSON Lines of `count` investigations of a person of the curated case, a few MB."""
    lines = [SOURCE, ORG]
    for i in range(count):
        lines.append({"record": "event", "id": f"event:bulk-{i}", "type": "investigation", "date": "2019-05-01",
                      "summary": f"Bulk Police investigated, case {i}",
                      "participants": [{"entity": "org:bulk", "role": "investigator"},
                                       {"entity": SUBJECT, "role": "subject"}],
                      "citations": [{"source": "src:bulk", "quote": f"opened case {i} " + "w" * 200}]})
    return "\n".join(json.dumps(line) for line in lines) + "\n"


def events_of(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


@sqlite_only("checks the store after each kill with the sqlite3 module (integrity_check, row count)")
class CrashCase(TempDbCase):
    def test_import_killed_at_random_points_leaves_all_or_nothing(self):
        self.import_case()
        base = events_of(self.db)
        bulk_count = 30000
        bulk = write(self.dir, "bulk.jsonl", bulk_lines(bulk_count))
        started = time.perf_counter()
        code, _, err = run("import", bulk, "--dry-run", db=self.db)  # as long as the import, less the commit
        self.assertEqual(code, 0, err)
        duration = time.perf_counter() - started
        rng = random.Random(7)
        outcomes = set()
        for attempt in range(6):
            process = subprocess.Popen([BIN, "--db", self.db, "import", bulk], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            time.sleep(duration * rng.uniform(0.05, 1.3))
            process.send_signal(signal.SIGKILL)
            process.wait()
            con = sqlite3.connect(self.db)
            self.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            count = con.execute("SELECT count(*) FROM events").fetchone()[0]
            con.close()
            self.assertIn(count, (base, base + bulk_count), f"attempt {attempt}: a partial import")
            outcomes.add(count)
            timeline = run_json("timeline", "Harvey Weinstein", "--to", "2018-12-31", db=self.db)
            self.assertTrue(timeline["events"], "what was imported before the crash is still there")
            if count == base + bulk_count:
                break
        code, _, err = run("import", bulk, db=self.db)  # and the store still takes the import afterwards
        self.assertEqual(code, 0, err)
        self.assertEqual(events_of(self.db), base + bulk_count)
        self.assertIn(base, outcomes, "no kill landed before the commit: the test proved nothing")


class ConcurrencyCase(TempDbCase):
    def test_readers_see_before_or_after_an_import_never_between(self):
        self.import_case()
        before = len(run_json("timeline", "Harvey Weinstein", db=self.db)["events"])
        bulk_count = 6000
        bulk = write(self.dir, "bulk.jsonl", bulk_lines(bulk_count))
        command = [BIN, "--db", self.db, "timeline", "Harvey Weinstein", "--json"]
        writer = subprocess.Popen([BIN, "--db", self.db, "import", bulk], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        seen = []
        after_commit = 0
        while after_commit < 3:
            finished = writer.poll() is not None
            readers = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                       for _ in range(3)]
            for reader in readers:
                out, err = reader.communicate(timeout=120)
                self.assertEqual(reader.returncode, 0, err)
                self.assertNotIn("locked", err)
                seen.append(len(json.loads(out)["events"]))
            if finished:
                after_commit += 3
        _, writer_err = writer.communicate()
        self.assertEqual(writer.returncode, 0, writer_err)
        self.assertTrue(set(seen) <= {before, before + bulk_count}, sorted(set(seen)))
        self.assertEqual(seen[-1], before + bulk_count)
        self.assertIn(before, seen, "no reader ran during the import: the test proved nothing")


if __name__ == "__main__":
    unittest.main()
