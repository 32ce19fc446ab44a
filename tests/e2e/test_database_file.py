"""End-to-end tests of the database path (--db): allegraph changes only its own databases.
An unrelated SQLite file is refused and left as it was (no tables added, no switch to WAL);
a database of a newer schema is refused without a byte changed; a failed or dry-run import
into a new path leaves no file behind; a FIFO or a directory is refused at once with a clear
message; and a reader who may not write in the database's folder can still read."""
import os
import sqlite3
import stat
import subprocess
import unittest

from harness import BIN, CASE, CASE_FLAGS, TempDbCase, run, sha256_of, sqlite_only, write


def files_beside(db):
    return sorted(n for n in os.listdir(os.path.dirname(db)) if n.startswith(os.path.basename(db)))


@sqlite_only("the database file itself: foreign SQLite files, user_version, files beside it, FIFOs, folders, modes")
class DatabaseFileCase(TempDbCase):
    def test_an_unrelated_sqlite_file_is_refused_and_left_unchanged(self):
        foreign = os.path.join(self.dir, "notes.sqlite")
        con = sqlite3.connect(foreign)
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes(body) VALUES ('mine')")
        con.commit()
        con.close()
        before = sha256_of(foreign)
        for command in (("stats",), ("timeline",), ("import", CASE, *CASE_FLAGS), ("edit", "x", "--name", "y",
                                                                                 "--reason", "z")):
            with self.subTest(command=command):
                code, _, err = run(*command, db=foreign)
                self.assertEqual(code, 3, err)
                self.assertIn("is not an allegraph database", err)
                self.assertEqual(sha256_of(foreign), before)
                self.assertEqual(files_beside(foreign), ["notes.sqlite"])

    def test_a_newer_schema_is_refused_without_a_byte_changed(self):
        self.import_case()
        run("stats", db=self.db)
        con = sqlite3.connect(self.db)
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("PRAGMA user_version = 99")
        con.close()
        before = sha256_of(self.db)
        for command in (("import", CASE, *CASE_FLAGS), ("stats",), ("edit", "event:x", "--status", "", "--reason", "r")):
            with self.subTest(command=command):
                code, _, err = run(*command, db=self.db)
                self.assertEqual(code, 3, err)
                self.assertIn("newer than this allegraph", err)
                self.assertEqual(sha256_of(self.db), before)

    def test_a_failed_or_dry_run_import_into_a_new_path_leaves_nothing(self):
        bad = write(self.dir, "bad.json", '{"allegraph": 1, "sources": [{"id": "src:a"}]}')
        for args in (("import", os.path.join(self.dir, "missing.json")), ("import", bad),
                     ("import", CASE, *CASE_FLAGS, "--dry-run")):
            with self.subTest(args=args):
                code, _, err = run(*args, db=self.db)
                self.assertIn(code, (0, 3), err)
                self.assertEqual(files_beside(self.db), [])

    def test_commands_that_change_a_store_do_not_create_one(self):
        for command in (("edit", "event:x", "--status", "", "--reason", "r"), ("retract", "src:x", "--reason", "r"),
                        ("merge", "person:a", "person:b", "--reason", "r"), ("review",)):
            with self.subTest(command=command):
                code, _, err = run(*command, db=self.db)
                self.assertEqual(code, 3, err)
                self.assertIn("no database at", err)
                self.assertEqual(files_beside(self.db), [])

    def test_a_fifo_or_a_directory_is_refused_at_once(self):
        fifo = os.path.join(self.dir, "fifo.db")
        os.mkfifo(fifo)
        for command in (("stats",), ("import", CASE, *CASE_FLAGS)):
            done = subprocess.run([BIN, "--db", fifo, *command], capture_output=True, text=True, timeout=20)
            self.assertEqual(done.returncode, 3, done.stderr)
            self.assertIn("is not a regular file", done.stderr)
        folder = os.path.join(self.dir, "folder.db")
        os.mkdir(folder)
        for command in (("stats",), ("import", CASE, *CASE_FLAGS)):
            code, _, err = run(*command, db=folder)
            self.assertEqual(code, 3, err)
            self.assertIn("is a directory", err)
            self.assertNotIn("disk I/O error", err)

    def test_a_reader_who_cannot_write_in_the_folder_can_read(self):
        shared = os.path.join(self.dir, "shared")
        os.mkdir(shared)
        db = os.path.join(shared, "case.db")
        code, _, err = run("import", CASE, *CASE_FLAGS, db=db)
        self.assertEqual(code, 0, err)
        expected = run("timeline", "Harvey Weinstein", "--json", db=db)[1]
        os.chmod(db, 0o644)
        os.chmod(shared, 0o555)
        os.chmod(self.dir, 0o755)
        try:
            reader = self.reader()
            done = subprocess.run([BIN, "--db", db, "timeline", "Harvey Weinstein", "--json"], capture_output=True,
                                  text=True, timeout=60, preexec_fn=reader)
            self.assertEqual(done.returncode, 0, done.stderr)
            self.assertEqual(done.stdout, expected)
        finally:
            os.chmod(shared, 0o755)

    def reader(self):
        """Runs the child as an unprivileged user when the test runs as root (root writes anywhere)."""
        if os.geteuid() != 0:
            return None

        def drop():
            os.setgid(65534)
            os.setuid(65534)
        return drop


if __name__ == "__main__":
    unittest.main()
